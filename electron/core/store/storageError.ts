import { PizhuError } from '../../shared/errors';

/** What a full disk is called, by errno code. */
const NO_ROOM = new Map([
  ['ENOSPC', 'the disk is full'],
  ['EDQUOT', 'the disk quota is used up'],
  ['EFBIG', 'the file has reached the size limit'],
]);

/** Why a path cannot be used, by errno code. */
const UNUSABLE = new Map([
  ['ENAMETOOLONG', 'the name is too long for the file system'],
  ['ENOTDIR', 'a part of the path is a file, not a folder'],
  ['EISDIR', 'it is a folder'],
  ['ELOOP', 'it is a symbolic link (or one of too many)'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'not permitted'],
  ['EROFS', 'the disk is read-only'],
]);

/** The errno code of a Node file system error, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A file system error as the user should see it: a full disk is DISK_FULL,
 * a path that cannot be used is BAD_PATH, each with a sentence naming the
 * file instead of Node's errno text (which names no file for a write to an
 * open descriptor). Anything else, or an error that already carries a code,
 * is returned as it is.
 */
export function storageError(error: unknown, path: string, what = 'could not be written'): unknown {
  if (error instanceof PizhuError) return error;
  const code = errnoCode(error);
  const full = code && NO_ROOM.get(code);
  if (full) return new PizhuError('DISK_FULL', `${path}: ${what}: ${full}`);
  const unusable = code && UNUSABLE.get(code);
  if (unusable) return new PizhuError('BAD_PATH', `${path}: ${what}: ${unusable}`);
  return error;
}
