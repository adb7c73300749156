import { closeSync, fstatSync, openSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PizhuError } from '../../shared/errors';
import { errnoCode, storageError } from './storageError';

export const LOCK_FILE = '.lock';
/**
 * The guard of a lock file: whoever holds `.lock.r` may remove a stale
 * `.lock`, and no one else; `.lock.r.r` guards `.lock.r` the same way.
 */
const GUARD_SUFFIX = '.r';
/** How deep guards of guards go: each level is needed only if a process died while recovering the level below. */
const MAX_GUARD_DEPTH = 3;
/** A lock from another machine (a copied or shared folder) counts as stale once its heartbeat is this old. */
const FOREIGN_STALE_MS = 30_000;
const HEARTBEAT_MS = 10_000;

/** Whether a file name is the session lock or one of its guards: never copied, never part of the session. */
export function isLockFileName(name: string): boolean {
  return name === LOCK_FILE || (name.startsWith(LOCK_FILE) && /^(\.r)+$/.test(name.slice(LOCK_FILE.length)));
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? info : null;
  } catch {
    return null;
  }
}

/**
 * Whether the lock's owner is gone: a dead pid on this machine, or no
 * heartbeat from another one. A lock that cannot be read (being written
 * this instant, or cut short by a crash) is judged by its age the same way.
 */
function isStale(path: string, info: LockInfo | null): boolean {
  if (info && info.host === hostname()) return info.pid !== process.pid && !isAlive(info.pid);
  try {
    return Date.now() - statSync(path).mtimeMs > FOREIGN_STALE_MS;
  } catch {
    return true;
  }
}

/**
 * Create `path` holding our pid, only if no file is there (O_EXCL); the
 * inode of what we made, or null if a file was there. On a full disk the
 * file may be made but stay empty: it is a lock all the same (others judge
 * an unreadable lock by its age, which the heartbeat keeps young), so that
 * a session can still be opened, read and exported from a full disk.
 */
function createExclusive(path: string): number | null {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return null;
    throw storageError(error, path, 'the session lock cannot be created');
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies LockInfo));
  } catch {
    // No room for the owner's name: the empty file still holds the lock (see above).
  }
  const ino = fstatSync(fd).ino;
  closeSync(fd);
  return ino;
}

/** Remove the lock file if it is the one we made (by inode: one made on a full disk names no owner). */
function releaseIfOurs(path: string, ino: number): void {
  try {
    if (statSync(path).ino === ino) unlinkSync(path);
  } catch {
    // Already gone.
  }
}

type Take = { held: true; ino: number } | { held: false; holder: LockInfo | null };

/**
 * Take the lock file `path`. If it is there and stale, remove it and try
 * again, but only while holding its guard (`path` + '.r', taken the same
 * way): two processes that both judged the same lock stale must not both
 * remove it, or the slower one would remove the lock the faster one had
 * just made, and both would write. Under the guard the lock is judged again,
 * and it cannot change between that look and the removal: only a guard
 * holder removes a lock, and a new one is made only where none is (O_EXCL).
 * A process that finds the guard held by a live process loses: that one is
 * recovering the lock and will hold it (or a newcomer will).
 */
function take(path: string, depth: number): Take {
  for (let attempt = 0; attempt < 3; attempt++) {
    const ino = createExclusive(path);
    if (ino !== null) return { held: true, ino };
    const holder = readLock(path);
    if (!isStale(path, holder) || depth >= MAX_GUARD_DEPTH) return { held: false, holder };
    const guard = `${path}${GUARD_SUFFIX}`;
    const guarded = take(guard, depth + 1);
    if (!guarded.held) return guarded;
    try {
      if (isStale(path, readLock(path))) rmSync(path, { force: true });
    } finally {
      releaseIfOurs(guard, guarded.ino);
    }
  }
  return { held: false, holder: readLock(path) };
}

/**
 * One writer per session: an exclusive lock file in the session folder,
 * holding the owner's pid and host. A lock whose owner died (SIGKILL, power
 * cut) is recovered, by exactly one of the processes that try at once; a
 * live owner makes the open fail with SESSION_LOCKED.
 */
export class SessionLock {
  private heartbeat: NodeJS.Timeout | null = null;

  private constructor(
    readonly path: string,
    private readonly ino: number,
  ) {}

  static acquire(sessionDir: string): SessionLock {
    const path = join(sessionDir, LOCK_FILE);
    const taken = take(path, 0);
    if (!taken.held) {
      const who = taken.holder ? `process ${taken.holder.pid} on ${taken.holder.host}` : 'another process';
      throw new PizhuError('SESSION_LOCKED', `${sessionDir}: this session is already open in ${who}`);
    }
    const lock = new SessionLock(path, taken.ino);
    lock.heartbeat = setInterval(() => lock.touch(), HEARTBEAT_MS);
    lock.heartbeat.unref();
    return lock;
  }

  private touch(): void {
    const now = new Date();
    try {
      utimesSync(this.path, now, now);
    } catch {
      // The folder was moved or deleted under us; the next write reports it.
    }
  }

  release(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    releaseIfOurs(this.path, this.ino);
  }
}
