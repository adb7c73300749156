/** A word from a list, found in a text, with what it stands for. */
export interface CueWord<T> {
  start: number;
  end: number;
  meaning: T;
}

/** Each word list sorted longest first once, since a target's value is read many times over with the same lists. */
const SORTED = new WeakMap<ReadonlyArray<readonly [string, unknown]>, ReadonlyArray<readonly [string, unknown]>>();

function sortedLongestFirst<T>(words: ReadonlyArray<readonly [string, T]>): ReadonlyArray<readonly [string, T]> {
  let sorted = SORTED.get(words);
  if (!sorted) SORTED.set(words, (sorted = [...words].sort((a, b) => b[0].length - a[0].length)));
  return sorted as ReadonlyArray<readonly [string, T]>;
}

/**
 * Every occurrence of the listed words in `text` between `from` and `to`,
 * scanning left to right and taking the longest word at each place, so
 * that 不超过 is found as itself and not as 超过, and 力争取得 as 力争.
 */
export function findCueWords<T>(text: string, words: ReadonlyArray<readonly [string, T]>, from = 0, to = text.length): CueWord<T>[] {
  const longestFirst = sortedLongestFirst(words);
  const found: CueWord<T>[] = [];
  let i = from;
  while (i < to) {
    const hit = longestFirst.find(([w]) => i + w.length <= to && text.startsWith(w, i));
    if (hit) {
      found.push({ start: i, end: i + hit[0].length, meaning: hit[1] });
      i += hit[0].length;
    } else i++;
  }
  return found;
}
