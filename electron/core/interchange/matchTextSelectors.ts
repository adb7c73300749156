import { codePointLength, type OffsetMap } from '../../shared/codePoints';

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export type SelectorMatch<D> =
  | { doc: D; start: number; end: number }
  /** `nowhere`: no document has the quote; `several`: more than one place has it and nothing tells them apart. */
  | { unmatched: 'nowhere' | 'several' };

function isLowSurrogate(map: OffsetMap, u: number): boolean {
  const c = map.text.charCodeAt(u);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The code-point spans a TextPositionSelector may mean in a text: code
 * points, as the Web Annotation model counts, or UTF-16 code units, as
 * Recogito's text-annotator counts. A UTF-16 offset inside a surrogate pair
 * means nothing and is not rounded.
 */
function readings(map: OffsetMap, start: number, end: number): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  if (start <= end && end <= map.length) result.push([start, end]);
  if (
    map.utf16Length !== map.length &&
    start <= end &&
    end <= map.utf16Length &&
    !isLowSurrogate(map, start) &&
    !isLowSurrogate(map, end)
  ) {
    const cp: [number, number] = [map.toCodePoint(start), map.toCodePoint(end)];
    if (cp[0] !== start || cp[1] !== end) result.push(cp);
  }
  return result;
}

function contextFits(map: OffsetMap, start: number, end: number, quote: QuoteSelector): boolean {
  const from = map.toUtf16(start);
  const to = map.toUtf16(end);
  return map.text.slice(0, from).endsWith(quote.prefix) && map.text.slice(to).startsWith(quote.suffix);
}

/**
 * Finds the one place in some documents that a text selector means. The
 * position counts first, when the quote is the text there; else the quote
 * with its prefix and suffix, when it occurs exactly once. More than one
 * equally good place is reported, never guessed.
 */
export function matchTextSelectors<D extends { map: OffsetMap }>(
  docs: readonly D[],
  position: { start: number; end: number } | null,
  quote: QuoteSelector,
): SelectorMatch<D> {
  if (!quote.exact) return { unmatched: 'nowhere' };
  if (position && Number.isSafeInteger(position.start) && Number.isSafeInteger(position.end) && position.start >= 0) {
    const hits = docs.flatMap((doc) =>
      readings(doc.map, position.start, position.end)
        .filter(([s, e]) => doc.map.slice(s, e) === quote.exact)
        .map(([start, end]) => ({ doc, start, end })),
    );
    const inContext = hits.length > 1 ? hits.filter((h) => contextFits(h.doc.map, h.start, h.end, quote)) : hits;
    if (inContext.length === 1) return inContext[0]!;
    if (hits.length > 1) return { unmatched: 'several' };
  }
  const needle = quote.prefix + quote.exact + quote.suffix;
  let found: { doc: D; start: number; end: number } | null = null;
  for (const doc of docs) {
    for (let at = doc.map.text.indexOf(needle); at >= 0; at = doc.map.text.indexOf(needle, at + 1)) {
      if (found) return { unmatched: 'several' };
      const start = doc.map.toCodePoint(at + quote.prefix.length);
      found = { doc, start, end: start + codePointLength(quote.exact) };
    }
  }
  return found ?? { unmatched: 'nowhere' };
}
