import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PizhuError } from '../../shared/errors';
import { codePointLength } from '../../shared/codePoints';
import { writeFileAtomic } from './atomicWrite';
import { annotationFiles, documentFile } from './sessionPaths';
import { ANNOTATIONS_DIR, DOCUMENTS_DIR, SCHEMA_VERSION, SessionV1Schema, type SessionIndex } from './sessionFormat';

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
