import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { OffsetMap } from '../../../electron/shared/codePoints';
import type { Annotation, DocumentRecord } from '../../../electron/shared/model';

/** A fresh folder in the system temp folder. */
export function tempDir(prefix = 'pizhu-store-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A document record as the import pipeline would store it. */
export function documentRecord(id: string, text: string, title = id): DocumentRecord {
  return {
    id,
    title,
    text,
    headings: [],
    hash: createHash('sha256').update(text).digest('hex'),
    source: {
      fileName: `${id}.txt`,
      format: 'txt',
      encoding: 'UTF-8',
      importedAt: '2026-01-02T03:04:05.000Z',
      cleanup: false,
      captions: [],
    },
  };
}

/** A span over `text` with its quote taken from the text, as the core makes it. */
export function span(id: string, doc: DocumentRecord, start: number, end: number, tag = 'target', note = ''): Annotation {
  const now = new Date().toISOString();
  return { id, docId: doc.id, start, end, quote: new OffsetMap(doc.text).slice(start, end), tag, note, created: now, modified: now };
}

/** Every file under `dir` with its bytes, keyed by relative path: to prove a folder was left untouched. */
export function folderBytes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

/** Size, mtime and inode of a file: a rewrite (even by rename) changes at least one. */
export function fileIdentity(path: string): { bytes: string; mtimeMs: number; ino: number } {
  const stat = statSync(path);
  return { bytes: readFileSync(path).toString('base64'), mtimeMs: stat.mtimeMs, ino: stat.ino };
}

/** The pid of a process that has already exited, so no process holds it. */
export function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '0']).pid;
  if (pid === undefined) throw new Error('could not start a short-lived process');
  return pid;
}

/** Whether `quote` is exactly the text of the document between the code-point offsets. */
export function quoteMatches(text: OffsetMap, a: Annotation): boolean {
  return a.end <= text.length && text.slice(a.start, a.end) === a.quote;
}
