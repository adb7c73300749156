import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { findMatches } from '../../../renderer/src/workspace/findMatches';
import { paintStyle, withAlpha } from '../../../renderer/src/workspace/paint';
import { trimRange } from '../../../renderer/src/workspace/trimRange';

describe('trimRange', () => {
  const map = new OffsetMap('\u3000\u3000𠮷政策 \n😀 ');
  it('drops ideographic spaces, spaces and newlines at both ends, in code points', () => {
    expect(trimRange(map, { start: 0, end: 9 })).toEqual({ start: 2, end: 8 });
    expect(map.slice(2, 8)).toBe('𠮷政策 \n😀');
  });
  it('accepts a backward range and returns null when only whitespace is selected', () => {
    expect(trimRange(map, { start: 5, end: 2 })).toEqual({ start: 2, end: 5 });
    expect(trimRange(map, { start: 0, end: 2 })).toBeNull();
    expect(trimRange(map, { start: 3, end: 3 })).toBeNull();
  });
});

describe('findMatches', () => {
  it('finds non-overlapping matches as code-point ranges after astral characters', () => {
    const map = new OffsetMap('𠮷加快加快加快发展😀加快');
    expect(findMatches(map, '加快加快')).toEqual([{ start: 1, end: 5 }]);
    expect(findMatches(map, '加快').map((r) => map.slice(r.start, r.end))).toEqual(['加快', '加快', '加快', '加快']);
    expect(findMatches(map, '加快').at(-1)).toEqual({ start: 10, end: 12 });
  });
  it('ignores case and finds nothing for an empty query', () => {
    const map = new OffsetMap('GDP 增长, gdp 总量');
    expect(findMatches(map, 'Gdp')).toEqual([
      { start: 0, end: 3 },
      { start: 8, end: 11 },
    ]);
    expect(findMatches(map, '')).toEqual([]);
  });
});

describe('paintStyle', () => {
  const colors: Record<string, string> = { a: '#E8590C', b: '#1c7ed6', c: '#e8590c' };
  const colorOf = (id: string) => colors[id];
  it('paints the innermost colour as the background', () => {
    expect(paintStyle(['a'], colorOf)).toBe(`--mark: #e8590c; background-color: ${withAlpha('#e8590c', 0.2)};`);
  });
  it('adds a band for every other colour and deepens nested spans of one colour', () => {
    const style = paintStyle(['a', 'b', 'c'], colorOf);
    expect(style).toContain(withAlpha('#e8590c', 0.32));
    expect(style).toContain('box-shadow: inset 0 -3px 0 0 #1c7ed6;');
  });
  it('paints nothing for spans whose colour is unknown', () => {
    expect(paintStyle(['zz'], colorOf)).toBe('');
  });
});
