import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAtomicRenameHook, writeFileAtomic } from '../../../electron/core/store/atomicWrite';
import { bundleScripts, startChild } from './childScript';
import { tempDir } from './storeFixture';

let writer = '';
let removeBundle = (): void => undefined;

beforeAll(async () => {
  const bundle = await bundleScripts([fileURLToPath(new URL('./atomicWriter.ts', import.meta.url))]);
  writer = bundle.files[0]!;
  removeBundle = bundle.remove;
});
afterAll(() => {
  setAtomicRenameHook(null);
  removeBundle();
});

describe('writeFileAtomic', () => {
  it('replaces a file whole', () => {
    const dir = tempDir();
    const path = join(dir, 'data.json');
    writeFileSync(path, 'old');
    writeFileAtomic(path, '新的内容');
    expect(readFileSync(path, 'utf8')).toBe('新的内容');
    expect(readdirSync(dir)).toEqual(['data.json']);
  });

  it('leaves the old file when the rename never happens', () => {
    const dir = tempDir();
    const path = join(dir, 'data.json');
    writeFileSync(path, 'old');
    setAtomicRenameHook(() => {
      throw new Error('simulated crash before rename');
    });
    expect(() => writeFileAtomic(path, 'new')).toThrow('simulated crash');
    setAtomicRenameHook(null);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('fails, and leaves the old file whole, when the disk takes only part of the bytes', async () => {
    const dir = tempDir();
    const path = join(dir, 'session.json');
    writeFileSync(path, '{"old":true}');
    // Under RLIMIT_FSIZE a write that crosses the limit stores only part of its bytes, as a full disk does.
    const child = await startChild(writer, [path, String(256 * 1024)], ['prlimit', `--fsize=${64 * 1024}`]);
    const { code } = await child.closed;
    expect(child.lines).toEqual([]);
    expect(code).not.toBe(0);
    expect(child.stderr()).toMatch(/size limit/);
    expect(readFileSync(path, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir)).toEqual(['session.json']);
  });
});
