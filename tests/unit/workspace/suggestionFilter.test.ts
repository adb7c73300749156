import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import type { SuggestionItem } from '../../../electron/shared/suggest/suggestionItem';
import { SectionHeadings } from '../../../renderer/src/workspace/sectionHeadings';
import { ANY_SUGGESTION, nextAfter, shownSuggestions } from '../../../renderer/src/workspace/suggestionFilter';

const TEXT = '报告\n一、回顾\n深化改革。\n二、任务\n推进改革。建设园区。';
const map = new OffsetMap(TEXT);
const sections = new SectionHeadings(map, [
  { start: 0, end: 2, level: 1 },
  { start: 3, end: 7, level: 2 },
  { start: 14, end: 18, level: 2 },
]);
const item = (id: string, quote: string, tag: string, rule: string): SuggestionItem => {
  const start = TEXT.indexOf(quote);
  return { id, docId: 'd_1', start, end: start + quote.length, tag: tag as SuggestionItem['tag'], quote, rule, score: 0.7 };
};
const all = [
  item('s_a', '深化改革', 'policy', 'policy.measure'),
  item('s_b', '推进改革', 'policy', 'projection'),
  item('s_c', '建设园区', 'project', 'project.work'),
];

describe('the suggestions shown', () => {
  it('are filtered by tag, rule and section together', () => {
    expect(shownSuggestions(all, ANY_SUGGESTION, sections).map((s) => s.id)).toEqual(['s_a', 's_b', 's_c']);
    expect(shownSuggestions(all, { ...ANY_SUGGESTION, tag: 'policy' }, sections).map((s) => s.id)).toEqual(['s_a', 's_b']);
    expect(shownSuggestions(all, { ...ANY_SUGGESTION, rule: 'projection' }, sections).map((s) => s.id)).toEqual(['s_b']);
    expect(shownSuggestions(all, { tag: 'policy', rule: null, section: '二、任务' }, sections).map((s) => s.id)).toEqual(['s_b']);
  });

  it('go on from the last decided to the next one left, or back to the one before at the end', () => {
    expect(nextAfter(all, new Set(['s_a']))).toBe('s_b');
    expect(nextAfter(all, new Set(['s_a', 's_b']))).toBe('s_c');
    expect(nextAfter(all, new Set(['s_c']))).toBe('s_b');
    expect(nextAfter(all, new Set(['s_a', 's_b', 's_c']))).toBeNull();
  });
});
