import type { FoldedText } from '../../shared/search/foldText';
import { FoldMap } from '../../shared/search/foldMap';

/** A space after a digit, before another digit, a unit sign or a Chinese character: 4 9 2 5 0 万吨, 8 ％, 1 9 9 8 年. */
const SPACED = /(?<=\d) +(?=[\d%‰\u4e00-\u9fff])/gu;
/** The same, to test with: a global pattern's test would move the start of matchAll. */
const SPACED_ANYWHERE = new RegExp(SPACED.source, 'u');

/**
 * The folded text with the spaces inside and after numbers dropped, for
 * sources that print every digit apart (the 1998 report's 4 9 2 5 0 万吨),
 * so that the cue table reads them as the numbers they are. The map still
 * leads to the original's code points, spaces included in a range that
 * spans them.
 */
export function joinSpacedDigits(text: FoldedText): FoldedText {
  const { folded, map } = text;
  if (!SPACED_ANYWHERE.test(folded)) return text;
  const origin: number[] = [];
  let joined = '';
  let from = 0;
  for (const m of folded.matchAll(SPACED)) {
    joined += folded.slice(from, m.index);
    for (let i = from; i < m.index; i++) origin.push(map.toOriginal(i, i + 1).start);
    from = m.index + m[0].length;
  }
  joined += folded.slice(from);
  for (let i = from; i < folded.length; i++) origin.push(map.toOriginal(i, i + 1).start);
  return { folded: joined, map: new FoldMap(Int32Array.from(origin), map.originalLength) };
}
