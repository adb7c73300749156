import { PizhuError } from '../../shared/errors';
import type { OffsetMap } from '../../shared/codePoints';
import { fragmentProblem, fragmentQuote, spanPieces } from '../../shared/fragments';
import type { Annotation, Fragment } from '../../shared/model';

/**
 * A span moved onto `pieces` of its text: one piece makes it an ordinary
 * span, several a discontinuous one whose start and end are the outer
 * bounds and whose quote joins the pieces. Checked against the text as a
 * new span's range is; the quote always comes from the text.
 */
export function onPieces(span: Annotation, offsets: OffsetMap, pieces: readonly Fragment[]): Annotation {
  const { fragments: _old, ...rest } = span;
  if (pieces.length === 1) {
    const [{ start, end }] = pieces as [Fragment];
    if (!(start < end)) throw new PizhuError('INVALID_INPUT', `empty or reversed span: start ${start} must be less than end ${end}`);
    if (end > offsets.length)
      throw new PizhuError(
        'INVALID_INPUT',
        `offsets out of range: end ${end} is past the end of the document (${offsets.length} characters)`,
      );
    return { ...rest, start, end, quote: offsets.slice(start, end) };
  }
  const problem = fragmentProblem(pieces, offsets.length);
  if (problem) throw new PizhuError('INVALID_INPUT', `span ${span.id}: ${problem}`);
  const fragments = pieces.map(({ start, end }) => ({ start, end }));
  return {
    ...rest,
    start: fragments[0]!.start,
    end: fragments.at(-1)!.end,
    quote: fragmentQuote(fragments, (s, e) => offsets.slice(s, e)),
    fragments,
  };
}

/** A span's pieces with its outer bounds moved: a discontinuous span's first piece starts, and its last ends, where asked. */
export function piecesMoved(span: Annotation, start: number | undefined, end: number | undefined): Fragment[] {
  const pieces = spanPieces(span).map((f) => ({ ...f }));
  if (start !== undefined) pieces[0]!.start = start;
  if (end !== undefined) pieces.at(-1)!.end = end;
  return pieces;
}
