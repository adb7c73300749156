import { closeSync, fsyncSync, openSync, renameSync, writeSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { storageError } from './storageError';

/** The temp file a write of `path` goes through: `.NAME.XXXXXXXX.tmp` beside it. */
function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Whether a file name is one of writeFileAtomic's temp files, which only a crash leaves behind. */
export function isTempFileName(name: string): boolean {
  return /^\..+\.[0-9a-f]{8}\.tmp$/.test(name);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // The write's own error is the one to report; a temp file left behind is cleaned up on the next open.
  }
}

/**
 * Replace `path` with `data` so that a crash at any moment leaves either the
 * old file or the new one, never half of either: write a temp file beside
 * it, fsync it, rename it over the target, then fsync the folder so the
 * rename itself is durable. Synchronous on purpose: an acknowledged write
 * must be on disk when the call returns, and sync calls cannot interleave.
 * A failure leaves the old file and no temp file, and is thrown as an error
 * that names `path` (DISK_FULL, BAD_PATH where it is one of those).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = tempPath(path);
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (error) {
    throw storageError(error, path);
  }
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    // A full disk or a file size limit makes writeSync store only part of the bytes, and say so only in its return value.
    for (let done = 0; done < bytes.byteLength;) done += writeSync(fd, bytes, done);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temp);
    throw storageError(error, path);
  }
  closeSync(fd);
  try {
    atomicRenameHook(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw storageError(error, path);
  }
  fsyncDir(dirname(path));
}

/** fsync a folder so that renames and new entries in it survive a power cut. */
export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The rename step, replaceable by tests that simulate a crash between the
 * temp write and the rename.
 */
export let atomicRenameHook: (from: string, to: string) => void = renameSync;

export function setAtomicRenameHook(hook: ((from: string, to: string) => void) | null): void {
  atomicRenameHook = hook ?? renameSync;
}
