import type { OffsetMap } from '../../../../electron/shared/codePoints';
import { trimRange, type TextRange } from '../trimRange';
import type { WordBoundaries } from '../wordBoundaries';

/** Which end of a span moves. */
export type Edge = 'start' | 'end';

function withEdge(range: TextRange, edge: Edge, at: number): TextRange {
  return edge === 'start' ? { start: at, end: range.end } : { start: range.start, end: at };
}

/**
 * The range with one edge moved a step (a character, or a word when `words`
 * is given) forwards (`step` 1) or backwards (-1). A span neither begins nor
 * ends with whitespace, so the edge steps over spaces and line breaks until
 * it takes in a character; the range comes back unchanged when the edge
 * cannot move (the text's end, or a span of one step).
 */
export function stepEdge(map: OffsetMap, range: TextRange, edge: Edge, step: 1 | -1, words: WordBoundaries | null): TextRange {
  let at = range[edge];
  for (;;) {
    const next = words ? words.next(at, step) : at + step;
    if (next === at || next < 0 || next > map.length) return range;
    at = next;
    const moved = withEdge(range, edge, at);
    if (moved.end <= moved.start) return range;
    const trimmed = trimRange(map, moved);
    if (!trimmed) return range;
    if (trimmed[edge] !== range[edge]) return trimmed;
  }
}

/**
 * The range with one edge dragged to `offset` (the nearest word boundary
 * when `words` is given), kept at least one character long and trimmed of
 * whitespace; unchanged when nothing but whitespace would be left.
 */
export function dragEdge(map: OffsetMap, range: TextRange, edge: Edge, offset: number, words: WordBoundaries | null): TextRange {
  const at = words ? words.nearest(offset) : offset;
  const moved =
    edge === 'start' ? withEdge(range, 'start', Math.min(at, range.end - 1)) : withEdge(range, 'end', Math.max(at, range.start + 1));
  return trimRange(map, moved) ?? range;
}
