import { describe, expect, it } from 'vitest';
import { FoldedDocument } from '../../../electron/shared/search/foldedDocument';
import { findAll } from '../../../electron/shared/search/findAll';
import { compileQuery } from '../../../electron/shared/search/query';
import { DEFAULT_MAX_MATCHES, SearchBudget } from '../../../electron/shared/search/searchBudget';

/** Milliseconds `run` takes. */
function timed<T>(run: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = run();
  return { value, ms: performance.now() - t };
}

describe('no pattern can hang the search', () => {
  it.each([
    ['(a+)+$', 'a'.repeat(20_000) + 'b'],
    ['(?:a|a)*$', 'a'.repeat(20_000) + 'b'],
    ['(x+x+)+y', 'x'.repeat(20_000)],
    ['.*.*.*=', '城镇新增就业'.repeat(3_400)],
    ['(.*)*结束', '城镇新增就业'.repeat(3_400)],
  ])('%s over 20,000 characters that never match ends fast with no match', (pattern, text) => {
    const { value, ms } = timed(() => findAll(text, pattern, { regex: true }));
    expect(value).toEqual({ ok: true, ranges: [], stopped: null });
    // A backtracking engine takes longer than the age of the universe on the first; this one reads the text once.
    expect(ms).toBeLessThan(3_000);
  });

  it('a leading .* over a document without line breaks costs one pass, not one per position', () => {
    const text = '城镇新增就业'.repeat(3_400) + '目标';
    const { value, ms } = timed(() => findAll(text, '.*目标', { regex: true, ignoreWhitespace: true }));
    expect(value.ok && value.ranges).toEqual([{ start: 0, end: 20_402 }]);
    expect(ms).toBeLessThan(3_000);
  });

  it('stops with too-slow when the step budget runs out, keeping the matches found', () => {
    const text = ('甲' + 'a'.repeat(50)).repeat(400);
    const result = findAll(text, '甲(?:a|a?){0,50}', { regex: true }, new SearchBudget(DEFAULT_MAX_MATCHES, 50_000));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.stopped).toBe('too-slow');
    expect(result.ranges.length).toBeGreaterThan(0);
    expect(result.ranges.length).toBeLessThan(400);
  });

  it('stops with too-many-matches at the cap', () => {
    const result = findAll('万'.repeat(DEFAULT_MAX_MATCHES + 5), '万', { regex: true });
    expect(result.ok && result.stopped).toBe('too-many-matches');
    expect(result.ok && result.ranges.length).toBe(DEFAULT_MAX_MATCHES);
    const literal = findAll('万'.repeat(20), '万', {}, new SearchBudget(3));
    expect(literal.ok && literal.ranges).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
    expect(literal.ok && literal.stopped).toBe('too-many-matches');
  });

  it('shares one budget across the documents of a search', () => {
    const compiled = compileQuery('\\d+万', { regex: true });
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const budget = new SearchBudget(5);
    const docs = ['新增4万、5万', '又增６万', '再增7万、8万、9万'].map((t) => new FoldedDocument(t));
    const results = docs.map((d) => d.findAll(compiled.query, budget));
    expect(results.map((r) => [r.ranges.length, r.stopped])).toEqual([
      [2, null],
      [1, null],
      [2, 'too-many-matches'],
    ]);
    expect(docs[0]!.findAll(compiled.query, budget)).toEqual({ ranges: [], stopped: 'too-many-matches' });
  });
});
