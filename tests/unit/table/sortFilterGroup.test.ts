import { describe, expect, it } from 'vitest';
import type { TargetValue } from '../../../electron/shared/values/valueSchema';
import { filterSpans, NO_SPAN_FILTER } from '../../../electron/shared/table/filterSpans';
import { groupSpans } from '../../../electron/shared/table/groupSpans';
import { SPAN_COLUMN_IDS } from '../../../electron/shared/table/spanColumns';
import { amountNumber, spanEntries, type SpanEntry } from '../../../electron/shared/table/spanEntries';
import type { SpanTable, SpanTableRow } from '../../../electron/shared/table/spanTableSchema';
import { sortSpans } from '../../../electron/shared/table/sortSpans';

function value(indicator: string | null, amount: string | null): TargetValue {
  return {
    indicator,
    amount,
    amountMax: null,
    unit: amount ? '人' : null,
    scale: null,
    comparator: amount ? 'point' : null,
    modality: null,
    deadline: null,
    baseline: null,
  };
}

let n = 0;
function row(docId: string, quote: string, extra: Partial<SpanTableRow> = {}): SpanTableRow {
  n++;
  return {
    id: `a_${n}`,
    docId,
    start: n,
    end: n + 1,
    quote,
    tag: 'policy',
    note: '',
    created: `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`,
    modified: '2026-01-01T00:00:00.000Z',
    section: [],
    context: { before: '', after: '', clippedBefore: false, clippedAfter: false },
    relations: [],
    ...extra,
  };
}

const table: SpanTable = {
  documents: [
    { id: 'd_b', title: '乙报告', date: { year: 2025, raw: '2025年', source: 'title' } },
    { id: 'd_a', title: '甲报告', date: { year: 2018, month: 3, day: 5, raw: '2018年3月5日', source: 'dateline' } },
    { id: 'd_c', title: 'C report', date: null },
  ],
  rows: [
    row('d_b', '城镇新增就业1200万人', { tag: 'target', value: value('城镇新增就业', '12000000'), section: ['一、目标'] }),
    row('d_b', '专精特新', { note: '重点', context: { before: '发展', after: '企业', clippedBefore: false, clippedAfter: false } }),
    row('d_a', '城镇新增就业1100万人', { tag: 'target', value: value('城镇新增 就业', '11000000'), section: ['二、任务', '（一）就业'] }),
    row('d_a', '专精特新', { tag: 'project' }),
    row('d_c', '三分之一', { tag: 'target', value: value(null, '1/3') }),
    row('d_c', 'ｎｏｔｅ ４万', { note: 'Mixed Case' }),
  ],
};
const entries = spanEntries(table);
const ctx = {
  tagOrder: new Map([
    ['target', 0],
    ['project', 1],
    ['policy', 2],
  ]),
};
const quotes = (list: readonly SpanEntry[]) => list.map((e) => e.row.quote);
const ids = (list: readonly SpanEntry[]) => list.map((e) => e.row.id);

describe('sortSpans', () => {
  it('sorts by document title by code point, ties in listing order, either way', () => {
    const up = sortSpans(entries, { column: 'document', direction: 'ascending' }, ctx);
    expect(up.map((e) => e.doc.title)).toEqual(['C report', 'C report', '乙报告', '乙报告', '甲报告', '甲报告']);
    expect(ids(up.slice(0, 2))).toEqual(['a_5', 'a_6']);
    const down = sortSpans(entries, { column: 'document', direction: 'descending' }, ctx);
    expect(down.map((e) => e.doc.title)).toEqual(['甲报告', '甲报告', '乙报告', '乙报告', 'C report', 'C report']);
    expect(ids(down.slice(0, 2))).toEqual(['a_3', 'a_4']);
  });

  it('sorts dates and amounts as numbers, n/d by its quotient, and puts empty cells last in both directions', () => {
    expect(sortSpans(entries, { column: 'date', direction: 'ascending' }, ctx).map((e) => e.doc.date?.year ?? null)).toEqual([
      2018,
      2018,
      2025,
      2025,
      null,
      null,
    ]);
    expect(quotes(sortSpans(entries, { column: 'amount', direction: 'descending' }, ctx)).slice(0, 3)).toEqual([
      '城镇新增就业1200万人',
      '城镇新增就业1100万人',
      '三分之一',
    ]);
    const ascending = sortSpans(entries, { column: 'amount', direction: 'ascending' }, ctx);
    expect(quotes(ascending).slice(0, 3)).toEqual(['三分之一', '城镇新增就业1100万人', '城镇新增就业1200万人']);
    expect(ascending.slice(3).every((e) => !e.row.value)).toBe(true);
  });

  it('sorts tags in the session order of tags, and every column without throwing', () => {
    expect(sortSpans(entries, { column: 'tag', direction: 'ascending' }, ctx).map((e) => e.row.tag)).toEqual([
      'target',
      'target',
      'target',
      'project',
      'policy',
      'policy',
    ]);
    for (const column of SPAN_COLUMN_IDS) {
      expect(sortSpans(entries, { column, direction: 'descending' }, ctx)).toHaveLength(entries.length);
    }
    expect(entries.map((e) => e.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('filterSpans', () => {
  it('lets everything through with no filter', () => {
    expect(filterSpans(entries, NO_SPAN_FILTER)).toHaveLength(6);
  });

  it('filters by tag, document and section', () => {
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, tags: ['target'] }))).toEqual(['a_1', 'a_3', 'a_5']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, tags: ['target'], docIds: ['d_a', 'd_c'] }))).toEqual(['a_3', 'a_5']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, section: '就业' }))).toEqual(['a_3']);
  });

  it('filters by a range of amounts, inclusive, leaving out rows without one', () => {
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, amountMin: 11_000_000 }))).toEqual(['a_1', 'a_3']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, amountMin: 11_000_000, amountMax: 11_000_000 }))).toEqual(['a_3']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, amountMax: 1 }))).toEqual(['a_5']);
  });

  it('finds words in the quote, its sentence, the note and the indicator, full-width as half-width and case ignored', () => {
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, text: '发展专精' }))).toEqual(['a_2']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, text: '重点' }))).toEqual(['a_2']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, text: 'note 4万' }))).toEqual(['a_6']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, text: 'mixed case' }))).toEqual(['a_6']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, text: '  ' }))).toHaveLength(6);
  });
});

describe('groupSpans', () => {
  it('groups by quote in the order of each group’s first row', () => {
    const sorted = sortSpans(entries, { column: 'date', direction: 'ascending' }, ctx);
    const groups = groupSpans(sorted, 'quote');
    expect(groups.map((g) => [g.label, ids(g.entries)])).toEqual([
      ['城镇新增就业1100万人', ['a_3']],
      ['专精特新', ['a_4', 'a_2']],
      ['城镇新增就业1200万人', ['a_1']],
      ['三分之一', ['a_5']],
      ['ｎｏｔｅ ４万', ['a_6']],
    ]);
  });

  it('groups by indicator whatever its spacing, rows without one last', () => {
    const groups = groupSpans(entries, 'indicator');
    expect(groups.map((g) => [g.label, ids(g.entries)])).toEqual([
      ['城镇新增就业', ['a_1', 'a_3']],
      ['', ['a_2', 'a_4', 'a_5', 'a_6']],
    ]);
  });
});

describe('amountNumber', () => {
  it('reads decimals and fractions', () => {
    expect([amountNumber('5.5'), amountNumber('1/4'), amountNumber(null), amountNumber('-2')]).toEqual([5.5, 0.25, null, -2]);
  });
});
