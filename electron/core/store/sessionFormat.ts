import { z } from 'zod';
import {
  AnnotationIdSchema,
  AnnotationSchema,
  DocumentIdSchema,
  DocumentRecordSchema,
  DocumentSourceSchema,
  RelationIdSchema,
  RelationSchema,
  RelationTypeSchema,
  TagSchema,
  ViewStateSchema,
} from '../../shared/model';
import { DocumentDateSchema } from '../../shared/structure/documentDate';
import { SuggestionIdSchema } from '../../shared/suggest/suggestionItem';
import { SuggestionTagSchema } from '../../shared/suggest/suggestionSchema';

/**
 * The on-disk layout of a session, a folder:
 *   session.json            the index: format marker, schema version, tags, relation types, document list, view state
 *   documents/ID.json       one document's text, written once at import
 *   annotations/ID.json     one document's spans and the relations between them (snapshot)
 *   annotations/ID.log      changes to both since the snapshot, one JSON line each, appended and fsynced
 *   history.log             the undo and redo steps, one JSON line each, appended and fsynced
 *   suggestions/ID.json     the suggestions rejected in one document (absent until the first rejection)
 * so that saving one span appends one line and never rewrites any text.
 * Every id read from these files is checked against the id grammar of
 * shared/model.ts before it is used: a document id names files here.
 */
export const SESSION_FORMAT = 'pizhu-session';
/** 3: relation types in session.json and relations in the span files (an older build would drop them unseen, so it must refuse the session). */
export const SCHEMA_VERSION = 3;
export const INDEX_FILE = 'session.json';
export const DOCUMENTS_DIR = 'documents';
export const ANNOTATIONS_DIR = 'annotations';
export const HISTORY_FILE = 'history.log';
export const SUGGESTIONS_DIR = 'suggestions';

/** A span as a session stores it: its ids follow the grammar (exports may carry ids of any shape; they get new ones on import). */
export const StoredAnnotationSchema = AnnotationSchema.extend({ id: AnnotationIdSchema, docId: DocumentIdSchema });

/** A relation as a session stores it: its ids, and the ids of the spans it joins, follow the grammar. */
export const StoredRelationSchema = RelationSchema.extend({
  id: RelationIdSchema,
  docId: DocumentIdSchema,
  from: AnnotationIdSchema,
  to: AnnotationIdSchema,
});

export const DocumentEntrySchema = z.object({
  id: DocumentIdSchema,
  title: z.string(),
  hash: z.string(),
  length: z.number().int().nonnegative(),
  source: DocumentSourceSchema,
  /** The document's date as found on import or set by hand; absent in sessions from before it existed (then read from its text). */
  date: DocumentDateSchema.nullable().optional(),
});
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

export const SessionIndexSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  created: z.string(),
  tags: z.array(TagSchema),
  relationTypes: z.array(RelationTypeSchema),
  documents: z.array(DocumentEntrySchema),
  view: ViewStateSchema,
});
export type SessionIndex = z.infer<typeof SessionIndexSchema>;

/** Schema 2 is schema 3 without relations: its index gains the default relation types when migrated. */
export const SessionV2Schema = SessionIndexSchema.omit({ relationTypes: true }).extend({ schemaVersion: z.literal(2) });

/** Schema 1 kept everything in one session.json; kept here to migrate such sessions forward. */
export const SessionV1Schema = z.object({
  format: z.literal(SESSION_FORMAT),
  schemaVersion: z.literal(1),
  created: z.string(),
  tags: z.array(TagSchema),
  documents: z.array(DocumentRecordSchema.extend({ id: DocumentIdSchema })),
  annotations: z.array(StoredAnnotationSchema),
  view: ViewStateSchema,
});
export type SessionV1 = z.infer<typeof SessionV1Schema>;

export const AnnotationSnapshotSchema = z.object({
  docId: DocumentIdSchema,
  annotations: z.array(StoredAnnotationSchema),
  /** Absent in snapshots written before relations existed. */
  relations: z.array(StoredRelationSchema).optional(),
});
export type AnnotationSnapshot = z.infer<typeof AnnotationSnapshotSchema>;

/** Relations put (whole records) and removed (by id) in one change. */
export const RelationChangeSchema = z.object({
  put: z.array(StoredRelationSchema).default([]),
  remove: z.array(RelationIdSchema).default([]),
});
export type RelationChange = z.infer<typeof RelationChangeSchema>;

/**
 * One acknowledged change to a document's spans, and to the relations between them: a line of its log.
 * Applied in this order: spans removed, spans put, relations removed, relations put; a line without
 * `relations` (every line written before they existed) changes none.
 */
export const AnnotationChangeSchema = z.object({
  put: z.array(StoredAnnotationSchema).default([]),
  remove: z.array(AnnotationIdSchema).default([]),
  relations: RelationChangeSchema.optional(),
});
export type AnnotationChange = z.infer<typeof AnnotationChangeSchema>;

/** A suggestion the analyst rejected: it never comes back, and its text counts against suggesting that text elsewhere. */
export const RejectionSchema = z.object({
  id: SuggestionIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  tag: SuggestionTagSchema,
  quote: z.string(),
  rule: z.string().min(1),
  at: z.string(),
});
export type Rejection = z.infer<typeof RejectionSchema>;

export const SUGGESTIONS_FORMAT = 'pizhu-suggestions';
export const SUGGESTIONS_VERSION = 1;
/** suggestions/ID.json: one document's rejected suggestions, rewritten whole (atomically) at each decision. */
export const SuggestionFileSchema = z.object({
  format: z.literal(SUGGESTIONS_FORMAT),
  version: z.literal(SUGGESTIONS_VERSION),
  docId: DocumentIdSchema,
  rejected: z.array(RejectionSchema),
});
export type SuggestionFile = z.infer<typeof SuggestionFileSchema>;

/** A change to one document's rejections: rejections added, and ids of rejections withdrawn. */
export const RejectionChangeSchema = z.object({
  add: z.array(RejectionSchema).default([]),
  remove: z.array(SuggestionIdSchema).default([]),
});
export type RejectionChange = z.infer<typeof RejectionChangeSchema>;

/**
 * The part of an undo or redo step that falls on one document: a change to its spans, and to its rejected
 * suggestions when the step undoes a rejection (steps written before suggestions have none).
 */
export const DocumentChangeSchema = z
  .object({ docId: DocumentIdSchema, change: AnnotationChangeSchema, rejections: RejectionChangeSchema.optional() })
  .refine(
    (part) =>
      part.change.put.every((a) => a.docId === part.docId) && (part.change.relations?.put ?? []).every((r) => r.docId === part.docId),
    'a step names spans or relations of another document',
  );
export type DocumentChange = z.infer<typeof DocumentChangeSchema>;

/**
 * One undo or redo step: the changes that take the session one step back
 * (or forward), one per document. A step of one document is written as that
 * document's change, as every step was before steps could span documents (a
 * search's "tag all"), so such lines read the same in older builds; a step
 * of several is `{"changes":[...]}`, which an older build keeps aside as
 * damage rather than half-apply.
 */
export const HistoryEntrySchema = z.union([
  z.object({ changes: z.array(DocumentChangeSchema).min(1) }).strict(),
  DocumentChangeSchema.transform((part) => ({ changes: [part] })),
]);
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/** A step as history.log holds it (see HistoryEntrySchema). */
export function entryOnDisk(entry: HistoryEntry): DocumentChange | HistoryEntry {
  return entry.changes.length === 1 ? entry.changes[0]! : entry;
}

/**
 * One line of history.log after its header: what happened to the undo and
 * redo stacks. Replaying the lines in order rebuilds both stacks.
 *   do      a new change: its reversing step goes on the undo stack, the redo stack empties
 *   undo    the top undo step was applied: it leaves the undo stack, `entry` (what redoes it) goes on the redo stack
 *   redo    the same the other way round
 *   forget  a document was removed: its part of every step goes, and steps left with none
 *   clear   both stacks empty (a tag was deleted)
 *   keep    `entry` goes on top of `stack` as it is (how a compacted file lists the stacks)
 */
export const HistoryOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('do'), entry: HistoryEntrySchema }),
  z.object({ op: z.literal('undo'), entry: HistoryEntrySchema }),
  z.object({ op: z.literal('redo'), entry: HistoryEntrySchema }),
  z.object({ op: z.literal('forget'), docId: DocumentIdSchema }),
  z.object({ op: z.literal('clear') }),
  z.object({ op: z.literal('keep'), stack: z.enum(['undo', 'redo']), entry: HistoryEntrySchema }),
]);
export type HistoryOp = z.infer<typeof HistoryOpSchema>;

export const HISTORY_FORMAT = 'pizhu-history';
export const HISTORY_VERSION = 1;
export const HistoryHeaderSchema = z.object({ format: z.literal(HISTORY_FORMAT), version: z.literal(HISTORY_VERSION) });
