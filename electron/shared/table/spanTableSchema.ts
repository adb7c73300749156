import { z } from 'zod';
import { AnnotationIdSchema, AnnotationSchema, RelationIdSchema, TagIdSchema } from '../model';
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

/**
 * A relation as a row of the table shows it: its type, whether it goes from
 * this span (`out`) or to it (`in`), and the span at its other end with a
 * short quote, so the table shows links without asking each document.
 */
export const SpanRowRelationSchema = z.object({
  id: RelationIdSchema,
  type: TagIdSchema,
  direction: z.enum(['out', 'in']),
  other: AnnotationIdSchema,
  otherQuote: z.string(),
});
export type SpanRowRelation = z.infer<typeof SpanRowRelationSchema>;

export const SpanTableRowSchema = AnnotationSchema.extend({
  context: SpanContextSchema,
  /** The relations that join the span, in the order they were made. */
  relations: z.array(SpanRowRelationSchema),
});
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
