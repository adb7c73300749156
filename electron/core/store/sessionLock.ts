import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PizhuError } from '../../shared/errors';

export const LOCK_FILE = '.lock';
/** A lock from another machine (a copied or shared folder) counts as stale once its heartbeat is this old. */
const FOREIGN_STALE_MS = 30_000;
const HEARTBEAT_MS = 10_000;

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

/** Whether the lock's owner is gone: a dead pid on this machine, or no heartbeat from another one. */
function isStale(path: string, info: LockInfo | null): boolean {
  if (info && info.host === hostname()) return info.pid !== process.pid && !isAlive(info.pid);
  try {
    return Date.now() - statSync(path).mtimeMs > FOREIGN_STALE_MS;
  } catch {
    return true;
  }
}

/**
 * One writer per session: an exclusive lock file in the session folder,
 * holding the owner's pid and host. A lock whose owner died (SIGKILL, power
 * cut) is recovered; a live owner makes the open fail with SESSION_LOCKED.
 */
export class SessionLock {
  private heartbeat: NodeJS.Timeout | null = null;

  private constructor(readonly path: string) {}

  static acquire(sessionDir: string): SessionLock {
    const path = join(sessionDir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
        writeSync(fd, JSON.stringify(info));
        closeSync(fd);
        const lock = new SessionLock(path);
        lock.heartbeat = setInterval(() => lock.touch(), HEARTBEAT_MS);
        lock.heartbeat.unref();
        return lock;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const info = readLock(path);
        if (attempt === 0 && isStale(path, info)) {
          unlinkSync(path);
          continue;
        }
        const who = info ? `process ${info.pid} on ${info.host}` : 'another process';
        throw new PizhuError('SESSION_LOCKED', `${sessionDir}: this session is already open in ${who}`);
      }
    }
    throw new PizhuError('SESSION_LOCKED', `${sessionDir}: could not take the session lock`);
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
    try {
      const info = readLock(this.path);
      if (info?.pid === process.pid) unlinkSync(this.path);
    } catch {
      // Already gone.
    }
  }
}
