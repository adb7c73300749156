import type { OffsetMap } from '../../shared/codePoints';
import { FRAGMENT_QUOTE_JOINER, type Fragment } from '../../shared/model';

/** The stretches of text a span covers: its fragments, or its one stretch from start to end. */
export function spanPieces(span: { start: number; end: number; fragments?: readonly Fragment[] | undefined }): Fragment[] {
  return span.fragments?.length ? span.fragments.map((f) => ({ start: f.start, end: f.end })) : [{ start: span.start, end: span.end }];
}

/** A span's quote as the model states it: the text of each piece, joined by FRAGMENT_QUOTE_JOINER. */
export function piecesQuote(map: OffsetMap, pieces: readonly Fragment[]): string {
  return pieces.map((p) => map.slice(p.start, p.end)).join(FRAGMENT_QUOTE_JOINER);
}

/**
 * Why pieces read from a file are not the fragments of one span of a text
 * `length` long, or null when they are: at least two, each non-empty and
 * inside the text, in order and not overlapping.
 */
export function fragmentsProblem(pieces: readonly Fragment[], length: number): string | null {
  if (pieces.length < 2) return 'a discontinuous span needs at least two pieces';
  let previousEnd = 0;
  for (const { start, end } of pieces) {
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > length || end <= start)
      return `piece ${String(start)}–${String(end)} lies outside its text (${length} characters) or is empty`;
    if (start < previousEnd) return 'has pieces that overlap or are out of order';
    previousEnd = end;
  }
  return null;
}
