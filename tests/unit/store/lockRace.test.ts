import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../electron/core/store/sessionLock';
import { bundleScripts, killChild, startChild, type RunningChild } from './childScript';
import { deadPid, tempDir } from './storeFixture';

/** PIZHU_LOCK_TRIALS=5 makes a quick local run. */
const TRIALS = Number(process.env.PIZHU_LOCK_TRIALS ?? 40);
const CONTENDERS = 4;

let contender = '';
let removeBundle = (): void => undefined;

beforeAll(async () => {
  const bundle = await bundleScripts([fileURLToPath(new URL('./lockContender.ts', import.meta.url))]);
  contender = bundle.files[0]!;
  removeBundle = bundle.remove;
});
afterAll(() => removeBundle());

/** The one line a contender prints once it has tried. */
async function answer(child: RunningChild): Promise<string> {
  while (child.lines.length === 0) {
    const exited = await Promise.race([
      child.closed.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 5)),
    ]);
    if (exited && child.lines.length === 0) throw new Error(`a contender exited without answering: ${child.stderr()}`);
  }
  return child.lines[0]!;
}

describe('session lock: stale-lock recovery race', () => {
  it(
    `gives a stale lock to exactly one of ${CONTENDERS} processes recovering it at once, in ${TRIALS} trials`,
    { timeout: 10 * 60_000 },
    async () => {
      const dir = tempDir('pizhu-lock-race-');
      const dead = deadPid();
      const outcomes: string[][] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), since: new Date().toISOString() }));
        const go = join(dir, `go-${trial}`);
        const children = await Promise.all(Array.from({ length: CONTENDERS }, () => startChild(contender, [dir, go])));
        writeFileSync(go, '');
        try {
          outcomes.push((await Promise.all(children.map(answer))).sort());
        } finally {
          for (const child of children) await killChild(child);
        }
      }
      const expected = ['held', ...Array.from({ length: CONTENDERS - 1 }, () => 'refused SESSION_LOCKED')];
      const wrong = outcomes.map((o, trial) => ({ trial, o })).filter(({ o }) => JSON.stringify(o) !== JSON.stringify(expected));
      expect(wrong, `trials where the lock did not go to exactly one process`).toEqual([]);
    },
  );
});
