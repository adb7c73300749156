import { z } from 'zod';
import { OffsetMap } from '../../shared/codePoints';
import { AnnotationSchema, DocumentRecordSchema, RelationSchema, RelationTypeSchema, TagSchema } from '../../shared/model';
import { SESSION_EXPORT_FORMAT, SESSION_EXPORT_SCHEMA_VERSION } from '../export/exportTypes';
import { badFile } from './badFile';
import type { Interchange } from './interchangeTypes';
import { RelationTypeCollector } from './relationTypeCollector';
import { checkFragments, checkSpan } from './spanCheck';
import { TagCollector } from './tagCollector';
import { textHash } from './textHash';

const SessionExportSchema = z.object({
  format: z.literal(SESSION_EXPORT_FORMAT),
  schemaVersion: z.literal(SESSION_EXPORT_SCHEMA_VERSION),
  tags: z.array(TagSchema),
  documents: z.array(DocumentRecordSchema),
  annotations: z.array(AnnotationSchema),
  // Exports from before relations have neither.
  relationTypes: z.array(RelationTypeSchema).default([]),
  relations: z.array(RelationSchema).default([]),
});

/** Whether parsed JSON claims to be Pizhu's own export (and so must be read as one). */
export function isSessionExport(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SESSION_EXPORT_FORMAT;
}

/** Reads Pizhu's lossless JSON export, checking that every span (each fragment of it) matches its document and every relation links two of its spans. */
export function readSessionJson(name: string, value: unknown): Interchange {
  const parsed = SessionExportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badFile(name, `not a valid Pizhu export (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  const { tags, documents, annotations, relationTypes, relations } = parsed.data;
  const collector = new TagCollector();
  tags.forEach((t) => collector.adopt(t));
  const types = new RelationTypeCollector();
  relationTypes.forEach((t) => types.adopt(t));

  const maps = new Map<string, { title: string; map: OffsetMap }>();
  for (const doc of documents) {
    if (maps.has(doc.id)) throw badFile(name, `document id ${doc.id} appears twice`);
    if (textHash(doc.text) !== doc.hash) throw badFile(name, `the hash of "${doc.title}" does not match its text`);
    maps.set(doc.id, { title: doc.title, map: new OffsetMap(doc.text) });
  }
  const spanDoc = new Map<string, string>();
  for (const a of annotations) {
    if (spanDoc.has(a.id)) throw badFile(name, `span id ${a.id} appears twice`);
    spanDoc.set(a.id, a.docId);
  }
  return {
    kind: 'json',
    documents: documents.map(({ id, ...doc }) => ({ ...doc, key: id })),
    annotations: annotations.map((a) => {
      const target = maps.get(a.docId);
      if (!target) throw badFile(name, `span ${a.id} belongs to document ${a.docId}, which the file does not contain`);
      const where = `"${target.title}"`;
      checkSpan(name, where, target.map, a.start, a.end, a.fragments ? undefined : a.quote);
      const fragments = a.fragments && checkFragments(name, where, target.map, a, a.fragments, a.quote);
      return {
        key: a.id,
        docKey: a.docId,
        start: a.start,
        end: a.end,
        tag: collector.idFor(a.tag),
        note: a.note,
        created: a.created,
        modified: a.modified,
        ...(a.value !== undefined && { value: a.value }),
        ...(fragments && { fragments }),
      };
    }),
    relations: relations.map((r) => {
      for (const end of [r.from, r.to]) {
        const doc = spanDoc.get(end);
        if (doc === undefined) throw badFile(name, `relation ${r.id} links span ${end}, which the file does not contain`);
        if (doc !== r.docId) throw badFile(name, `relation ${r.id} links span ${end} of another document`);
      }
      return {
        docKey: r.docId,
        type: types.idFor(r.type),
        from: r.from,
        to: r.to,
        note: r.note,
        created: r.created,
        modified: r.modified,
      };
    }),
    relationTypes: types.types(),
    tags: collector.tags(),
    labelledTags: collector.labelledTags(),
    notices: [],
  };
}
