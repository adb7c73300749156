import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { dragEdge, stepEdge } from '../../../renderer/src/workspace/editor/spanEdges';
import { splitLines } from '../../../renderer/src/workspace/segments';
import { WordBoundaries } from '../../../renderer/src/workspace/wordBoundaries';

// 确保|年内|游客|接待|量|增长|20|%|以上, then a paragraph after a blank line; 𠮷 is one code point, two UTF-16 units.
const TEXT = '𠮷确保年内游客接待量增长20%以上 。\n\n要吃透产业发展现状';
const map = new OffsetMap(TEXT);
const lines = splitLines(TEXT, []);
const words = new WordBoundaries(map, lines);
const quote = (r: { start: number; end: number }) => map.slice(r.start, r.end);
/** The code-point range of the first `phrase` in the text. */
const at = (phrase: string) => {
  const start = [...TEXT.slice(0, TEXT.indexOf(phrase))].length;
  return { start, end: start + [...phrase].length };
};

describe('word boundaries', () => {
  it('come from Intl.Segmenter per line, in code points after astral characters', () => {
    expect(words.atOrBefore(at('年内').start + 1)).toBe(at('年内').start);
    expect(words.atOrAfter(at('年内').start + 1)).toBe(at('年内').end);
    expect(words.nearest(at('接待').start + 1)).toBe(at('接待').start);
    expect(words.next(at('游客').end, 1)).toBe(at('接待').end);
    expect(words.next(at('游客').end, -1)).toBe(at('游客').start);
  });
  it('grow a new span to whole words, and leave one that already is unchanged', () => {
    expect(quote(words.snap({ start: at('年内').start + 1, end: at('游客').start + 1 }))).toBe('年内游客');
    expect(words.snap(at('接待量'))).toEqual(at('接待量'));
  });
  it('step over a line break into the next or previous line', () => {
    const lineEnd = lines[0]!.end;
    expect(words.next(lineEnd, 1)).toBe(lines[1]!.start);
    expect(words.next(lines[2]!.start, -1)).toBe(lines[1]!.end);
  });
});

describe('moving an edge by a step', () => {
  it('moves the end or the start a character either way', () => {
    const span = at('游客接待');
    expect(quote(stepEdge(map, span, 'end', 1, null))).toBe('游客接待量');
    expect(quote(stepEdge(map, span, 'end', -1, null))).toBe('游客接');
    expect(quote(stepEdge(map, span, 'start', -1, null))).toBe('内游客接待');
    expect(quote(stepEdge(map, span, 'start', 1, null))).toBe('客接待');
  });
  it('moves a word at a time with word boundaries', () => {
    const span = at('游客');
    expect(quote(stepEdge(map, span, 'end', 1, words))).toBe('游客接待');
    expect(quote(stepEdge(map, span, 'start', -1, words))).toBe('年内游客');
    expect(stepEdge(map, span, 'end', -1, words)).toEqual(span);
  });
  it('steps over whitespace and line breaks, so a span never ends or begins with them', () => {
    expect(quote(stepEdge(map, at('以上'), 'end', 1, null))).toBe('以上 。');
    expect(quote(stepEdge(map, at('以上 。'), 'end', 1, null))).toBe('以上 。\n\n要');
    expect(quote(stepEdge(map, at('以上 。'), 'end', -1, null))).toBe('以上');
    expect(quote(stepEdge(map, at('要吃'), 'start', -1, null))).toBe('。\n\n要吃');
  });
  it('keeps at least one character, and stops at the text’s ends', () => {
    const one = at('量');
    expect(stepEdge(map, one, 'end', -1, null)).toEqual(one);
    expect(stepEdge(map, one, 'start', 1, null)).toEqual(one);
    expect(stepEdge(map, { start: 0, end: 1 }, 'start', -1, null)).toEqual({ start: 0, end: 1 });
    const last = at('现状');
    expect(stepEdge(map, last, 'end', 1, null)).toEqual(last);
    expect(stepEdge(map, last, 'end', 1, words)).toEqual(last);
  });
  it('steps over an astral character as one code point', () => {
    expect(quote(stepEdge(map, at('确保'), 'start', -1, null))).toBe('𠮷确保');
  });
});

describe('dragging an edge', () => {
  it('puts the edge where the pointer is, at least one character from the other edge', () => {
    const span = at('游客接待');
    expect(quote(dragEdge(map, span, 'end', at('增长').end, null))).toBe('游客接待量增长');
    expect(quote(dragEdge(map, span, 'start', at('确保').start, null))).toBe('确保年内游客接待');
    expect(quote(dragEdge(map, span, 'start', at('增长').end, null))).toBe('待');
    expect(quote(dragEdge(map, span, 'end', 0, null))).toBe('游');
  });
  it('snaps to the nearest word boundary, and trims whitespace it would take in', () => {
    const span = at('游客');
    expect(quote(dragEdge(map, span, 'end', at('接待').start + 1, words))).toBe('游客');
    expect(quote(dragEdge(map, span, 'end', at('增长').start + 1, words))).toBe('游客接待量');
    expect(quote(dragEdge(map, at('以上'), 'end', at('以上').end + 1, null))).toBe('以上');
  });
});
