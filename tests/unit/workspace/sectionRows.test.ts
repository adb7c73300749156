import { describe, expect, it } from 'vitest';
import type { Annotation, Tag } from '../../../electron/shared/model';
import { analyzeStructure } from '../../../electron/shared/structure/analyzeStructure';
import { ClauseIndex } from '../../../electron/shared/structure/clauseIndex';
import { inSection, isFocusable, panelRows, passes, stepRow, type PanelRow } from '../../../renderer/src/workspace/panelRows';

const tag = (id: string): Tag => ({ id, label: { zh: id, en: id }, color: '#336699', hotkey: null });
const TAGS = [tag('target'), tag('project'), tag('policy')];

/** Paragraphs of gwr_2023.txt, cut short, in its stored form: the title lines, both parts, and points of each. */
const TEXT = [
  '政府工作报告',
  '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
  '国务院总理',
  '李克强',
  '各位代表：',
  '本届政府任期即将结束。现在，我代表国务院，向大会报告工作，请予审议，并请全国政协委员提出意见。',
  '一、过去一年和五年工作回顾',
  '过去一年，我国经济发展遇到疫情等国内外多重超预期因素冲击。在党中央坚强领导下，我们高效统筹疫情防控和经济社会发展，根据病毒变化和防疫形势，优化调整疫情防控措施。面对经济新的下行压力，果断应对、及时调控，动用近年储备的政策工具，靠前实施既定政策举措，坚定不移推进供给侧结构性改革，出台实施稳经济一揽子政策和接续措施，部署稳住经济大盘工作，加强对地方落实政策的督导服务，支持各地挖掘政策潜力，支持经济大省勇挑大梁，突出稳增长稳就业稳物价，推动经济企稳回升。全年国内生产总值增长3%，城镇新增就业1206万人，年末城镇调查失业率降到5.5%，居民消费价格上涨2%。货物进出口总额增长7.7%。财政赤字率控制在2.8%，中央财政收支符合预算、支出略有结余。',
  '（一）创新宏观调控，保持经济运行在合理区间。面对贸易保护主义抬头、疫情冲击等接踵而来的严峻挑战，创新宏观调控方式，不过度依赖投资，统筹运用财政货币等政策，增强针对性有效性，直面市场变化，重点支持市场主体纾困发展，进而稳就业保民生。',
  '坚持实施积极的财政政策。合理把握赤字规模，五年总体赤字率控制在3%以内，政府负债率控制在50%左右。',
  '坚持实施稳健的货币政策。根据形势变化灵活把握政策力度，保持流动性合理充裕，用好降准、再贷款等政策工具，加大对实体经济的有效支持，缓解中小微企业融资难融资贵等问题。',
  '强化就业优先政策导向。把稳就业作为经济运行在合理区间的关键指标。',
  '（二）如期打赢脱贫攻坚战，巩固拓展脱贫攻坚成果。全面建成小康社会最艰巨最繁重的任务在农村特别是在贫困地区。',
  '二、对今年政府工作的建议',
  '（一）着力扩大国内需求。把恢复和扩大消费摆在优先位置。',
  '（二）加快建设现代化产业体系。强化科技创新对产业发展的支撑。',
  '（三）切实落实“两个毫不动摇”。深化国资国企改革，提高国企核心竞争力。',
  '（四）更大力度吸引和利用外资。扩大市场准入，加大现代服务业领域开放力度。',
  '（CPTPP）等高标准经贸协议，主动对照相关规则、规制、管理、标准，稳步扩大制度型开放。优化区域开放布局，实施自由贸易试验区提升战略，发挥好海南自由贸易港、各类开发区等开放平台的先行先试作用。',
  '（五）有效防范化解重大经济金融风险。深化金融体制改革，完善金融监管，压实各方责任，防止形成区域性、系统性金融风险。',
  '（六）稳定粮食生产和推进乡村振兴。一体推进农业现代化和农村现代化。稳定粮食播种面积，抓好油料生产，实施新一轮千亿斤粮食产能提升行动。',
  '（七）推动发展方式绿色转型。深入推进环境污染防治。加强流域综合治理，加强城乡环境基础设施建设，持续实施重要生态系统保护和修复重大工程。推进能源清洁高效利用和技术研发，加快建设新型能源体系，提升可再生能源占比。',
].join('\n');

const OUTLINE = analyzeStructure(TEXT);
const index = new ClauseIndex(OUTLINE);
const pathOf = (span: Annotation) => span.section ?? index.pathAt(span.start);

/** A span over the first occurrence of `quote` in the stored 2023 report. */
function span(quote: string, tagId: string, section?: string[]): Annotation {
  const at = TEXT.indexOf(quote);
  if (at < 0) throw new Error(`${quote} is not in the report`);
  const start = [...TEXT.slice(0, at)].length;
  return {
    id: `a${start}`,
    docId: 'd',
    start,
    end: start + [...quote].length,
    quote,
    tag: tagId,
    note: '',
    created: '',
    modified: '',
    section,
  };
}

const describeRow = (row: PanelRow): string =>
  row.kind === 'section'
    ? `§${row.path.at(-1) ?? '—'}(${row.count})`
    : row.kind === 'tag'
      ? `#${row.tag.id}(${row.count})`
      : row.kind === 'span'
        ? row.span.quote
        : `${row.quote}×${row.spans.length}`;

const REVIEW = '一、过去一年和五年工作回顾';
const PLAN = '二、对今年政府工作的建议';
const SPANS = [
  span('本届政府任期即将结束', 'policy'),
  span('城镇新增就业1206万人', 'target'),
  span('财政赤字率控制在2.8%', 'target'),
  span('五年总体赤字率控制在3%以内', 'target'),
  span('实施新一轮千亿斤粮食产能提升行动', 'project'),
  span('稳定粮食播种面积', 'policy'),
  span('加快建设新型能源体系', 'project'),
].sort((a, b) => a.start - b.start);

describe('clause paths of spans in the 2023 report', () => {
  it('places each span under its headings, a stored section first', () => {
    expect(pathOf(SPANS[0]!)).toEqual([]);
    expect(pathOf(SPANS.find((s) => s.quote.startsWith('五年总体'))!)).toEqual([
      REVIEW,
      '（一）创新宏观调控，保持经济运行在合理区间',
      '坚持实施积极的财政政策',
    ]);
    expect(pathOf(span('稳定粮食播种面积', 'policy', ['手写的章节']))).toEqual(['手写的章节']);
  });
});

describe('panelRows grouped by section', () => {
  const options = { groupByTag: false, groupQuotes: false, expanded: new Set<string>() };

  it('groups by the outermost heading, in text order, the text before the first heading under its own', () => {
    const rows = panelRows(SPANS, TAGS, { ...options, sections: { by: 'top', pathOf } });
    expect(rows.map(describeRow)).toEqual([
      '§—(1)',
      '本届政府任期即将结束',
      `§${REVIEW}(3)`,
      '城镇新增就业1206万人',
      '财政赤字率控制在2.8%',
      '五年总体赤字率控制在3%以内',
      `§${PLAN}(3)`,
      '稳定粮食播种面积',
      '实施新一轮千亿斤粮食产能提升行动',
      '加快建设新型能源体系',
    ]);
  });

  it('groups by the whole clause path, and by tag within each section, with keys unique across sections', () => {
    const rows = panelRows(SPANS, TAGS, { ...options, groupByTag: true, sections: { by: 'path', pathOf } });
    expect(rows.map(describeRow)).toEqual([
      '§—(1)',
      '#policy(1)',
      '本届政府任期即将结束',
      `§${REVIEW}(2)`,
      '#target(2)',
      '城镇新增就业1206万人',
      '财政赤字率控制在2.8%',
      '§坚持实施积极的财政政策(1)',
      '#target(1)',
      '五年总体赤字率控制在3%以内',
      '§（六）稳定粮食生产和推进乡村振兴(2)',
      '#project(1)',
      '实施新一轮千亿斤粮食产能提升行动',
      '#policy(1)',
      '稳定粮食播种面积',
      '§（七）推动发展方式绿色转型(1)',
      '#project(1)',
      '加快建设新型能源体系',
    ]);
    expect(rows.find((row) => row.kind === 'section' && row.path.at(-1) === '坚持实施积极的财政政策')).toMatchObject({
      path: [REVIEW, '（一）创新宏观调控，保持经济运行在合理区间', '坚持实施积极的财政政策'],
    });
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });

  it('moves the keyboard over section headings as over tag headings', () => {
    const rows = panelRows(SPANS, TAGS, { ...options, sections: { by: 'top', pathOf } });
    expect(rows.filter(isFocusable)).toHaveLength(SPANS.length);
    expect(stepRow(rows, 1, 'ArrowDown')).toBe(3);
    expect(stepRow(rows, 3, 'ArrowUp')).toBe(1);
    expect(stepRow(rows, 0, 'Home')).toBe(1);
  });
});

describe('the section filter', () => {
  const none = { tags: [], query: '', groupByTag: false };

  it('keeps the spans whose clause path starts with the section’s', () => {
    expect(inSection([PLAN, '（六）稳定粮食生产和推进乡村振兴'], [PLAN])).toBe(true);
    expect(inSection([PLAN], [PLAN, '（六）稳定粮食生产和推进乡村振兴'])).toBe(false);
    expect(inSection([REVIEW, '（六）保障国家粮食安全，大力实施乡村振兴战略'], [PLAN])).toBe(false);
    const section = { path: [PLAN, '（六）稳定粮食生产和推进乡村振兴'], pathOf };
    expect(SPANS.filter((s) => passes(s, none, '', section)).map((s) => s.quote)).toEqual([
      '稳定粮食播种面积',
      '实施新一轮千亿斤粮食产能提升行动',
    ]);
    expect(SPANS.filter((s) => passes(s, { ...none, tags: ['policy'] }, '', { path: [PLAN], pathOf })).map((s) => s.quote)).toEqual([
      '稳定粮食播种面积',
    ]);
  });
});
