import { describe, expect, it } from 'vitest';
import type { Annotation, Tag } from '../../../electron/shared/model';
import { panelRows, passes, quoteKey, stepRow, type PanelRow } from '../../../renderer/src/workspace/panelRows';

const tag = (id: string): Tag => ({ id, label: { zh: id, en: id }, color: '#336699', hotkey: null });
const TAGS = [tag('target'), tag('project'), tag('policy')];

let next = 0;
function span(quote: string, tagId: string, note = ''): Annotation {
  const start = next;
  next += 10;
  return { id: `a${start}`, docId: 'd', start, end: start + [...quote].length, quote, tag: tagId, note, created: '', modified: '' };
}

/** A row as a short string: `#tag(count)`, `quote`, `>quote` for a nested one, `quote×n` or `quote×n+` for a group, closed or open. */
function describeRow(row: PanelRow): string {
  if (row.kind === 'section') return `§${row.path.join('›')}(${row.count})`;
  if (row.kind === 'tag') return `#${row.tag.id}(${row.count})`;
  if (row.kind === 'span') return `${row.nested ? '>' : ''}${row.span.quote}`;
  return `${row.quote}×${row.spans.length}${row.expanded ? '+' : ''}`;
}

const closed = new Set<string>();

describe('panelRows', () => {
  const spans = [
    span('项目', 'project'),
    span('新增就业4万人', 'target'),
    span('项目', 'project'),
    span('项目', 'target'),
    span('项目', 'project'),
  ];

  it('lists every span in text order when nothing is grouped', () => {
    const rows = panelRows(spans, TAGS, { groupByTag: false, groupQuotes: false, expanded: closed });
    expect(rows.map(describeRow)).toEqual(['项目', '新增就业4万人', '项目', '项目', '项目']);
  });

  it('folds identical quotes of one tag into one row where the first of them stands, and opens it on demand', () => {
    const options = { groupByTag: false, groupQuotes: true, expanded: closed };
    expect(panelRows(spans, TAGS, options).map(describeRow)).toEqual(['项目×3', '新增就业4万人', '项目']);
    const open = new Set([quoteKey(spans[0]!)]);
    expect(panelRows(spans, TAGS, { ...options, expanded: open }).map(describeRow)).toEqual([
      '项目×3+',
      '>项目',
      '>项目',
      '>项目',
      '新增就业4万人',
      '项目',
    ]);
  });

  it('puts each tag’s spans under its heading in the tags’ order, leaving out tags without spans, and groups within', () => {
    const rows = panelRows(spans, TAGS, { groupByTag: true, groupQuotes: true, expanded: closed });
    expect(rows.map(describeRow)).toEqual(['#target(2)', '新增就业4万人', '项目', '#project(3)', '项目×3']);
  });
});

describe('passes', () => {
  const one = span('城市更新', 'project', '年度重点 Follow-up');
  const none = { tags: [], query: '', groupByTag: false };

  it('filters by tag chips and by a search over quote and note', () => {
    expect(passes(one, none, '')).toBe(true);
    expect(passes(one, { ...none, tags: ['target'] }, '')).toBe(false);
    expect(passes(one, { ...none, tags: ['target', 'project'] }, '')).toBe(true);
    expect(passes(one, none, '更新')).toBe(true);
    expect(passes(one, none, 'follow')).toBe(true);
    expect(passes(one, none, '消费')).toBe(false);
  });
});

describe('stepRow', () => {
  const rows = panelRows([span('甲', 'target'), span('乙', 'project'), span('丙', 'project')], TAGS, {
    groupByTag: true,
    groupQuotes: false,
    expanded: closed,
  });

  it('moves between spans and groups, over the tag headings, and stops at the ends', () => {
    expect(rows.map(describeRow)).toEqual(['#target(1)', '甲', '#project(2)', '乙', '丙']);
    expect(stepRow(rows, 1, 'ArrowDown')).toBe(3);
    expect(stepRow(rows, 3, 'ArrowUp')).toBe(1);
    expect(stepRow(rows, 1, 'ArrowUp')).toBeNull();
    expect(stepRow(rows, 4, 'ArrowDown')).toBeNull();
    expect(stepRow(rows, 4, 'Home')).toBe(1);
    expect(stepRow(rows, 1, 'End')).toBe(4);
    expect(stepRow(rows, 1, 'Enter')).toBeNull();
  });
});
