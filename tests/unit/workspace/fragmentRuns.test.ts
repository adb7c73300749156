import { describe, expect, it } from 'vitest';
import { buildRuns, splitLines } from '../../../renderer/src/workspace/segments';

describe('a discontinuous span in the marks', () => {
  const lines = splitLines('abcdef\nghij', []);

  it('is painted in each of its pieces under its one id, and not between them, across lines too', () => {
    const runs = buildRuns(lines, [
      {
        id: 'a',
        start: 1,
        end: 9,
        fragments: [
          { start: 1, end: 2 },
          { start: 4, end: 5 },
          { start: 8, end: 9 },
        ],
      },
      { id: 'b', start: 3, end: 5 },
    ]);
    expect(runs[0]).toEqual([
      { start: 0, end: 1, ids: [] },
      { start: 1, end: 2, ids: ['a'] },
      { start: 2, end: 3, ids: [] },
      { start: 3, end: 4, ids: ['b'] },
      { start: 4, end: 5, ids: ['b', 'a'] },
      { start: 5, end: 6, ids: [] },
    ]);
    expect(runs[1]).toEqual([
      { start: 7, end: 8, ids: [] },
      { start: 8, end: 9, ids: ['a'] },
      { start: 9, end: 11, ids: [] },
    ]);
  });

  it('whose pieces touch reads as one stretch', () => {
    const runs = buildRuns(lines, [
      {
        id: 'a',
        start: 0,
        end: 4,
        fragments: [
          { start: 0, end: 2 },
          { start: 2, end: 4 },
        ],
      },
    ]);
    expect(runs[0]!.filter((run) => run.ids.length)).toEqual([
      { start: 0, end: 2, ids: ['a'] },
      { start: 2, end: 4, ids: ['a'] },
    ]);
  });
});
