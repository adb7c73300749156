import { z } from 'zod';
import { AnalystSchema, AnnotationSchema, DocumentIdSchema, TagIdSchema } from '../model';

/** The shapes of the agreement view's and curation's operations (contract.ts lists the operations). */

const Figure = z.number().nullable();
export const AgreementFiguresSchema = z.object({ f1Exact: Figure, f1Overlap: Figure, kappa: Figure, alphaU: Figure });

export const AgreementPairSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** The documents both analysts have spans in: the figures are over these. */
  documents: z.number().int(),
  perTag: z.record(z.string(), AgreementFiguresSchema),
  overall: AgreementFiguresSchema,
});
export type AgreementPair = z.infer<typeof AgreementPairSchema>;

export const AgreementMatrixRequestSchema = z
  .object({
    /** Left out or null: every document of the session. */
    docIds: z.array(DocumentIdSchema).max(100_000).nullable().default(null),
    /** Left out or null: every tag, and `overall` over all of them. */
    tag: TagIdSchema.nullable().default(null),
  })
  .strict();

export const AgreementMatrixSchema = z.object({
  /** Every analyst with a layer, by id; `own` is the one this app works as. */
  analysts: z.array(AnalystSchema.extend({ own: z.boolean(), spans: z.number().int() })),
  /** Every two analysts over the documents in scope, pooled. */
  corpus: z.array(AgreementPairSchema),
  /** The documents in scope that two analysts or more have spans in, each with its own figures. */
  documents: z.array(z.object({ docId: z.string(), title: z.string(), pairs: z.array(AgreementPairSchema) })),
});
export type AgreementMatrix = z.infer<typeof AgreementMatrixSchema>;

export const DisagreementsRequestSchema = z
  .object({
    a: AnalystSchema.shape.id,
    b: AnalystSchema.shape.id,
    docId: DocumentIdSchema.nullable().default(null),
    tag: TagIdSchema.nullable().default(null),
  })
  .strict();

export const DisagreementSpanSchema = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  tag: z.string(),
  quote: z.string(),
  note: z.string(),
  /** The span inside its sentence, as a search hit is shown. */
  context: z.object({ before: z.string(), hit: z.string(), after: z.string(), clippedBefore: z.boolean(), clippedAfter: z.boolean() }),
});
export type DisagreementSpan = z.infer<typeof DisagreementSpanSchema>;

/**
 * Where two analysts differ: `missing` when one has a span the other has nothing over, `boundary` when both have
 * the tag over overlapping but different ranges, `tag` when their overlapping spans differ in tag.
 */
export const DISAGREEMENT_KINDS = ['missing', 'boundary', 'tag'] as const;
export const DisagreementSchema = z.object({
  docId: z.string(),
  title: z.string(),
  /** The clause path at the first of the two spans, outermost heading first. */
  section: z.array(z.string()),
  kind: z.enum(DISAGREEMENT_KINDS),
  a: DisagreementSpanSchema.nullable(),
  b: DisagreementSpanSchema.nullable(),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const CurationTakeRequestSchema = z
  .object({
    docId: DocumentIdSchema,
    analyst: AnalystSchema.shape.id,
    spanIds: z.array(z.string().min(1).max(200)).min(1).max(100_000),
  })
  .strict();

export const CurationTakeAgreedRequestSchema = z
  .object({
    docId: DocumentIdSchema,
    /** Left out or null: every other analyst with spans in the document; at least two. */
    analysts: z.array(AnalystSchema.shape.id).min(2).max(1000).nullable().default(null),
  })
  .strict();

export const CurationResultSchema = z.object({
  /** The spans made in the own layer. */
  taken: z.array(AnnotationSchema),
  /** Spans left out because the own layer already held the same range with the same tag. */
  alreadyOwn: z.number().int(),
});
export type CurationResult = z.infer<typeof CurationResultSchema>;

/** Which spans an export carries: the own layer, or every analyst's (from the team replica). */
export const ExportLayersSchema = z.enum(['own', 'all']);
