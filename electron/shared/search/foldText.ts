import { characterFolder, type FoldOptions } from './characterFold';
import { FoldMap } from './foldMap';

/** A text folded for searching, with the way back to the original's code points. */
export interface FoldedText {
  folded: string;
  map: FoldMap;
}

/**
 * Folds `text` character by character (characterFold.ts says how) and
 * records where each folded unit came from. Runs of characters that fold to
 * themselves, most of any Chinese text, are copied as slices.
 */
export function foldText(text: string, options: FoldOptions = {}): FoldedText {
  const fold = characterFolder(options);
  let origin: Int32Array = new Int32Array(text.length + 8);
  let folded = '';
  /** Start (UTF-16) of the run of characters copied unchanged so far. */
  let run = 0;
  /** Folded units so far. */
  let n = 0;
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    const c = text.charCodeAt(i);
    // The CJK Unified Ideographs block folds to itself; skipping the folder for it is most of the speed.
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (n === origin.length) origin = grown(origin, 1);
      origin[n++] = cp;
      continue;
    }
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) width = 2;
    }
    const ch = width === 1 ? text[i]! : text.slice(i, i + 2);
    const f = fold(ch);
    if (n + f.length > origin.length) origin = grown(origin, f.length);
    for (let k = 0; k < f.length; k++) origin[n++] = cp;
    if (f !== ch) {
      folded += text.slice(run, i) + f;
      run = i + width;
    }
    i += width - 1;
  }
  folded += text.slice(run);
  return { folded, map: new FoldMap(origin.subarray(0, n), cp) };
}

/** `origin` with room for at least `more` units beyond its length. */
function grown(origin: Int32Array, more: number): Int32Array {
  const next = new Int32Array(Math.max(origin.length * 2, origin.length + more));
  next.set(origin);
  return next;
}
