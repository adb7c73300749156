import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { analyzeStructure } from '../../../electron/shared/structure/analyzeStructure';
import { partAt, PartRangeSchema, reportParts, type PartRange, type ReportPart } from '../../../electron/shared/structure/reportParts';
import { basename } from 'node:path';
import { goldFiles, loadGoldFile, regionOf, resolveGoldSpans } from '../../gold/goldSpans';
import { gwr, LINGANG_BANFA, localPolicy, qingdaoSample, readShared } from './structureFixtures';

/** The naive quantity matches of the issue: a number with a percent sign, 万 or 亿. */
const QUANTITY = /\d+(\.\d+)?(%|万|亿)/gu;

function quantitiesByPart(text: string, ranges: readonly PartRange[]): Record<ReportPart, number> {
  const map = new OffsetMap(text);
  const counts: Record<ReportPart, number> = { review: 0, plan: 0, other: 0 };
  for (const match of text.matchAll(QUANTITY)) counts[partAt(ranges, map.toCodePoint(match.index))]++;
  return counts;
}

/** Each range with the first words of its first line, to read which heading or paragraph opens it. */
function openings(text: string, ranges: readonly PartRange[]): Array<[ReportPart, string]> {
  const map = new OffsetMap(text);
  return ranges.map((r) => [r.part, map.slice(r.start, r.end).trimStart().split('\n')[0]!.slice(0, 8)]);
}

const partsOf = (text: string, title?: string) => reportParts(text, analyzeStructure(text), title === undefined ? {} : { title });

describe('reportParts on the national work reports', () => {
  it('splits gwr_2023.txt into the opening, the review and the plan, by their headings', () => {
    const text = gwr(2023);
    const ranges = partsOf(text);
    expect(openings(text, ranges)).toEqual([
      ['other', '政府工作报告'],
      ['review', '一、过去一年和五'],
      ['plan', '二、对今年政府工'],
    ]);
    expect(ranges[ranges.length - 1]!.end).toBe(new OffsetMap(text).length);
  });

  it('finds 134 of the 141 naive quantity matches of gwr_2023.txt in the review, 7 in the plan', () => {
    const text = gwr(2023);
    expect(quantitiesByPart(text, partsOf(text))).toEqual({ review: 134, plan: 7, other: 0 });
  });

  it('splits gwr_2018.txt into the review and the plan (二、 and 三、 as one); 75 quantities in the review, 36 in the plan', () => {
    const text = gwr(2018);
    const ranges = partsOf(text);
    expect(openings(text, ranges)).toEqual([
      ['other', '各位代表：'],
      ['review', '一、过去五年工作'],
      ['plan', '二、2018年经'],
    ]);
    expect(quantitiesByPart(text, ranges)).toEqual({ review: 75, plan: 36, other: 0 });
  });

  it('keeps the plan targets in the plan and the results in the review', () => {
    const text = gwr(2023);
    const ranges = partsOf(text);
    const part = (phrase: string) => partAt(ranges, new OffsetMap(text).toCodePoint(text.indexOf(phrase)));
    expect(part('国内生产总值增长5%左右')).toBe('plan');
    expect(part('城镇新增就业1200万人左右')).toBe('plan');
    expect(part('国内生产总值增加到121万亿元')).toBe('review');
    expect(part('各位代表：')).toBe('other');
  });

  it('reads paragraph cues where the headings name no part (gwr_1981.txt: （一） has no cue, （二） says 今后)', () => {
    const text = gwr(1981);
    const ranges = partsOf(text);
    const part = (phrase: string) => partAt(ranges, new OffsetMap(text).toCodePoint(text.indexOf(phrase)));
    expect(part('过去的一年，我们的经济工作')).toBe('review');
    expect(part('（二）今后经济建设的方针')).toBe('plan');
    expect(part('各位代表：')).toBe('other');
  });

  it('tells a report by its title when its text does not say', () => {
    const text = gwr(1964);
    expect(partsOf(text)).toEqual([{ start: 0, end: new OffsetMap(text).length, part: 'plan' }]);
    expect(partAt(partsOf(text, '1964年中华人民共和国国务院政府工作报告（摘要）'), 0)).toBe('review');
  });
});

describe('reportParts on other documents', () => {
  it('makes a policy and a newspaper page plan throughout', () => {
    for (const text of [localPolicy(LINGANG_BANFA), qingdaoSample()]) {
      const ranges = partsOf(text);
      expect(ranges).toEqual([{ start: 0, end: new OffsetMap(text).length, part: 'plan' }]);
      expect(PartRangeSchema.array().parse(ranges)).toEqual(ranges);
    }
  });

  it('can be told that a text is a report', () => {
    const text = '一、过去一年工作回顾\n国内生产总值增长5%。\n二、今年工作任务\n国内生产总值增长5%左右。';
    const ranges = reportParts(text, analyzeStructure(text), { isReport: true });
    expect(ranges.map((r) => r.part)).toEqual(['review', 'plan']);
    expect(reportParts(text, analyzeStructure(text)).map((r) => r.part)).toEqual(['plan']);
    // A notice about a report is not one.
    const notice = reportParts(text, analyzeStructure(text), { title: '关于落实《政府工作报告》重点工作分工的通知' });
    expect(notice.map((r) => r.part)).toEqual(['plan']);
  });
});

/**
 * Gold regions that begin after the plan does: gwr_1978's plan opens with part 二 (the campaign against the 四人帮), its region
 * with part 三; gwr_1975's with the tasks of the state's organs (我们要在党的领导下…), its region with the economic plan.
 */
const REGION_AFTER_PLAN_START = new Set(['gwr_1978.gold.json', 'gwr_1975.gold.json']);

describe('reportParts on the gold files', () => {
  for (const file of goldFiles()) {
    const gold = loadGoldFile(file);
    it(`${basename(file)}: every gold span lies in the plan part, and a report's plan part begins where its gold region does`, () => {
      const text = readShared(gold.source);
      const map = new OffsetMap(text);
      const ranges = partsOf(text, basename(gold.source));
      for (const span of resolveGoldSpans(gold, text)) expect(partAt(ranges, span.start), span.quote).toBe('plan');
      const region = map.toCodePoint(regionOf(gold, text).start);
      const plan = ranges.find((r) => r.start <= region && region < r.end)!;
      expect(plan.part).toBe('plan');
      // The plan begins at the region, or at the heading line of the section whose first paragraph the region begins with.
      const before = map.slice(plan.start, region).trim();
      if (ranges.some((r) => r.part === 'review') && !REGION_AFTER_PLAN_START.has(basename(file)))
        expect(before === '' || !before.includes('\n'), before).toBe(true);
    });
  }
});
