import { existsSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDir } from './atomicWrite';

/**
 * Move a damaged file out of the way, keeping every byte: to
 * `NAME.damaged-STAMP` beside it (never over an earlier one), so that a
 * fresh file can take its place and the user can still look at, or send,
 * what was there. Returns where it went.
 */
export function keepAside(path: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let aside = `${path}.damaged-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${path}.damaged-${stamp}-${n}`;
  renameSync(path, aside);
  fsyncDir(dirname(path));
  return aside;
}
