import type { OffsetMap } from '../../shared/codePoints';
import { BRAT_LINE_BREAK } from './bratLineBreaks';

/**
 * The pieces of a span between line breaks, as brat's discontinuous form
 * needs: `[start, end]` in code points, empty pieces dropped. A span that
 * starts or ends with a line break therefore comes back without it, and one
 * made only of line breaks has no pieces at all.
 */
export function bratFragments(map: OffsetMap, start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = start;
  let cp = start;
  for (const ch of map.slice(start, end)) {
    if (BRAT_LINE_BREAK.test(ch)) {
      if (cp > from) pieces.push([from, cp]);
      from = cp + 1;
    }
    cp++;
  }
  if (end > from) pieces.push([from, end]);
  return pieces;
}
