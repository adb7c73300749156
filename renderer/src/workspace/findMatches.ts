import type { OffsetMap } from '../../../electron/shared/codePoints';
import type { TextRange } from './trimRange';

/**
 * Every non-overlapping occurrence of `query` in the text, as code-point
 * ranges in text order. Case-insensitive where lower-casing keeps the text's
 * length (so UTF-16 positions still line up), exact otherwise.
 */
export function findMatches(map: OffsetMap, query: string): TextRange[] {
  if (!query) return [];
  let haystack = map.text;
  let needle = query;
  const lower = haystack.toLowerCase();
  const lowerQuery = needle.toLowerCase();
  if (lower.length === haystack.length && lowerQuery.length === needle.length) {
    haystack = lower;
    needle = lowerQuery;
  }
  const matches: TextRange[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    matches.push({ start: map.toCodePoint(at), end: map.toCodePoint(at + needle.length) });
  }
  return matches;
}
