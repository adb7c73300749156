import type { AnnotationChange } from './sessionFormat';

/** Records serialised per piece: a few milliseconds of work, about a quarter of a megabyte. */
export const RECORDS_PER_PIECE = 1000;

/**
 * `before + JSON.stringify(change) + after + '\n'`, serialised lazily in
 * pieces of at most RECORDS_PER_PIECE records, for appendLine to write with
 * the event loop running between them. A small change is one piece.
 */
export function* changePieces(change: AnnotationChange, before = '', after = ''): Generator<string> {
  let piece = `${before}{"put":[`;
  let records = 0;
  const flushing = function* (): Generator<string> {
    if (records < RECORDS_PER_PIECE) return;
    yield piece;
    piece = '';
    records = 0;
  };
  for (let i = 0; i < change.put.length; i++) {
    piece += (i ? ',' : '') + JSON.stringify(change.put[i]);
    records++;
    yield* flushing();
  }
  piece += '],"remove":[';
  for (let i = 0; i < change.remove.length; i++) {
    piece += (i ? ',' : '') + JSON.stringify(change.remove[i]);
    // An id is a tenth of a span's size.
    records += 0.1;
    yield* flushing();
  }
  // Relations are few beside spans (a handful per span at most): one piece.
  const relations = change.relations ? `,"relations":${JSON.stringify(change.relations)}` : '';
  yield `${piece}]${relations}}${after}\n`;
}
