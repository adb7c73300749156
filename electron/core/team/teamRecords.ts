import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AnalystSchema, RelationIdSchema, RelationTypeSchema, TagIdSchema, TagSchema } from '../../shared/model';

/**
 * What a team's CouchDB database holds: one record per document text, per span, per relation, per tag and per
 * relation type. Every record read
 * from a server is checked against these before use, as any input is: a server may hold what no Pizhu wrote.
 */

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');
const Offset = z.number().int().nonnegative().max(1_000_000_000);
const SpanId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const TeamDocumentSchema = z
  .object({
    _id: z.string(),
    _rev: z.string().optional(),
    type: z.literal('document'),
    hash: Sha256,
    title: z.string().max(10_000),
    text: z.string(),
  })
  .refine((doc) => doc._id === documentRecordId(doc.hash), 'the id is not doc:HASH')
  // Two analysts who import the same text meet on the same record; a text that does not hash to its id is refused.
  .refine((doc) => sha256(doc.text) === doc.hash, 'the text does not match its hash');
export type TeamDocument = z.infer<typeof TeamDocumentSchema>;

export const TeamSpanSchema = z
  .object({
    _id: z.string(),
    _rev: z.string().optional(),
    type: z.literal('span'),
    annotator: AnalystSchema,
    spanId: SpanId,
    docHash: Sha256,
    start: Offset,
    end: Offset,
    tag: TagIdSchema,
    quote: z.string().max(1_000_000),
    note: z.string().max(100_000),
    created: z.string().max(40),
    modified: z.string().max(40),
  })
  .refine((span) => span.end > span.start, 'the span is empty')
  .refine((span) => span._id === spanRecordId(span.annotator.id, span.spanId), 'the id is not span:ANALYST:ID');
export type TeamSpan = z.infer<typeof TeamSpanSchema>;

export const TeamTagSchema = z
  .object({ _id: z.string(), _rev: z.string().optional(), type: z.literal('tag'), tag: TagSchema })
  .refine((doc) => doc._id === `tag:${doc.tag.id}`, 'the id is not tag:ID');
export type TeamTag = z.infer<typeof TeamTagSchema>;

/** A relation as the journal holds it, its document named by its text's hash and its ends by the analyst's span ids. */
export const TeamRelationSchema = z
  .object({
    _id: z.string(),
    _rev: z.string().optional(),
    type: z.literal('relation'),
    annotator: AnalystSchema,
    relationId: RelationIdSchema,
    docHash: Sha256,
    /** The relation type's id (a record's `type` says what kind of record it is). */
    relationType: TagIdSchema,
    from: SpanId,
    to: SpanId,
    note: z.string().max(100_000),
    created: z.string().max(40),
    modified: z.string().max(40),
  })
  .refine((r) => r.from !== r.to, 'the relation joins a span to itself')
  .refine((r) => r._id === relationRecordId(r.annotator.id, r.relationId), 'the id is not rel:ANALYST:ID');
export type TeamRelation = z.infer<typeof TeamRelationSchema>;

export const TeamRelationTypeSchema = z
  .object({ _id: z.string(), _rev: z.string().optional(), type: z.literal('relationType'), relationType: RelationTypeSchema })
  .refine((doc) => doc._id === relationTypeRecordId(doc.relationType.id), 'the id is not reltype:ID');
export type TeamRelationType = z.infer<typeof TeamRelationTypeSchema>;

/** The schema a record must pass, by the kind it says it is; null for a kind no Pizhu writes. */
export function recordSchema(doc: Record<string, unknown>) {
  switch (doc.type) {
    case 'document':
      return TeamDocumentSchema;
    case 'span':
      return TeamSpanSchema;
    case 'tag':
      return TeamTagSchema;
    case 'relation':
      return TeamRelationSchema;
    case 'relationType':
      return TeamRelationTypeSchema;
    default:
      return null;
  }
}

export const documentRecordId = (hash: string): string => `doc:${hash}`;
export const spanRecordId = (analystId: string, spanId: string): string => `span:${analystId}:${spanId}`;
export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
export const relationRecordId = (analystId: string, relationId: string): string => `rel:${analystId}:${relationId}`;
export const relationTypeRecordId = (id: string): string => `reltype:${id}`;
