import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PizhuError } from '../../shared/errors';
import { codePointLength } from '../../shared/codePoints';
import { DEFAULT_RELATION_TYPES } from '../../shared/defaultTags';
import { writeFileAtomic } from './atomicWrite';
import { annotationFiles, documentFile } from './sessionPaths';
import { ANNOTATIONS_DIR, DOCUMENTS_DIR, SCHEMA_VERSION, SessionV1Schema, SessionV2Schema, type SessionIndex } from './sessionFormat';

/** The backup of `indexPath` kept by a migration from `version`. */
export function backupPath(indexPath: string, version: number): string {
  return `${indexPath}.v${version}.bak`;
}

/**
 * Bring a session index of any older schema version up to the current one.
 * The original index is copied aside first, and the new index is written
 * last, so a crash mid-migration leaves a session that migrates again.
 * Without `write` (read-only opens) the migration happens in memory only.
 */
export async function migrateSession(dir: string, indexPath: string, data: unknown, options: { write: boolean }): Promise<SessionIndex> {
  const version = (data as { schemaVersion: number }).schemaVersion;
  if (version === SCHEMA_VERSION) return data as SessionIndex;
  if (version === 2) return migrateV2(indexPath, data, options);
  if (version !== 1) throw new PizhuError('BAD_FILE', `${indexPath}: unknown schema version ${version}`);

  // The schema checks every document id before the migration uses them as file names.
  const parsed = SessionV1Schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PizhuError('BAD_FILE', `${indexPath}: damaged session (schema version 1; ${issue?.path.join('.')}: ${issue?.message})`);
  }
  const v1 = parsed.data;
  const index: SessionIndex = {
    format: v1.format,
    schemaVersion: SCHEMA_VERSION,
    created: v1.created,
    tags: v1.tags,
    relationTypes: defaultRelationTypes(),
    documents: v1.documents.map((d) => ({ id: d.id, title: d.title, hash: d.hash, length: codePointLength(d.text), source: d.source })),
    view: v1.view,
  };
  if (!options.write) {
    throw new PizhuError(
      'CONFLICT',
      `${indexPath}: uses schema version 1; open it once in Pizhu (or import it) to migrate it before reading it here`,
    );
  }
  const backup = backupPath(indexPath, 1);
  if (!existsSync(backup)) copyFileSync(indexPath, backup);
  mkdirSync(join(dir, DOCUMENTS_DIR), { recursive: true });
  mkdirSync(join(dir, ANNOTATIONS_DIR), { recursive: true });
  for (const doc of v1.documents) {
    writeFileAtomic(documentFile(dir, doc.id), JSON.stringify(doc));
    const annotations = v1.annotations.filter((a) => a.docId === doc.id);
    writeFileAtomic(annotationFiles(dir, doc.id).snapshot, JSON.stringify({ docId: doc.id, annotations }));
  }
  writeFileAtomic(indexPath, JSON.stringify(index, null, 2));
  return index;
}

function defaultRelationTypes(): SessionIndex['relationTypes'] {
  return DEFAULT_RELATION_TYPES.map((t) => structuredClone(t));
}

/** Schema 2 to 3: the index gains the default relation types; the span files read as they are (they hold no relations). */
function migrateV2(indexPath: string, data: unknown, options: { write: boolean }): SessionIndex {
  const parsed = SessionV2Schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PizhuError('BAD_FILE', `${indexPath}: damaged session (schema version 2; ${issue?.path.join('.')}: ${issue?.message})`);
  }
  const { tags, documents, view, ...rest } = parsed.data;
  const index: SessionIndex = { ...rest, schemaVersion: SCHEMA_VERSION, tags, relationTypes: defaultRelationTypes(), documents, view };
  // A reader migrates in memory only: the session stays as it was for the writer that opens it next.
  if (!options.write) return index;
  const backup = backupPath(indexPath, 2);
  if (!existsSync(backup)) copyFileSync(indexPath, backup);
  writeFileAtomic(indexPath, JSON.stringify(index, null, 2));
  return index;
}
