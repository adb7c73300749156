import { z } from 'zod';
import {
  AnnotationSchema,
  DocumentRecordSchema,
  DocumentSourceSchema,
  TagSchema,
  ViewStateSchema,
} from '../../shared/model';

/**
 * The on-disk layout of a session, a folder:
 *   session.json            the index: format marker, schema version, tags, document list, view state
 *   documents/ID.json       one document's text, written once at import
 *   annotations/ID.json     one document's spans (snapshot)
 *   annotations/ID.log      changes since the snapshot, one JSON line each, appended and fsynced
 * so that saving one span appends one line and never rewrites any text.
 */
export const SESSION_FORMAT = 'pizhu-session';
export const SCHEMA_VERSION = 2;
export const INDEX_FILE = 'session.json';
export const DOCUMENTS_DIR = 'documents';
export const ANNOTATIONS_DIR = 'annotations';

export const DocumentEntrySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  hash: z.string(),
  length: z.number().int().nonnegative(),
  source: DocumentSourceSchema,
});
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

export const SessionIndexSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  created: z.string(),
  tags: z.array(TagSchema),
  documents: z.array(DocumentEntrySchema),
  view: ViewStateSchema,
});
export type SessionIndex = z.infer<typeof SessionIndexSchema>;

/** Schema 1 kept everything in one session.json; kept here to migrate such sessions forward. */
export const SessionV1Schema = z.object({
  format: z.literal(SESSION_FORMAT),
  schemaVersion: z.literal(1),
  created: z.string(),
  tags: z.array(TagSchema),
  documents: z.array(DocumentRecordSchema),
  annotations: z.array(AnnotationSchema),
  view: ViewStateSchema,
});
export type SessionV1 = z.infer<typeof SessionV1Schema>;

export const AnnotationSnapshotSchema = z.object({
  docId: z.string(),
  annotations: z.array(AnnotationSchema),
});
export type AnnotationSnapshot = z.infer<typeof AnnotationSnapshotSchema>;

/** One acknowledged change to a document's spans: a line of its log. */
export const AnnotationChangeSchema = z.object({
  put: z.array(AnnotationSchema).default([]),
  remove: z.array(z.string()).default([]),
});
export type AnnotationChange = z.infer<typeof AnnotationChangeSchema>;
