import { describe, expect, it } from 'vitest';
import { buildRuns, lineIndexAt, runsKey, splitLines } from '../../../renderer/src/workspace/segments';

describe('splitLines', () => {
  it('splits at newlines in code points and marks heading lines', () => {
    const lines = splitLines('标题𠮷\n正文一\n\n末行', [{ start: 0, end: 3, level: 1 }]);
    expect(lines).toEqual([
      { start: 0, end: 3, level: 1 },
      { start: 4, end: 7, level: 0 },
      { start: 8, end: 8, level: 0 },
      { start: 9, end: 11, level: 0 },
    ]);
    expect(lineIndexAt(lines, 0)).toBe(0);
    expect(lineIndexAt(lines, 3)).toBe(0);
    expect(lineIndexAt(lines, 4)).toBe(1);
    expect(lineIndexAt(lines, 10)).toBe(3);
  });
});

describe('buildRuns', () => {
  const lines = splitLines('abcdef\nghij', []);

  it('covers each line exactly with plain and marked runs', () => {
    const runs = buildRuns(lines, [{ id: 'a', start: 1, end: 3 }]);
    expect(runs[0]).toEqual([
      { start: 0, end: 1, ids: [] },
      { start: 1, end: 3, ids: ['a'] },
      { start: 3, end: 6, ids: [] },
    ]);
    expect(runs[1]).toEqual([{ start: 7, end: 11, ids: [] }]);
  });

  it('merges overlapping ids into flat runs, innermost first', () => {
    const runs = buildRuns(lines, [
      { id: 'outer', start: 0, end: 6 },
      { id: 'inner', start: 2, end: 4 },
      { id: 'cross', start: 3, end: 5 },
    ]);
    expect(runs[0]).toEqual([
      { start: 0, end: 2, ids: ['outer'] },
      { start: 2, end: 3, ids: ['inner', 'outer'] },
      { start: 3, end: 4, ids: ['cross', 'inner', 'outer'] },
      { start: 4, end: 5, ids: ['cross', 'outer'] },
      { start: 5, end: 6, ids: ['outer'] },
    ]);
  });

  it('splits a span across paragraphs at the line break', () => {
    const runs = buildRuns(lines, [{ id: 'x', start: 4, end: 9 }]);
    expect(runs[0]!.at(-1)).toEqual({ start: 4, end: 6, ids: ['x'] });
    expect(runs[1]![0]).toEqual({ start: 7, end: 9, ids: ['x'] });
  });

  it('ignores empty spans and clamps spans past the end', () => {
    const runs = buildRuns(lines, [
      { id: 'e', start: 2, end: 2 },
      { id: 'z', start: 10, end: 99 },
    ]);
    expect(runs[0]).toEqual([{ start: 0, end: 6, ids: [] }]);
    expect(runs[1]).toEqual([
      { start: 7, end: 10, ids: [] },
      { start: 10, end: 11, ids: ['z'] },
    ]);
  });

  it('gives equal keys to equal runs and different keys when paint changes', () => {
    const a = buildRuns(lines, [{ id: 'a', start: 1, end: 3 }]);
    const b = buildRuns(lines, [{ id: 'a', start: 1, end: 3 }]);
    expect(runsKey(a[0]!, () => 'red')).toBe(runsKey(b[0]!, () => 'red'));
    expect(runsKey(a[0]!, () => 'red')).not.toBe(runsKey(b[0]!, () => 'blue'));
  });
});
