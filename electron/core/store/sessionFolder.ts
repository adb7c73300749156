import { lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PizhuError } from '../../shared/errors';
import { DOCUMENT_ID_PATTERN } from '../../shared/model';
import { isTempFileName } from './atomicWrite';
import { ANNOTATIONS_DIR, DOCUMENTS_DIR, SUGGESTIONS_DIR } from './sessionFormat';
import { errnoCode, storageError } from './storageError';

/** The document a file name belongs to, if it is `ID.EXT` with one of `endings`. */
function documentOf(name: string, endings: readonly string[]): string | undefined {
  const dot = name.lastIndexOf('.');
  const id = name.slice(0, dot);
  return dot > 0 && endings.includes(name.slice(dot)) && DOCUMENT_ID_PATTERN.test(id) ? id : undefined;
}

/**
 * Refuse a session whose documents/, annotations/ or suggestions/ is not a folder of its
 * own: a symbolic link there (in a folder someone sent) would make every
 * write, and the clean-up below, happen elsewhere. A missing one is an empty
 * one (version control drops empty folders); a writer makes it again.
 */
export function checkSessionFolders(dir: string, writable: boolean): void {
  for (const name of [DOCUMENTS_DIR, ANNOTATIONS_DIR, SUGGESTIONS_DIR]) {
    const path = join(dir, name);
    let stat;
    try {
      stat = lstatSync(path);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw new PizhuError('BAD_FILE', `${path}: cannot be read (${errnoCode(error) ?? 'error'})`);
      if (!writable) continue;
      try {
        mkdirSync(path);
      } catch (cause) {
        throw storageError(cause, path, 'cannot be created');
      }
      continue;
    }
    if (stat.isSymbolicLink() || !stat.isDirectory()) {
      throw new PizhuError(
        'BAD_FILE',
        `${path}: ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; a session keeps its ${name} in a folder of its own`,
      );
    }
  }
}

/**
 * Remove what crashes leave in a session folder, on a writable open (the
 * caller holds the lock, so no other writer is mid-write):
 * - temp files of atomic writes (`.NAME.XXXXXXXX.tmp`) in the session
 *   folder, documents/, annotations/ and suggestions/: a crash between writing one and
 *   renaming it over its target; the target still holds the old version.
 * - document, span and rejection files whose id the index does not name. Either the
 *   document was removed (the index drops it first, then its files go), or
 *   an import crashed after writing its text and before the index named it:
 *   that import was never acknowledged, its spans (written after the index)
 *   were never written, and bringing the text back would add a document the
 *   user never saw imported, without its spans. Both are garbage.
 * Only regular files with exactly these names, directly in these folders,
 * are removed: nothing the index names, nothing of another program's, no
 * symbolic link, nothing outside the session folder.
 */
export function removeLeftovers(dir: string, indexed: ReadonlySet<string>): void {
  const sweep = (folder: string, endings: readonly string[]): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const id = documentOf(entry.name, endings);
      if (isTempFileName(entry.name) || (id !== undefined && !indexed.has(id))) rmSync(join(folder, entry.name), { force: true });
    }
  };
  sweep(dir, []);
  sweep(join(dir, DOCUMENTS_DIR), ['.json']);
  sweep(join(dir, ANNOTATIONS_DIR), ['.json', '.log']);
  sweep(join(dir, SUGGESTIONS_DIR), ['.json']);
}
