import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PizhuError } from '../../shared/errors';
import { fsyncDir, isTempFileName } from './atomicWrite';
import { isLockFileName } from './sessionLock';
import { checkedUserPath } from './sessionPaths';
import { storageError } from './storageError';

function isInside(parent: string, path: string): boolean {
  const rel = relative(parent, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Copy the files and folders under `from` into the new folder `to`, fsyncing each: a copy that is acknowledged must be on disk. */
function copyTree(from: string, to: string): void {
  mkdirSync(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    // The lock belongs to the process holding the original, temp files to crashes; links and the like are not a session's.
    if (isLockFileName(entry.name) || isTempFileName(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else if (entry.isFile()) {
      copyFileSync(source, target);
      const fd = openSync(target, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  }
  fsyncDir(to);
}

/**
 * Copy the session folder `from` to `target`, which must be a new path or an
 * empty folder, outside the session. Everything that can refuse the copy
 * (where it goes, whether it may go there) is checked before anything is
 * written. The copy is made in a hidden folder beside the target and renamed
 * into place once whole, so a crash or a full disk mid-copy never leaves a
 * half session at `target`.
 */
export function copySession(from: string, target: string): void {
  const dest = resolve(checkedUserPath(target));
  if (isInside(from, dest)) throw new PizhuError('BAD_PATH', `${dest}: inside the open session ${from}; choose a place outside it`);
  const exists = existsSync(dest);
  if (exists && (!statSync(dest).isDirectory() || readdirSync(dest).length > 0)) {
    throw new PizhuError('CONFLICT', `${dest}: already exists and is not an empty folder`);
  }
  const parent = dirname(dest);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw new PizhuError('BAD_PATH', `${parent}: no such folder`);

  // Making the (empty) target first finds a name the file system refuses, or a folder we may not write, before any copying.
  if (!exists) {
    try {
      mkdirSync(dest);
    } catch (error) {
      throw storageError(error, dest, 'cannot be created');
    }
  }
  const temp = join(parent, `.pizhu-copy-${randomBytes(4).toString('hex')}`);
  try {
    copyTree(from, temp);
    rmdirSync(dest);
    renameSync(temp, dest);
    fsyncDir(parent);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    // Leave the target as it was: absent, or the empty folder the user chose. The copy's own error is the one to report.
    try {
      if (exists) mkdirSync(dest, { recursive: true });
      else rmSync(dest, { recursive: true, force: true });
    } catch {
      // What is left is an empty folder or none.
    }
    throw storageError(error, dest, 'the session could not be copied there');
  }
}
