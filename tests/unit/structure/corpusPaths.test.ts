import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { analyzeStructure } from '../../../electron/shared/structure/analyzeStructure';
import { clausePathAt } from '../../../electron/shared/structure/clauseIndex';
import { gwr, localPolicy } from './structureFixtures';

const ZHONGSHAN_BANFA = '中山市政务数据管理办法(FBM-CLI.11.1598088).txt';
const BAOTOU_KAOPING = '包头市人民政府办公室关于印发《包头市2022年数...(FBM-CLI.12.5115678).txt';

/** The clause path at the first occurrence of each phrase in `text`, the file as it is on disk. */
function pathsOf(text: string, phrases: readonly string[]): Record<string, string[]> {
  const outline = analyzeStructure(text);
  const map = new OffsetMap(text);
  return Object.fromEntries(
    phrases.map((phrase) => {
      const index = text.indexOf(phrase);
      if (index < 0) throw new Error(`not in the text: ${phrase}`);
      return [phrase, clausePathAt(outline, map.toCodePoint(index))];
    }),
  );
}

/** Paths read off the files by hand: the heading each phrase stands under, and the headings above that. */
describe('clause paths across the corpus', () => {
  it('gwr_2003.txt: a review point, and a titled sentence inside a point of the plan', () => {
    expect(pathsOf(gwr(2003), ['关系我国改革开放和现代化建', '今年拟发行1400亿元长期建'])).toEqual({
      关系我国改革开放和现代化建: ['一、过去五年政府工作的回顾', '（三）坚持把解决“三农”问题放在突出位置，巩固和加强农业基础地位'],
      今年拟发行1400亿元长期建: ['二、对今年政府工作的建议', '（一）继续扩大国内需求，实现经济稳定较快增长', '保持投资较快增长'],
    });
  });

  it('gwr_2013.txt: a review part without numbered points, and a titled sentence of the plan', () => {
    expect(pathsOf(gwr(2013), ['第十一届全国人民代表大会第一次会议以来的五年', '坚持实施就业优先战略和更加积极的就业政策'])).toEqual({
      第十一届全国人民代表大会第一次会议以来的五年: ['一、过去五年工作回顾'],
      坚持实施就业优先战略和更加积极的就业政策: [
        '三、对今年政府工作的建议',
        '（三）以保障和改善民生为重点，全面提高人民物质文化生活水平',
        '千方百计扩大就业',
      ],
    });
  });

  it('a 办法: the article a rule is in, under its chapter', () => {
    expect(pathsOf(localPolicy(ZHONGSHAN_BANFA), ['为了加强和规范政务数据管理', '全市政务数据实行统一目录管理'])).toEqual({
      为了加强和规范政务数据管理: ['第一章　总　则', '第一条'],
      全市政务数据实行统一目录管理: ['第二章　目录管理与基础建设', '第八条'],
    });
  });

  it('a notice with its attachment: the attachment numbers from 一 again, down to its arabic items', () => {
    expect(pathsOf(localPolicy(BAOTOU_KAOPING), ['每半年考评一次', '考评结果全市通报', '完成适老化改造'])).toEqual({
      每半年考评一次: ['三、考评方式', '（一）考评以日常监测、实地调研、民意调查、第三方评估等方式进行'],
      考评结果全市通报: ['四、考评结果应用'],
      完成适老化改造: [
        '一、政务服务"一网通办"（25分）',
        '（一）一体化政务服务平台建设（3分）',
        '1．除涉密、法律法规禁止和必须人员、车辆现场核验的事项外，各级政务服务事项全部开通全程网办',
      ],
    });
  });
});
