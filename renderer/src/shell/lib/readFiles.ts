import type { ImportFile } from '../../../../electron/shared/contract';
import { bytesToBase64 } from './base64';

/** Anything with a name and bytes: a DOM File, or a stand-in in tests. */
export interface NamedBlob {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The files as the import API takes them: name and base64 bytes, in the order given. */
export async function toImportFiles(files: readonly NamedBlob[]): Promise<ImportFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })));
}
