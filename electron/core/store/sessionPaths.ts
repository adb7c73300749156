import { isAbsolute, relative, resolve, sep } from 'node:path';
import { PizhuError } from '../../shared/errors';
import { DOCUMENT_ID_PATTERN } from '../../shared/model';
import { ANNOTATIONS_DIR, DOCUMENTS_DIR } from './sessionFormat';

/** A path the user gave (to open, create or copy a session to), refused (BAD_PATH) if no file system could hold it. */
export function checkedUserPath(path: string): string {
  if (path.includes('\0')) throw new PizhuError('BAD_PATH', `${JSON.stringify(path.slice(0, 300))}: a path cannot hold a NUL character`);
  return path;
}

/**
 * `parts` resolved under the session folder `dir`, refused (BAD_PATH) if the
 * result is the folder itself or anything outside it. Every path the store
 * makes from an id goes through here, so that no id (whatever check it
 * passed before) can reach a file elsewhere.
 */
export function inSession(dir: string, ...parts: string[]): string {
  const path = resolve(dir, ...parts);
  const rel = relative(dir, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new PizhuError('BAD_PATH', `${path}: not inside the session folder ${dir}; refused`);
  }
  return path;
}

function checkedId(dir: string, id: string): string {
  if (!DOCUMENT_ID_PATTERN.test(id)) {
    throw new PizhuError('BAD_PATH', `${dir}: ${JSON.stringify(id.slice(0, 100))} is not a document id; refused as a file name`);
  }
  return id;
}

/** documents/ID.json: one document's text. */
export function documentFile(dir: string, id: string): string {
  return inSession(dir, DOCUMENTS_DIR, `${checkedId(dir, id)}.json`);
}

/** annotations/ID.json (the snapshot) and annotations/ID.log (changes since). */
export function annotationFiles(dir: string, id: string): { snapshot: string; log: string } {
  const base = checkedId(dir, id);
  return { snapshot: inSession(dir, ANNOTATIONS_DIR, `${base}.json`), log: inSession(dir, ANNOTATIONS_DIR, `${base}.log`) };
}
