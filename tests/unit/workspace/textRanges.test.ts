import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { findMatches } from '../../../renderer/src/workspace/findMatches';
import { hasLongLatinRun } from '../../../renderer/src/workspace/editor/nodes/ReadingParagraphNode';
import { paintStyle, paletteStyle, withAlpha } from '../../../renderer/src/workspace/editor/paint';
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
  const tags: Record<string, string> = { a: 'target', b: 'project', c: 'target' };
  const tagOf = (id: string) => tags[id];
  it('fills with the innermost tag, naming the tag, never a colour', () => {
    expect(paintStyle(['a'], tagOf)).toBe('--mark: var(--tag-target); background-color: var(--tag-target-fill);');
  });
  it('gives every enclosing span a bar, of its tag even when it is the inner tag: the spans are the fill plus the bars', () => {
    // ids innermost first: 'a' is the fill, 'b' and 'c' enclose it.
    const style = paintStyle(['a', 'b', 'c'], tagOf);
    expect(style).toContain('background-color: var(--tag-target-fill);');
    // The outermost ('c') takes the bottom edge, the next ('b') the top: two bars a line's height apart, not touching stripes.
    expect(style).toContain(
      'background-image: linear-gradient(to top, var(--tag-target) 0 3px, transparent 3px), linear-gradient(to bottom, var(--tag-project) 0 3px, transparent 3px);',
    );
    expect(style).not.toContain('box-shadow');
  });
  it('keeps the outermost span on the bottom edge however deep the nesting, and stacks a second bar per edge one pixel in', () => {
    const two = paintStyle(['b', 'a'], tagOf);
    expect(two).toContain('background-image: linear-gradient(to top, var(--tag-target) 0 3px, transparent 3px);');
    const deep = paintStyle(['s1', 's2', 's3', 's4', 's5', 's6'], (id) => `t${id.slice(1)}`);
    expect(deep).toContain('linear-gradient(to top, var(--tag-t6) 0 3px, transparent 3px 4px, var(--tag-t4) 4px 6px, transparent 6px)');
    expect(deep).toContain('linear-gradient(to bottom, var(--tag-t5) 0 3px, transparent 3px 4px, var(--tag-t3) 4px 6px, transparent 6px)');
    // Four bars at most: 's2', the innermost of the enclosing spans, gets none (the popover lists it).
    expect(deep).not.toContain('--tag-t2');
  });
  it('paints nothing for spans whose tag is unknown', () => {
    expect(paintStyle(['zz'], tagOf)).toBe('');
  });
});

describe('paletteStyle', () => {
  it("sets each tag's colour and its translucent fill as custom properties, the only place colours appear", () => {
    const tag = (id: string, color: string) => ({ id, color, label: { zh: id, en: id }, hotkey: null });
    expect(paletteStyle([tag('target', '#E8590C'), tag('policy', '#2f9e44')])).toEqual({
      '--tag-target': '#e8590c',
      '--tag-target-fill': withAlpha('#e8590c', 0.2),
      '--tag-policy': '#2f9e44',
      '--tag-policy-fill': 'rgba(47, 158, 68, 0.2)',
    });
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
