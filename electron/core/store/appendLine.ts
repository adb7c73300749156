import { constants, fdatasync, fdatasyncSync, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { yieldToEventLoop } from './eventLoop';
import { storageError } from './storageError';

/**
 * Open a log for appending, refusing a symbolic link: a session folder
 * someone sent could hold `annotations/d_x.log -> ~/.bashrc`, and appending
 * would write outside the session. (O_NOFOLLOW does not exist on Windows.)
 */
export function openForAppend(path: string): number {
  try {
    return openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), 0o666);
  } catch (error) {
    throw storageError(error, path, 'cannot be opened for writing');
  }
}

const syncInBackground = promisify(fdatasync);

function writeAll(fd: number, bytes: Buffer): void {
  // A full disk or a file size limit makes writeSync store only part of the bytes, and say so only in its return value.
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
}

/** Undo a failed append: cut the file back, so no fragment is left for the next line to glue onto. */
function cutBack(fd: number, end: number): void {
  try {
    ftruncateSync(fd, end);
  } catch {
    // The write's own error is the one to report; a fragment left behind reads as a torn last line.
  }
}

/**
 * Append one line (JSON, ending in '\n') to the log open at `fd` and
 * fdatasync it; on failure cut the log back and throw an error naming `path`.
 * `pieces` are taken and written in order: when there are several, the
 * event loop runs between them (so a generator that serialises a chunk per
 * piece spreads that work too), and a line of many megabytes does not stop
 * the host.
 * The line counts only once its final '\n' is written and synced: a crash in
 * between leaves a torn last line, which readers drop. While the pieces are
 * written nobody else may append to the same log (the core runs its writes
 * one at a time).
 */
export async function appendLine(fd: number, path: string, pieces: Iterable<string>): Promise<void> {
  const end = fstatSync(fd).size;
  try {
    let count = 0;
    for (const piece of pieces) {
      if (count++ > 0) await yieldToEventLoop();
      writeAll(fd, Buffer.from(piece, 'utf8'));
    }
    // Syncing megabytes can take a disk a while: off the event loop then. One short line syncs at once, the quickest answer.
    if (count > 1) await syncInBackground(fd);
    else fdatasyncSync(fd);
  } catch (error) {
    cutBack(fd, end);
    throw storageError(error, path);
  }
}
