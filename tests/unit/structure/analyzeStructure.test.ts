import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { analyzeStructure } from '../../../electron/shared/structure/analyzeStructure';
import { OutlineSchema, type Outline } from '../../../electron/shared/structure/outline';
import { corpusFiles, sharedPath } from '../../sharedDir';
import { ANHUI_RCEP_FANGAN, gwr, LINGANG_BANFA, localPolicy, qingdaoSample, storedForm } from './structureFixtures';

type Row = [level: number, kind: string, label: string];

const rows = (outline: Outline): Row[] => outline.sections.map((s) => [s.level, s.numbering.kind, s.label]);

/** Every heading of the 2023 report, read off the file: two parts, their numbered points, and the titled sentences that open the paragraphs of the review's points. */
const GWR_2023: Row[] = [
  [1, 'chinese-dun', '一、过去一年和五年工作回顾'],
  [2, 'paren-chinese', '（一）创新宏观调控，保持经济运行在合理区间'],
  [3, 'titled-sentence', '坚持实施积极的财政政策'],
  [3, 'titled-sentence', '坚持实施稳健的货币政策'],
  [3, 'titled-sentence', '强化就业优先政策导向'],
  [3, 'titled-sentence', '保持物价总体平稳'],
  [2, 'paren-chinese', '（二）如期打赢脱贫攻坚战，巩固拓展脱贫攻坚成果'],
  [3, 'titled-sentence', '推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接'],
  [2, 'paren-chinese', '（三）聚焦重点领域和关键环节深化改革，更大激发市场活力和社会创造力'],
  [3, 'titled-sentence', '持续推进政府职能转变'],
  [3, 'titled-sentence', '促进多种所有制经济共同发展'],
  [3, 'titled-sentence', '推进财税金融体制改革'],
  [2, 'paren-chinese', '（四）深入实施创新驱动发展战略，推动产业结构优化升级'],
  [3, 'titled-sentence', '增强科技创新引领作用'],
  [3, 'titled-sentence', '推动产业向中高端迈进'],
  [2, 'paren-chinese', '（五）扩大国内有效需求，推进区域协调发展和新型城镇化'],
  [3, 'titled-sentence', '着力扩大消费和有效投资'],
  [3, 'titled-sentence', '增强区域发展平衡性协调性'],
  [3, 'titled-sentence', '持续推进以人为核心的新型城镇化'],
  [2, 'paren-chinese', '（六）保障国家粮食安全，大力实施乡村振兴战略'],
  [3, 'titled-sentence', '提升农业综合生产能力'],
  [3, 'titled-sentence', '扎实推进农村改革发展'],
  [2, 'paren-chinese', '（七）坚定扩大对外开放，深化互利共赢的国际经贸合作'],
  [3, 'titled-sentence', '推动进出口稳中提质'],
  [3, 'titled-sentence', '积极有效利用外资'],
  [3, 'titled-sentence', '推动高质量共建“一带一路”'],
  [2, 'paren-chinese', '（八）加强生态环境保护，促进绿色低碳发展'],
  [3, 'titled-sentence', '加强污染治理和生态建设'],
  [3, 'titled-sentence', '稳步推进节能降碳'],
  [2, 'paren-chinese', '（九）切实保障和改善民生，加快社会事业发展'],
  [3, 'titled-sentence', '促进教育公平和质量提升'],
  [3, 'titled-sentence', '提升医疗卫生服务能力'],
  [3, 'titled-sentence', '加强社会保障和服务'],
  [3, 'titled-sentence', '丰富人民群众精神文化生活'],
  [2, 'paren-chinese', '（十）推进政府依法履职和社会治理创新，保持社会大局稳定'],
  [3, 'titled-sentence', '加强和创新社会治理'],
  [1, 'chinese-dun', '二、对今年政府工作的建议'],
  [2, 'paren-chinese', '（一）着力扩大国内需求'],
  [2, 'paren-chinese', '（二）加快建设现代化产业体系'],
  [2, 'paren-chinese', '（三）切实落实“两个毫不动摇”'],
  [2, 'paren-chinese', '（四）更大力度吸引和利用外资'],
  [2, 'paren-chinese', '（五）有效防范化解重大经济金融风险'],
  [2, 'paren-chinese', '（六）稳定粮食生产和推进乡村振兴'],
  [2, 'paren-chinese', '（七）推动发展方式绿色转型'],
  [2, 'paren-chinese', '（八）保障基本民生和发展社会事业'],
];

/** Every heading of the 2018 report: three parts; titled sentences open the paragraphs of the review's （一）（二） and of every point of the plan. */
const GWR_2018: Row[] = [
  [1, 'chinese-dun', '一、过去五年工作回顾'],
  [2, 'paren-chinese', '（一）坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间、实现稳中向好'],
  [3, 'titled-sentence', '坚持实施积极的财政政策和稳健的货币政策'],
  [2, 'paren-chinese', '（二）坚持以供给侧结构性改革为主线，着力培育壮大新动能，经济结构加快优化升级'],
  [3, 'titled-sentence', '扎实推进“三去一降一补”'],
  [3, 'titled-sentence', '加快新旧发展动能接续转换'],
  [2, 'paren-chinese', '（三）坚持创新引领发展，着力激发社会创造力，整体创新能力和效率显著提高'],
  [2, 'paren-chinese', '（四）坚持全面深化改革，着力破除体制机制弊端，发展动力不断增强'],
  [2, 'paren-chinese', '（五）坚持对外开放的基本国策，着力实现合作共赢，开放型经济水平显著提升'],
  [2, 'paren-chinese', '（六）坚持实施区域协调发展和新型城镇化战略，着力推动平衡发展，新的增长极增长带加快成长'],
  [2, 'paren-chinese', '（七）坚持以人民为中心的发展思想，着力保障和改善民生，人民群众获得感不断增强'],
  [2, 'paren-chinese', '（八）坚持人与自然和谐发展，着力治理环境污染，生态文明建设取得明显成效'],
  [2, 'paren-chinese', '（九）坚持依法全面履行政府职能，着力加强和创新社会治理，社会保持和谐稳定'],
  [1, 'chinese-dun', '二、2018年经济社会发展总体要求和政策取向'],
  [1, 'chinese-dun', '三、对2018年政府工作的建议'],
  [2, 'paren-chinese', '（一）深入推进供给侧结构性改革'],
  [3, 'titled-sentence', '发展壮大新动能'],
  [3, 'titled-sentence', '加快制造强国建设'],
  [3, 'titled-sentence', '继续破除无效供给'],
  [3, 'titled-sentence', '深化“放管服”改革'],
  [3, 'titled-sentence', '进一步减轻企业税负'],
  [3, 'titled-sentence', '大幅降低企业非税负担'],
  [2, 'paren-chinese', '（二）加快建设创新型国家'],
  [3, 'titled-sentence', '加强国家创新体系建设'],
  [3, 'titled-sentence', '落实和完善创新激励政策'],
  [3, 'titled-sentence', '促进大众创业、万众创新上水平'],
  [2, 'paren-chinese', '（三）深化基础性关键领域改革'],
  [3, 'titled-sentence', '推进国资国企改革'],
  [3, 'titled-sentence', '支持民营企业发展'],
  [3, 'titled-sentence', '完善产权制度和要素市场化配置机制'],
  [3, 'titled-sentence', '深化财税体制改革'],
  [3, 'titled-sentence', '加快金融体制改革'],
  [3, 'titled-sentence', '推进社会体制改革'],
  [3, 'titled-sentence', '健全生态文明体制'],
  [2, 'paren-chinese', '（四）坚决打好三大攻坚战'],
  [3, 'titled-sentence', '推动重大风险防范化解取得明显进展'],
  [3, 'titled-sentence', '加大精准脱贫力度'],
  [3, 'titled-sentence', '推进污染防治取得更大成效'],
  [2, 'paren-chinese', '（五）大力实施乡村振兴战略'],
  [3, 'titled-sentence', '推进农业供给侧结构性改革'],
  [3, 'titled-sentence', '全面深化农村改革'],
  [3, 'titled-sentence', '推动农村各项事业全面发展'],
  [2, 'paren-chinese', '（六）扎实推进区域协调发展战略'],
  [3, 'titled-sentence', '塑造区域发展新格局'],
  [3, 'titled-sentence', '提高新型城镇化质量'],
  [2, 'paren-chinese', '（七）积极扩大消费和促进有效投资'],
  [3, 'titled-sentence', '增强消费对经济发展的基础性作用'],
  [3, 'titled-sentence', '发挥投资对优化供给结构的关键性作用'],
  [2, 'paren-chinese', '（八）推动形成全面开放新格局'],
  [3, 'titled-sentence', '推进“一带一路”国际合作'],
  [3, 'titled-sentence', '促进外商投资稳定增长'],
  [3, 'titled-sentence', '巩固外贸稳中向好势头'],
  [3, 'titled-sentence', '促进贸易和投资自由化便利化'],
  [2, 'paren-chinese', '（九）提高保障和改善民生水平'],
  [3, 'titled-sentence', '着力促进就业创业'],
  [3, 'titled-sentence', '稳步提高居民收入水平'],
  [3, 'titled-sentence', '发展公平而有质量的教育'],
  [3, 'titled-sentence', '实施健康中国战略'],
  [3, 'titled-sentence', '更好解决群众住房问题'],
  [3, 'titled-sentence', '强化民生兜底保障'],
  [3, 'titled-sentence', '打造共建共治共享社会治理格局'],
  [3, 'titled-sentence', '为人民过上美好生活提供丰富精神食粮'],
];

/** A 办法: chapters, articles with their bracketed titles, and the items of 第六条. */
const LINGANG: Row[] = [
  [1, 'chapter', '第一章　总则'],
  [2, 'article', '第一条　（目的和依据）'],
  [2, 'article', '第二条　（适用范围）'],
  [2, 'article', '第三条　（区域功能）'],
  [2, 'article', '第四条　（产城融合）'],
  [1, 'chapter', '第二章　管理体制'],
  [2, 'article', '第五条　（管理机构）'],
  [2, 'article', '第六条　（机构职责）'],
  [3, 'paren-chinese', '（一）组织实施新片区发展规划和政策措施，制定有关行政管理制度'],
  [3, 'paren-chinese', '（二）负责投资、贸易、金融服务、规划资源等有关行政管理工作'],
  [3, 'paren-chinese', '（三）领导或者协调驻区机构有关行政管理工作，与驻区机构、有关部门建立合作协调和联动执法工作机制'],
  [3, 'paren-chinese', '（四）统筹推进新片区开发建设，统筹指导新片区内产业布局和功能培育，协调推进重大投资项目建设'],
  [3, 'paren-chinese', '（五）落实“一网通办”要求，全面实行“互联网＋政务服务”，为新片区内企业和相关机构提供指导、咨询和服务'],
  [3, 'paren-chinese', '（六）领导、管理南汇新城镇，统筹新片区其他镇的经济管理事务，协同相关区做好新片区内社会事务的协调和管理'],
  [3, 'paren-chinese', '（七）履行市人民政府赋予的其他职责'],
  [2, 'article', '第七条　（行政审批和行政处罚）'],
  [2, 'article', '第八条　（自主改革创新）'],
  [2, 'article', '第九条　（其他行政事务）'],
  [2, 'article', '第十条　（试点赋权机构）'],
  [1, 'chapter', '第三章　投资经营便利'],
  [2, 'article', '第十一条　（重点领域对外开放）'],
  [2, 'article', '第十二条　（商事主体登记确认制）'],
  [2, 'article', '第十三条　（民商事争议解决）'],
  [1, 'chapter', '第四章　贸易自由'],
  [2, 'article', '第十四条　（洋山特殊综合保税区）'],
  [2, 'article', '第十五条　（新型国际贸易）'],
  [2, 'article', '第十六条　（促进跨境电商发展）'],
  [2, 'article', '第十七条　（促进服务贸易）'],
  [1, 'chapter', '第五章　金融开放'],
  [2, 'article', '第十八条　（金融业对外开放）'],
  [2, 'article', '第十九条　（跨境金融服务）'],
  [2, 'article', '第二十条　（人民币跨境业务）'],
  [2, 'article', '第二十一条　（境外资金使用）'],
  [2, 'article', '第二十二条　（资本项目开放）'],
  [2, 'article', '第二十三条　（资金管理中心）'],
  [1, 'chapter', '第六章　国际运输便利'],
  [2, 'article', '第二十四条　（国际船舶登记）'],
  [2, 'article', '第二十五条　（国际航运服务）'],
  [2, 'article', '第二十六条　（启运港退税）'],
  [2, 'article', '第二十七条　（多式联运）'],
  [2, 'article', '第二十八条　（国际航空业务）'],
  [1, 'chapter', '第七章　人才服务'],
  [2, 'article', '第二十九条　（优化人才政策）'],
  [2, 'article', '第三十条　（户籍和居住证）'],
  [2, 'article', '第三十一条　（技能人才引进）'],
  [2, 'article', '第三十二条　（从业资格）'],
  [2, 'article', '第三十三条　（出入境和停居留便利）'],
  [2, 'article', '第三十四条　（外籍人员工作便利）'],
  [1, 'chapter', '第八章　信息快捷联通'],
  [2, 'article', '第三十五条　（互联网基础设施）'],
  [2, 'article', '第三十六条　（跨境数据流动）'],
  [2, 'article', '第三十七条　（知识产权和数据保护）'],
  [1, 'chapter', '第九章　财税支持'],
  [2, 'article', '第三十八条　（国际业务税收政策）'],
  [2, 'article', '第三十九条　（重点产业和人才税收支持）'],
  [2, 'article', '第四十条　（专项资金扶持）'],
  [1, 'chapter', '第十章　风险防范'],
  [2, 'article', '第四十一条　（全面风险管理）'],
  [2, 'article', '第四十二条　（重点领域监管）'],
  [2, 'article', '第四十三条　（信息管理服务平台）'],
  [2, 'article', '第四十四条　（金融风险防范）'],
  [2, 'article', '第四十五条　（监测和预警）'],
  [2, 'article', '第四十六条　（信用分级管理）'],
  [2, 'article', '第四十七条　（边界安全监管）'],
  [1, 'chapter', '第十一章　附则'],
  [2, 'article', '第四十八条　（政策适用）'],
  [2, 'article', '第四十九条　（施行日期）'],
];

/** A 方案: 一、（一）1. with the arabic numbers running on across the （一） and into 三、. */
const ANHUI_RCEP: Row[] = [
  [1, 'chinese-dun', '一、发展目标'],
  [1, 'chinese-dun', '二、重点任务'],
  [2, 'paren-chinese', '（一）大力发展货物贸易'],
  [3, 'arabic', '1.扩大优势产品出口'],
  [3, 'arabic', '2.积极扩大进口'],
  [3, 'arabic', '3.用好原产地规则'],
  [3, 'arabic', '4.着力拓展对日贸易'],
  [2, 'paren-chinese', '（二）推进服务贸易升级'],
  [3, 'arabic', '5.深化服务贸易合作'],
  [3, 'arabic', '6.大力发展数字贸易'],
  [2, 'paren-chinese', '（三）加快贸易新业态发展'],
  [3, 'arabic', '7.推动跨境电商高质量发展'],
  [3, 'arabic', '8.支持海外仓建设布局'],
  [2, 'paren-chinese', '（四）深化双向投资合作'],
  [3, 'arabic', '9.推进落实外商投资国民待遇'],
  [3, 'arabic', '10.加大“双招双引”力度'],
  [3, 'arabic', '11.拓展对外投资领域'],
  [3, 'arabic', '12.加强区域合作'],
  [2, 'paren-chinese', '（五）搭建经贸合作平台'],
  [3, 'arabic', '13.加快合作园区建设'],
  [3, 'arabic', '14.用好经贸交流平台'],
  [2, 'paren-chinese', '（六）提升产业竞争力'],
  [3, 'arabic', '15.推动产业链优化升级'],
  [3, 'arabic', '16.加强标准化建设'],
  [2, 'paren-chinese', '（七）优化营商环境'],
  [3, 'arabic', '17.提升货物通关效率'],
  [3, 'arabic', '18.打造国际物流网络'],
  [3, 'arabic', '19.强化知识产权保护'],
  [3, 'arabic', '20.优化金融信保服务'],
  [3, 'arabic', '21.加强法律咨询援助'],
  [1, 'chinese-dun', '三、保障措施'],
  [3, 'arabic', '22.加强组织领导'],
  [3, 'arabic', '23.加强培训指导'],
  [3, 'arabic', '24.加强风险应对'],
];

/** The newspaper page: its section headings, and the second article's headline (its subtitle is not a section). */
const QINGDAO: Row[] = [
  [1, 'none', '发力扩大内需战场'],
  [1, 'none', '发力招商引资战场'],
  [1, 'none', '发力城市更新战场'],
  [1, 'none', '发力服务升级战场'],
  [1, 'none', '发力民生保障战场'],
  [1, 'none', '西海岸:发起“十三大创新突破行动”'],
];

/** The 1981 report starts at （一）: it is the top level, and the 一、 points inside （二） come below it, with a nested 一、二、三、 inside 四、. */
const GWR_1981: Row[] = [
  [1, 'paren-chinese', '（一）当前的经济形势'],
  [1, 'paren-chinese', '（二）今后经济建设的方针'],
  [2, 'chinese-dun', '一、依靠政策和科学，加快农业的发展'],
  [2, 'chinese-dun', '二、把消费品工业的发展放到重要地位，进一步调整重工业的服务方向'],
  // Measured false positives: statements, not titles, in a section whose paragraphs they happen to open half of.
  [3, 'titled-sentence', '消费品工业生产的发展具有广阔的领域和很大的潜力'],
  [3, 'titled-sentence', '重工业的发展有许多基础工作要做'],
  [2, 'chinese-dun', '三、提高能源的利用效率，加强能源工业和交通运输业的建设'],
  [2, 'chinese-dun', '四、有重点有步骤地进行技术改造，充分发挥现有企业的作用'],
  [3, 'chinese-dun', '一、节约能源，节约原材料，降低消耗，降低生产成本'],
  [3, 'chinese-dun', '二、改革产品结构，使产品升级换代，提高性能和质量，满足国内外市场的需要'],
  [3, 'chinese-dun', '三、合理地利用资源，提高综合利用水平'],
  [2, 'chinese-dun', '五、分批进行企业的全面整顿和必要改组'],
  [2, 'chinese-dun', '六、讲究生财、聚财、用财之道，增加和节省建设资金'],
  [2, 'chinese-dun', '七、坚持对外开放政策，增强我国自力更生的能力'],
  [2, 'chinese-dun', '八、积极稳妥地改革经济体制，充分有效地调动各方面的积极性'],
  [2, 'chinese-dun', '九、提高全体劳动者的科学文化水平，大力组织科研攻关'],
  [2, 'chinese-dun', '十、从一切为人民的思想出发，统筹安排生产建设和人民生活'],
  [1, 'paren-chinese', '（三）我国经济发展的前景'],
];

/**
 * Sections and titled sentences found in each corpus file. Read against the
 * files: the titled sentences of 2003–2023 and of the Anhui policy are
 * titles of measures; those of 1955 title the bare '一、' points of its lists;
 * the 2 of 1981 are false positives (listed in GWR_1981). Paragraphs opening
 * with a short sentence in the 1950s–1990s reports are statements and stay
 * paragraphs.
 */
const COUNTS: Record<string, [sections: number, titled: number]> = {
  '中国(上海)自由贸易试验区临港新片区管理办法(FBM-CLI.11.1535062).txt': [67, 0],
  '中山市政务数据管理办法(FBM-CLI.11.1598088).txt': [71, 0],
  '包头市人民政府办公室关于印发《包头市2022年数...(FBM-CLI.12.5115678).txt': [132, 0],
  '北京市经济和信息化局印发《关于推进北京市数...(FBM-CLI.12.5679380).txt': [31, 0],
  '安徽省人民政府办公厅关于印发支持工业互联网...(FBM-CLI.12.4638041).txt': [75, 19],
  '安徽省推进“三地一区”建设领导小组改革开放...(FBM-CLI.12.6476457).txt': [34, 0],
  '广东省公共数据管理办法(FBM-CLI.11.4619854).txt': [115, 0],
  '阿坝州人民政府办公室关于印发《阿坝州政务数...(FBM-CLI.12.4792728).txt': [75, 0],
  'gwr_1954.txt': [0, 0],
  'gwr_1955.txt': [40, 6],
  'gwr_1957.txt': [5, 0],
  'gwr_1959.txt': [5, 0],
  'gwr_1964.txt': [4, 0],
  'gwr_1975.txt': [0, 0],
  'gwr_1978.txt': [15, 0],
  'gwr_1981.txt': [18, 2],
  'gwr_1988.txt': [20, 0],
  'gwr_1993.txt': [7, 0],
  'gwr_1998.txt': [3, 0],
  'gwr_2003.txt': [26, 7],
  'gwr_2008.txt': [33, 19],
  'gwr_2013.txt': [18, 11],
  'gwr_2018.txt': [62, 41],
  'gwr_2023.txt': [45, 25],
};

/** The text right after code-point offset `at`, without the line breaks and indentation before it. */
function textAfter(text: string, at: number, length: number): string {
  const map = new OffsetMap(text);
  return map.slice(at, map.length).trimStart().slice(0, length);
}

describe('analyzeStructure on the national work reports', () => {
  it('finds every heading of gwr_2023.txt at its level', () => {
    expect(rows(analyzeStructure(gwr(2023)))).toEqual(GWR_2023);
  });

  it('finds every heading of gwr_2018.txt at its level', () => {
    expect(rows(analyzeStructure(gwr(2018)))).toEqual(GWR_2018);
  });

  it('takes neither the title, the dateline, the speaker nor a salutation for a section', () => {
    const labels = analyzeStructure(gwr(2023)).sections.map((s) => s.label);
    for (const text of ['政府工作报告', '——2023年3月5日', '国务院总理', '李克强', '各位代表']) {
      expect(labels.filter((label) => label.includes(text))).toEqual([]);
    }
  });

  it('gives a standalone heading its line and a run-in heading its first sentence, without the 。', () => {
    const text = gwr(2023);
    const [part, point, titled] = analyzeStructure(text).sections;
    expect(part).toMatchObject({ label: '一、过去一年和五年工作回顾', runIn: false, numbering: { kind: 'chinese-dun', ordinal: 1 } });
    expect(point).toMatchObject({ runIn: true, numbering: { kind: 'paren-chinese', ordinal: 1 } });
    expect(titled).toMatchObject({ runIn: true, numbering: { kind: 'titled-sentence', ordinal: 1 } });
    for (const section of [point!, titled!]) {
      expect(textAfter(text, section.start, section.label.length + 1)).toBe(`${section.label}。`);
    }
  });

  it('ends a section where the next at its level or above begins, and at a salutation below the top level', () => {
    const text = gwr(2023);
    const sections = analyzeStructure(text).sections;
    const find = (label: string) => sections.find((s) => s.label === label)!;
    expect(textAfter(text, find('一、过去一年和五年工作回顾').bodyEnd, 12)).toBe('二、对今年政府工作的建议');
    expect(textAfter(text, find('（一）创新宏观调控，保持经济运行在合理区间').bodyEnd, 4)).toBe('（二）如');
    expect(textAfter(text, find('保持物价总体平稳').bodyEnd, 4)).toBe('（二）如');
    expect(textAfter(text, find('（十）推进政府依法履职和社会治理创新，保持社会大局稳定').bodyEnd, 5)).toBe('各位代表！');
    expect(textAfter(text, find('加强和创新社会治理').bodyEnd, 5)).toBe('各位代表！');
    // The last part runs to the end of the text, public-domain notice and all.
    expect(find('二、对今年政府工作的建议').bodyEnd).toBe(new OffsetMap(text.trimEnd()).length);
  });

  it('puts the numbering a report starts with at the top and nests lists inside titled points (gwr_1981.txt)', () => {
    expect(rows(analyzeStructure(gwr(1981)))).toEqual(GWR_1981);
  });
});

describe('analyzeStructure on local policies', () => {
  it('finds the chapters, articles and items of a 办法', () => {
    expect(rows(analyzeStructure(localPolicy(LINGANG_BANFA)))).toEqual(LINGANG);
  });

  it('labels an article that runs on into its rule with its number', () => {
    const sections = analyzeStructure(localPolicy('中山市政务数据管理办法(FBM-CLI.11.1598088).txt')).sections;
    expect(sections.slice(0, 3)).toMatchObject([
      { label: '第一章　总　则', runIn: false, numbering: { kind: 'chapter', ordinal: 1 } },
      { label: '第一条', runIn: true, numbering: { kind: 'article', ordinal: 1 } },
      { label: '第二条', runIn: true, numbering: { kind: 'article', ordinal: 2 } },
    ]);
  });

  it('splits a chapter heading from the article printed on its line', () => {
    const text = localPolicy('阿坝州人民政府办公室关于印发《阿坝州政务数...(FBM-CLI.12.4792728).txt');
    const [chapter, article] = analyzeStructure(text).sections;
    expect(chapter).toMatchObject({ label: '第一章　总则', level: 1 });
    expect(article).toMatchObject({ label: '第一条', level: 2 });
    expect(textAfter(text, chapter!.end, 3)).toBe('第一条');
    expect(article!.start).toBeLessThan(chapter!.bodyEnd);
  });

  it('finds the numbered points of a 方案, with arabic numbers running on across their parents', () => {
    expect(rows(analyzeStructure(localPolicy(ANHUI_RCEP_FANGAN)))).toEqual(ANHUI_RCEP);
  });

  it('starts over at the top where a second document in the file numbers from 一 again', () => {
    const tops = analyzeStructure(localPolicy('安徽省人民政府办公厅关于印发支持工业互联网...(FBM-CLI.12.4638041).txt'))
      .sections.filter((s) => s.level === 1)
      .map((s) => s.label);
    expect(tops).toEqual([
      '一、支持工业互联网平台建设',
      '二、支持企业数字化、网络化、智能化转型',
      '三、支持工业互联网基础设施建设',
      '四、支持新一代信息技术发展',
      '五、支持工业互联网场景应用',
      '六、支持工业互联网安全体系建设',
      '七、支持工业互联网人才培养',
      '八、支持工业互联网利用资本市场加快发展',
      '一、总体要求',
      '二、行动步骤',
      '三、发挥市场和企业的主体作用',
      '四、建立齐抓共管的工作机制',
    ]);
  });
});

describe('analyzeStructure on the newspaper sample', () => {
  it('finds the section headings of an unnumbered text, not its headline, dateline, captions or bylines', () => {
    expect(rows(analyzeStructure(qingdaoSample()))).toEqual(QINGDAO);
  });
});

describe('analyzeStructure on every corpus file', () => {
  const files = [...corpusFiles(sharedPath('corpus')), sharedPath('samples', 'qingdao-2023-01-28.txt')];

  it('covers the whole corpus', () => {
    expect(readdirSync(sharedPath('corpus', 'local_policy'))).toHaveLength(8);
    expect(Object.keys(COUNTS)).toHaveLength(files.length - 1);
  });

  for (const path of files) {
    const name = path.split('/').pop()!;
    it(`${name}: a valid outline whose labels are the text at their offsets, the same for the stored form`, () => {
      const text = readFileSync(path, 'utf8');
      const outline = analyzeStructure(text);
      expect(OutlineSchema.parse(outline)).toEqual(outline);
      const map = new OffsetMap(text);
      for (const section of outline.sections) expect(map.slice(section.start, section.end)).toBe(section.label);
      expect(rows(analyzeStructure(storedForm(text)))).toEqual(rows(outline));
      if (COUNTS[name]) {
        const titled = outline.sections.filter((s) => s.numbering.kind === 'titled-sentence').length;
        expect([outline.sections.length, titled]).toEqual(COUNTS[name]);
      }
    });
  }

  it('finds no titled sentences when asked not to', () => {
    const sections = analyzeStructure(gwr(2023), { titledSentences: false }).sections;
    expect(sections.map((s) => s.numbering.kind)).not.toContain('titled-sentence');
    expect(sections).toHaveLength(20);
  });
});

describe('numbering in sequence', () => {
  it('takes a number out of sequence, or one that opens prose, for a paragraph', () => {
    const text = [
      '一、总体要求',
      '3.这一段以数字开头。',
      '1.5亿元用于补贴。',
      '一、二季度增长较快。',
      '二、主要任务',
      '（一）扩大内需',
    ].join('\n');
    expect(rows(analyzeStructure(text))).toEqual([
      [1, 'chinese-dun', '一、总体要求'],
      [1, 'chinese-dun', '二、主要任务'],
      [2, 'paren-chinese', '（一）扩大内需'],
    ]);
  });

  it('levels the kinds in the order they first appear, from （一） at the top down to ①', () => {
    const text = [
      '（一）总体目标',
      '1.扩大有效投资。具体安排如下。',
      '（1）新建项目。按计划开工。',
      '①重点项目。优先保障用地。',
      '②一般项目。按程序审批。',
      '（2）续建项目。加快建设进度。',
      '2.促进消费升级。具体安排如下。',
      '（二）保障措施',
    ].join('\n');
    expect(analyzeStructure(text).sections.map((s) => [s.level, s.numbering.kind, s.numbering.ordinal, s.label, s.runIn])).toEqual([
      [1, 'paren-chinese', 1, '（一）总体目标', false],
      [2, 'arabic', 1, '1.扩大有效投资', true],
      [3, 'paren-arabic', 1, '（1）新建项目', true],
      [4, 'circled', 1, '①重点项目', true],
      [4, 'circled', 2, '②一般项目', true],
      [3, 'paren-arabic', 2, '（2）续建项目', true],
      [2, 'arabic', 2, '2.促进消费升级', true],
      [1, 'paren-chinese', 2, '（二）保障措施', false],
    ]);
  });

  it('rejects an outline whose sections do not nest', () => {
    const section = { level: 1, numbering: { kind: 'chinese-dun', ordinal: 1 }, runIn: false } as const;
    const outline = {
      sections: [
        { ...section, start: 0, end: 3, bodyEnd: 10, label: '一、甲' },
        { ...section, start: 5, end: 8, bodyEnd: 20, label: '（一）乙', level: 2 },
      ],
    };
    expect(OutlineSchema.safeParse(outline).success).toBe(false);
    expect(OutlineSchema.safeParse({ sections: [outline.sections[0]] }).success).toBe(true);
  });
});
