import { execFile } from 'node:child_process';
import { open, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from './importFixtures';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..', '..');

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.done());

/** A file of `size` bytes that takes no disk: nothing is written, the length is set. */
async function sparseFile(name: string, size: number): Promise<string> {
  const path = join(folder.dir, name);
  const handle = await open(path, 'w');
  await handle.truncate(size);
  await handle.close();
  return path;
}

async function cliImport(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    join(ROOT, 'electron/cli/index.ts'),
    'import',
    '--session',
    join(folder.dir, 's.pizhu'),
    ...files,
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: { ...process.env, PIZHU_DATA_DIR: join(folder.dir, 'data') } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the command line refuses a file over the import limit before reading it', () => {
  it('names the file and its size, and imports the others', async () => {
    const huge = await sparseFile('huge.txt', 2 ** 30);
    const good = join(folder.dir, 'good.txt');
    await writeFile(good, '好文件：经济发展目标新增就业4万人。\n');
    const { code, stdout, stderr } = await cliImport(huge, good);
    expect(stderr).toContain(`${huge}: too large (1024.0 MiB; the limit is 100 MiB)`);
    expect(stderr).toContain('pizhu: 1 of 2 files were refused (see above); the others were imported');
    expect(stdout).toMatch(/good\.txt: created /);
    expect(code).toBe(1);
  });
});
