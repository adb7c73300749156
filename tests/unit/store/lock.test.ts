import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PizhuError } from '../../../electron/shared/errors';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import { LOCK_FILE } from '../../../electron/core/store/sessionLock';
import { bundleScripts, killChild, startChild } from './childScript';
import { deadPid, documentRecord, tempDir } from './storeFixture';

let holder = '';
let removeBundle = (): void => undefined;

beforeAll(async () => {
  const bundle = await bundleScripts([fileURLToPath(new URL('./holdSession.ts', import.meta.url))]);
  holder = bundle.files[0]!;
  removeBundle = bundle.remove;
});
afterAll(() => removeBundle());

async function openError(dir: string): Promise<PizhuError> {
  const error = await SessionStore.open(dir, { create: false }).then(
    (store) => store.close().then(() => null),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PizhuError);
  return error as PizhuError;
}

function writeLock(dir: string, pid: number, host: string): void {
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, host, since: new Date().toISOString() }));
}

describe('session lock', () => {
  it('refuses a second writer while the first lives, and recovers the lock once it is SIGKILLed', async () => {
    const dir = tempDir();
    const seed = await SessionStore.open(dir, { create: true });
    await seed.addDocuments([documentRecord('d_a', '一段文字')]);
    await seed.close();

    const child = await startChild(holder, [dir]);
    const error = await openError(dir);
    expect(error.code).toBe('SESSION_LOCKED');
    expect(error.message).toContain(dir);
    expect(error.message).toContain(`process ${child.process.pid}`);
    // A refused writer must not take the lock away from the live one.
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(child.process.pid);

    const reader = await SessionStore.open(dir, { create: false, readOnly: true });
    expect(reader.documents().map((d) => d.id)).toEqual(['d_a']);
    await reader.close();

    expect(await killChild(child)).toBe('SIGKILL');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const store = await SessionStore.open(dir, { create: false });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    expect(store.documents().map((d) => d.id)).toEqual(['d_a']);
    await store.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('recovers a lock that names a dead process on this host', async () => {
    const dir = tempDir();
    await (await SessionStore.open(dir, { create: true })).close();
    const pid = deadPid();
    writeLock(dir, pid, hostname());
    const store = await SessionStore.open(dir, { create: false });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('respects a fresh lock from another host, and recovers it once its heartbeat is old', async () => {
    const dir = tempDir();
    await (await SessionStore.open(dir, { create: true })).close();
    writeLock(dir, 4242, 'another-machine.example');
    const error = await openError(dir);
    expect(error.code).toBe('SESSION_LOCKED');
    expect(error.message).toContain('another-machine.example');

    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    const store = await SessionStore.open(dir, { create: false });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).host).toBe(hostname());
    await store.close();
  });

  it('keeps a second writer in the same process out', async () => {
    const dir = tempDir();
    const first = await SessionStore.open(dir, { create: true });
    expect((await openError(dir)).code).toBe('SESSION_LOCKED');
    await first.close();
    await (await SessionStore.open(dir, { create: false })).close();
  });
});
