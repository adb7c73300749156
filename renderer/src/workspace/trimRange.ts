import type { OffsetMap } from '../../../electron/shared/codePoints';

/** A code-point range of the document. */
export interface TextRange {
  start: number;
  end: number;
}

const SPACE = /\s/;

/**
 * The range without its leading and trailing whitespace (ideographic spaces
 * and line breaks included), or null when nothing else is left. Whitespace is
 * all in the BMP, so stepping by UTF-16 units never splits a character.
 */
export function trimRange(map: OffsetMap, range: TextRange): TextRange | null {
  let a = map.toUtf16(Math.min(range.start, range.end));
  let b = map.toUtf16(Math.max(range.start, range.end));
  while (a < b && SPACE.test(map.text[a]!)) a++;
  while (b > a && SPACE.test(map.text[b - 1]!)) b--;
  if (a === b) return null;
  return { start: map.toCodePoint(a), end: map.toCodePoint(b) };
}
