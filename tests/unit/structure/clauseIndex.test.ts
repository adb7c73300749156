import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { analyzeStructure } from '../../../electron/shared/structure/analyzeStructure';
import { ClauseIndex, clausePathAt } from '../../../electron/shared/structure/clauseIndex';
import type { Outline } from '../../../electron/shared/structure/outline';
import { ANHUI_RCEP_FANGAN, gwr, LINGANG_BANFA, localPolicy, qingdaoSample } from './structureFixtures';

/** Code-point offset of the first occurrence of `phrase` in `text`. */
function at(text: string, phrase: string): number {
  const index = text.indexOf(phrase);
  if (index < 0) throw new Error(`not in the text: ${phrase}`);
  return new OffsetMap(text).toCodePoint(index);
}

/** The path by walking every section: what the index must agree with. */
function naivePath(outline: Outline, position: number): string[] {
  return outline.sections.filter((s) => s.start <= position && position < s.bodyEnd).map((s) => s.label);
}

/**
 * An excerpt in the form of the 2025 report, which the example is
 * taken from (the corpus ends at 2023): parts, a run-in numbered point, and
 * titled sentences opening its paragraphs.
 */
const REPORT_2025 = [
  '政府工作报告',
  '——2025年3月5日在第十四届全国人民代表大会第三次会议上',
  '各位代表：',
  '一、2024年工作回顾',
  '过去一年，我国经济运行总体平稳、稳中有进，国内生产总值增长5%。',
  '二、2025年经济社会发展总体要求和政策取向',
  '今年发展主要预期目标是：国内生产总值增长5%左右。',
  '三、2025年政府工作任务',
  '今年经济社会发展任务重、要求高，重点抓好以下几个方面工作。',
  '（一）大力提振消费、提高投资效益，全方位扩大国内需求。促进消费和投资更好结合，加快补上内需特别是消费短板，使内需成为拉动经济增长的主动力和稳定锚。',
  '实施提振消费专项行动。制定提升消费能力、增加优质供给、改善消费环境专项措施，释放多样化、差异化消费潜力，推动消费提质升级。完善免税店政策，推动互联网+消费，培育新型消费业态。',
  '积极扩大有效投资。聚焦补短板、调结构、增后劲，加力实施城市更新，实施一批重大项目。',
  '（二）因地制宜发展新质生产力，加快建设现代化产业体系。推动科技创新和产业创新融合发展。',
].join('\n');

describe('clausePathAt', () => {
  it('gives a span in "完善免税店政策" the path of the issue (2025-style report)', () => {
    const outline = analyzeStructure(REPORT_2025);
    expect(clausePathAt(outline, at(REPORT_2025, '完善免税店政策'))).toEqual([
      '三、2025年政府工作任务',
      '（一）大力提振消费、提高投资效益，全方位扩大国内需求',
      '实施提振消费专项行动',
    ]);
    expect(clausePathAt(outline, at(REPORT_2025, '促进消费和投资更好结合'))).toEqual([
      '三、2025年政府工作任务',
      '（一）大力提振消费、提高投资效益，全方位扩大国内需求',
    ]);
    expect(clausePathAt(outline, at(REPORT_2025, '加力实施城市更新'))).toEqual([
      '三、2025年政府工作任务',
      '（一）大力提振消费、提高投资效益，全方位扩大国内需求',
      '积极扩大有效投资',
    ]);
    expect(clausePathAt(outline, at(REPORT_2025, '推动科技创新'))).toEqual([
      '三、2025年政府工作任务',
      '（二）因地制宜发展新质生产力，加快建设现代化产业体系',
    ]);
  });

  it('gives positions of gwr_2023.txt their paths, outermost first', () => {
    const text = gwr(2023);
    const outline = analyzeStructure(text);
    const path = (phrase: string) => clausePathAt(outline, at(text, phrase));
    expect(path('李克强')).toEqual([]);
    expect(path('合理把握赤字规模')).toEqual([
      '一、过去一年和五年工作回顾',
      '（一）创新宏观调控，保持经济运行在合理区间',
      '坚持实施积极的财政政策',
    ]);
    // A span on a heading is in its section.
    expect(path('坚持实施稳健的货币政策')).toEqual([
      '一、过去一年和五年工作回顾',
      '（一）创新宏观调控，保持经济运行在合理区间',
      '坚持实施稳健的货币政策',
    ]);
    // The salutation after （十） closes it: what follows belongs to the part alone.
    expect(path('港澳台工作取得新进展')).toEqual(['一、过去一年和五年工作回顾']);
    // A run-in numbered paragraph of the plan.
    expect(path('把恢复和扩大消费摆在优先位置')).toEqual(['二、对今年政府工作的建议', '（一）着力扩大国内需求']);
    expect(path('今年发展主要预期目标是')).toEqual(['二、对今年政府工作的建议']);
  });

  it('gives positions of a 办法, a 方案 and the newspaper page their paths', () => {
    const banfa = localPolicy(LINGANG_BANFA);
    expect(clausePathAt(analyzeStructure(banfa), at(banfa, '领导或者协调驻区机构'))).toEqual([
      '第二章　管理体制',
      '第六条　（机构职责）',
      '（三）领导或者协调驻区机构有关行政管理工作，与驻区机构、有关部门建立合作协调和联动执法工作机制',
    ]);
    const fangan = localPolicy(ANHUI_RCEP_FANGAN);
    expect(clausePathAt(analyzeStructure(fangan), at(fangan, '建立RCEP国别商品税率对比清单'))).toEqual([
      '二、重点任务',
      '（一）大力发展货物贸易',
      '1.扩大优势产品出口',
    ]);
    const page = qingdaoSample();
    expect(clausePathAt(analyzeStructure(page), at(page, '台东步行街'))).toEqual(['发力扩大内需战场']);
    expect(clausePathAt(analyzeStructure(page), at(page, '早报1月28日'))).toEqual([]);
  });

  it('agrees with a walk of the outline at every position', () => {
    for (const text of [gwr(2023), gwr(2018), localPolicy(LINGANG_BANFA)]) {
      const outline = analyzeStructure(text);
      const index = new ClauseIndex(outline);
      const length = new OffsetMap(text).length;
      const disagreements: number[] = [];
      for (let position = 0; position <= length; position++) {
        if (index.pathAt(position).join('\n') !== naivePath(outline, position).join('\n')) disagreements.push(position);
      }
      expect(disagreements).toEqual([]);
    }
  });

  it('answers 50,000 lookups from one index without rescanning the outline', () => {
    const text = gwr(2018);
    const outline = analyzeStructure(text);
    const length = new OffsetMap(text).length;
    const started = performance.now();
    let depth = 0;
    for (let i = 0; i < 50_000; i++) depth += clausePathAt(outline, (i * 7919) % length).length;
    expect(depth).toBeGreaterThan(50_000);
    // A binary search per lookup takes milliseconds in all; a scan per lookup would take far longer. Loose, for shared CI machines.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('gives a copy that a caller may change', () => {
    const outline = analyzeStructure(REPORT_2025);
    const position = at(REPORT_2025, '完善免税店政策');
    clausePathAt(outline, position).push('changed');
    expect(clausePathAt(outline, position)).toHaveLength(3);
  });
});
