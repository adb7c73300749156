import { z } from 'zod';
import { AnnotationSchema } from '../model';
import { DocumentDateSchema } from '../structure/documentDate';

/**
 * What the span table (issue 13) lists: every span of the session, as
 * stored with its section and a target's value filled in, and the words
 * around it in its sentence. Document fields are sent once per document,
 * not once per row: 50,000 rows would repeat fifty titles a thousand times.
 */

/** The sentence around a span, cut to a window either side; `clipped…` says the sentence goes on past the cut. */
export const SpanContextSchema = z.object({
  before: z.string(),
  after: z.string(),
  clippedBefore: z.boolean(),
  clippedAfter: z.boolean(),
});
export type SpanContext = z.infer<typeof SpanContextSchema>;

export const SpanTableRowSchema = AnnotationSchema.extend({ context: SpanContextSchema });
export type SpanTableRow = z.infer<typeof SpanTableRowSchema>;

export const SpanTableDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: DocumentDateSchema.nullable(),
});
export type SpanTableDocument = z.infer<typeof SpanTableDocumentSchema>;

export const SpanTableSchema = z.object({
  /** Every document of the session, in the session's order, with spans or without. */
  documents: z.array(SpanTableDocumentSchema),
  /** In document order, then text order. */
  rows: z.array(SpanTableRowSchema),
});
export type SpanTable = z.infer<typeof SpanTableSchema>;
