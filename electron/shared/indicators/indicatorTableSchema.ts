import { z } from 'zod';
import { DocumentDateSchema } from '../structure/documentDate';
import { AmountSchema, ComparatorSchema, ScaleSchema } from '../values/valueSchema';

/** A document as a column of the indicator table: its columns are ordered by date. */
export const IndicatorDocumentSchema = z.object({ id: z.string(), title: z.string(), date: DocumentDateSchema.nullable() });
export type IndicatorDocument = z.infer<typeof IndicatorDocumentSchema>;

/** One target span in an indicator's row: where it is, its quote as written, and its value as parsed (or as the analyst set it). */
export const IndicatorValueSchema = z.object({
  docId: z.string(),
  spanId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  /** The span's own indicator, before normalising. */
  indicator: z.string(),
  amount: AmountSchema.nullable(),
  amountMax: AmountSchema.nullable(),
  unit: z.string().nullable(),
  scale: ScaleSchema.nullable(),
  comparator: ComparatorSchema.nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const IndicatorRowSchema = z.object({
  /** The group's key (indicatorKey.ts), or the key it was merged into. */
  key: z.string(),
  /** What the row is called: the name given by hand, else the key. */
  name: z.string(),
  /** Every key gathered in the row, its own first, then those merged into it. */
  keys: z.array(z.string()),
  /** In the order of the documents, then of the text. */
  values: z.array(IndicatorValueSchema),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

export const IndicatorTableSchema = z.object({
  /** Every document of the session, oldest first; undated ones last. */
  documents: z.array(IndicatorDocumentSchema),
  /** The indicators found in most documents first. */
  rows: z.array(IndicatorRowSchema),
});
export type IndicatorTable = z.infer<typeof IndicatorTableSchema>;
