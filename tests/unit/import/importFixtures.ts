import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportNotice } from '../../../electron/shared/contract';
import { readDocuments, type ImportedDocument } from '../../../electron/core/import/readDocuments';
import { sharedPath } from '../../sharedDir';

export const SAMPLE = sharedPath('samples', 'qingdao-2023-01-28.txt');
export const CORPUS = sharedPath('corpus');
export const NOW = '2026-01-01T00:00:00.000Z';

/** A temp folder for one test file's fixtures; `done` removes it. */
export async function tempFolder(): Promise<{ dir: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'pizhu-import-'));
  return { dir, done: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes bytes to a real file, reads the file back and imports it, as the app does: the documents and the notices. */
export async function importWithNotices(
  dir: string,
  name: string,
  bytes: Uint8Array | string,
  cleanup = true,
): Promise<{ documents: ImportedDocument[]; notices: ImportNotice[] }> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return readDocuments({ name, bytes: new Uint8Array(await readFile(path)) }, { cleanup, now: NOW });
}

/** The documents a file imports as, read as the app reads it. */
export async function importViaFile(dir: string, name: string, bytes: Uint8Array | string, cleanup = true): Promise<ImportedDocument[]> {
  return (await importWithNotices(dir, name, bytes, cleanup)).documents;
}

/** The lines of a document that its headings cover, with their levels. */
export function headingLines(doc: ImportedDocument): { text: string; level: number }[] {
  const chars = [...doc.text];
  return doc.headings.map((h) => ({ text: chars.slice(h.start, h.end).join(''), level: h.level }));
}

/** Runs `fn`, expecting it to reject; returns the error for inspection. */
export async function rejection(fn: () => Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await fn();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a rejection');
}
