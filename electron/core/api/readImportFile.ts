import { PizhuError } from '../../shared/errors';
import { MAX_IMPORT_BYTES, readDocuments } from '../import/readDocuments';
import { readInterchange, type ReadOptions } from '../interchange/readInterchange';
import type { PendingFile } from './pendingImport';

/** Read one file: an annotation export if its content says so, otherwise a document. */
export async function readImportFile(name: string, bytes: Uint8Array, cleanup: boolean, options: ReadOptions = {}): Promise<PendingFile> {
  try {
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      throw new PizhuError(
        'BAD_FILE',
        `${name}: too large (${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB; the limit is ${MAX_IMPORT_BYTES / 2 ** 20} MiB)`,
      );
    }
    const interchange = await readInterchange(name, bytes, options);
    if (interchange) return { file: name, kind: 'annotations', interchange };
    return { file: name, kind: 'documents', ...(await readDocuments({ name, bytes }, { cleanup })) };
  } catch (error) {
    const message = error instanceof PizhuError ? error.message : `${name}: could not be read (${(error as Error).message})`;
    return { file: name, kind: 'error', message };
  }
}
