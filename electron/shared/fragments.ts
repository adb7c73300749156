import { FRAGMENT_QUOTE_JOINER, type Fragment } from './model';

/**
 * The pieces of a discontinuous span (model.ts): what is wrong with them
 * for a text of `length` code points, or null when they may be saved.
 * Pieces may touch but not overlap; each holds at least one character.
 */
export function fragmentProblem(fragments: readonly Fragment[], length: number): string | null {
  if (fragments.length < 2) return 'a discontinuous span has at least two fragments';
  for (const [i, f] of fragments.entries()) {
    if (!(f.start < f.end)) return `fragment ${i + 1} is empty or reversed (${f.start}–${f.end})`;
    if (f.end > length) return `fragment ${i + 1} ends past the end of the document (${f.end} > ${length})`;
    const before = fragments[i - 1];
    if (before && f.start < before.end) return `fragment ${i + 1} (${f.start}–${f.end}) overlaps or comes before fragment ${i}`;
  }
  return null;
}

/** The quote of a discontinuous span: its pieces' texts joined by FRAGMENT_QUOTE_JOINER. */
export function fragmentQuote(fragments: readonly Fragment[], slice: (start: number, end: number) => string): string {
  return fragments.map((f) => slice(f.start, f.end)).join(FRAGMENT_QUOTE_JOINER);
}

/** The pieces with `piece` added: pieces it overlaps or touches merge with it into one, so the result stays ordered and apart. */
export function withFragment(fragments: readonly Fragment[], piece: Fragment): Fragment[] {
  let merged = { ...piece };
  const kept: Fragment[] = [];
  for (const f of fragments) {
    if (f.end < merged.start || f.start > merged.end) kept.push(f);
    else merged = { start: Math.min(f.start, merged.start), end: Math.max(f.end, merged.end) };
  }
  return [...kept, merged].sort((a, b) => a.start - b.start);
}

/** The pieces a span is painted in: its fragments, or its one range. */
export function spanPieces(span: { start: number; end: number; fragments?: readonly Fragment[] }): readonly Fragment[] {
  return span.fragments ?? [{ start: span.start, end: span.end }];
}
