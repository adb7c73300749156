import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { findMatches } from '../../../renderer/src/workspace/findMatches';
import { paintStyle, withAlpha } from '../../../renderer/src/workspace/paint';
import { hasLongLatinRun } from '../../../renderer/src/workspace/ReadingParagraphNode';
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
  it('gives every enclosing span a bar, of its colour even when it is the inner colour: the spans are the fill plus the bars', () => {
    // ids innermost first: 'a' is the fill, 'b' and 'c' enclose it.
    const style = paintStyle(['a', 'b', 'c'], colorOf);
    expect(style).toContain(`background-color: ${withAlpha('#e8590c', 0.2)};`);
    // The outermost ('c') takes the bottom edge, the next ('b') the top: two bars a line's height apart, not touching stripes.
    expect(style).toContain(
      'background-image: linear-gradient(to top, #e8590c 0 3px, transparent 3px), linear-gradient(to bottom, #1c7ed6 0 3px, transparent 3px);',
    );
    expect(style).not.toContain('box-shadow');
  });
  it('keeps the outermost span on the bottom edge however deep the nesting, and stacks a second bar per edge one pixel in', () => {
    const two = paintStyle(['b', 'a'], colorOf);
    expect(two).toContain('background-image: linear-gradient(to top, #e8590c 0 3px, transparent 3px);');
    const colors5: Record<string, string> = { s1: '#111111', s2: '#222222', s3: '#333333', s4: '#444444', s5: '#555555', s6: '#666666' };
    const deep = paintStyle(['s1', 's2', 's3', 's4', 's5', 's6'], (id) => colors5[id]);
    expect(deep).toContain('linear-gradient(to top, #666666 0 3px, transparent 3px 4px, #444444 4px 6px, transparent 6px)');
    expect(deep).toContain('linear-gradient(to bottom, #555555 0 3px, transparent 3px 4px, #333333 4px 6px, transparent 6px)');
    // Four bars at most: 's2', the innermost of the enclosing spans, gets none (the popover lists it).
    expect(deep).not.toContain('#222222');
  });
  it('paints nothing for spans whose colour is unknown', () => {
    expect(paintStyle(['zz'], colorOf)).toBe('');
  });
});

describe('hasLongLatinRun', () => {
  it('finds links and codes that wrap as one piece, not words, numbers or Chinese', () => {
    expect(hasLongLatinRun('原文链接：https://www.gov.cn/zhengce/content/202401/content_6924712.htm')).toBe(true);
    expect(hasLongLatinRun('统一社会信用代码 91370200MA3C12345X')).toBe(true);
    expect(hasLongLatinRun('English words inside a line are fine, even long ones like interregional')).toBe(false);
    expect(hasLongLatinRun('全年新开工项目100个，总投资300亿元，RCEP山东经贸合作示范区')).toBe(false);
  });
});
