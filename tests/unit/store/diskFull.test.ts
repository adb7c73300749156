import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/coreTypes';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import { LOCK_FILE } from '../../../electron/core/store/sessionLock';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import { requireBuild, runMain } from '../electron/builtMain';
import { bundleScripts, startChild } from './childScript';
import { documentRecord, folderBytes, span, tempDir } from './storeFixture';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TEXT = '经济发展目标项目政策𠀀😀'.repeat(400);

let writer = '';
let removeBundle = (): void => undefined;
beforeAll(async () => {
  const bundle = await bundleScripts([fileURLToPath(new URL('./annotationWriter.ts', import.meta.url))]);
  writer = bundle.files[0]!;
  removeBundle = bundle.remove;
});
afterAll(() => removeBundle());

/** Unmount a test's tmpfs; lazily if something still holds a file there, so that no mount outlives the test. */
function unmount(mount: string): void {
  if (spawnSync('umount', [mount]).status !== 0) spawnSync('umount', ['-l', mount]);
}

const open: Core[] = [];
afterEach(async () => {
  for (const core of open.splice(0)) await core.close().catch(() => undefined);
});

async function seed(dir: string): Promise<void> {
  const store = await SessionStore.open(dir, { create: true });
  await store.addDocuments([documentRecord('d_full', TEXT)]);
  await store.close();
}

/**
 * A session whose snapshot and log are each under `limit` bytes but whose
 * fold into one snapshot is not: under that file size limit every span still
 * saves, and only closing (which folds the log) fails.
 */
async function sessionThatCannotFold(dir: string, limit: number): Promise<number> {
  const store = await SessionStore.open(dir, { create: true });
  const doc = documentRecord('d_big', TEXT);
  await store.addDocuments([doc]);
  const note = 'x'.repeat(1000);
  let n = 0;
  const batch = (count: number) => Array.from({ length: count }, () => span(`a_${n++}`, doc, n % 100, (n % 100) + 3, 'target', note));
  for (let i = 0; i < 6; i++) await store.applyAnnotations('d_big', { put: batch(limit / 10_000), remove: [] });
  await store.close();
  const again = await SessionStore.open(dir, { create: false });
  for (let i = 0; i < 5; i++) await again.applyAnnotations('d_big', { put: batch(limit / 10_000), remove: [] });
  // Left open, as a killed writer leaves it: the next writer recovers the lock.
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), since: '' }));
  return n;
}

describe('disk full and bad names reach the user as DISK_FULL and BAD_PATH, naming the file', () => {
  it('a span that cannot be written because the file hit its size limit is DISK_FULL, naming the log', async () => {
    const dir = join(tempDir('pizhu-full-'), 'full.pizhu');
    await seed(dir);
    const child = await startChild(writer, [join(dir, '..', 'data'), dir], ['prlimit', `--fsize=${64 * 1024}`]);
    const { code } = await child.closed;
    expect(code).toBe(1);
    const line = child.stderr().trim().split('\n').at(-1)!;
    expect(line).toMatch(/^DISK_FULL: /);
    expect(line).toContain(join(dir, 'annotations', 'd_full.log'));
    expect(line).not.toMatch(/EFBIG|ENOSPC/);
  });

  it('a real full disk (tmpfs, where the test may mount one) answers DISK_FULL and keeps what was acknowledged', async (test) => {
    const mount = tempDir('pizhu-tmpfs-');
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount]).status !== 0) {
      test.skip('mounting a tmpfs needs root');
      return;
    }
    try {
      const dir = join(mount, 'full.pizhu');
      const core = await createCore({ dataDir: tempDir('pizhu-full-data-'), sessionPath: dir, warn: () => undefined });
      open.push(core);
      const preview = await core.call('import.preview', {
        files: [{ name: 'a.txt', data: Buffer.from(TEXT).toString('base64') }],
        cleanup: false,
      });
      const report = await core.call('import.commit', { previewId: (preview as { value: ImportPreview }).value.previewId });
      const docId = (report as { value: ImportReport }).value.created[0]!.id;
      const acknowledged: string[] = [];
      let refusal: { code: string; message: string } | null = null;
      for (let i = 0; i < 5000 && !refusal; i++) {
        const result = await core.call('annotations.create', {
          docId,
          start: i % 4500,
          end: (i % 4500) + 2,
          tag: 'target',
          note: `${i}`.padEnd(2000, 'x'),
        });
        if (result.ok) acknowledged.push((result.value as { id: string }).id);
        else refusal = result.error;
      }
      expect(refusal?.code).toBe('DISK_FULL');
      expect(refusal?.message).toContain(dir);
      expect(refusal?.message).not.toMatch(/ENOSPC/);
      open.splice(open.indexOf(core), 1);
      await core.close().catch(() => undefined);
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
      const store = await SessionStore.open(dir, { create: false, readOnly: true });
      const ids = new Set(store.annotations(docId).map((a) => a.id));
      await store.close();
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      unmount(mount);
    }
  });

  it('a name too long for the file system is BAD_PATH, naming the path', async () => {
    const root = tempDir('pizhu-long-');
    const core = await createCore({ dataDir: join(root, 'data'), sessionPath: join(root, 'work.pizhu'), warn: () => undefined });
    open.push(core);
    const long = join(root, `${'长'.repeat(120)}.pizhu`);
    const result = await core.call('session.create', { path: long });
    expect(result.ok ? null : result.error.code).toBe('BAD_PATH');
    expect(result.ok ? '' : result.error.message).toContain(long);
    expect(result.ok ? '' : result.error.message).not.toMatch(/ENAMETOOLONG/);
    const nul = await core.call('session.open', { path: 'x\0y' });
    expect(nul.ok ? null : nul.error.code).toBe('BAD_PATH');
  });

  it('a session whose writer was killed opens on a full disk (tmpfs, where the test may mount one), to be read and exported', async (test) => {
    const mount = tempDir('pizhu-tmpfs-');
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount]).status !== 0) {
      test.skip('mounting a tmpfs needs root');
      return;
    }
    try {
      const dir = join(mount, 'full.pizhu');
      const store = await SessionStore.open(dir, { create: true });
      const doc = documentRecord('d_full', '满盘的文档。');
      await store.addDocuments([doc], [span('a_1', doc, 0, 2)]);
      await store.applyAnnotations('d_full', { put: [span('a_2', doc, 2, 4)], remove: [] });
      await store.close();
      // As a killed writer leaves it: its lock, naming a process that is gone.
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), since: '' }));
      const filler = join(mount, 'filler');
      spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k', 'count=1000']);
      expect(spawnSync('df', ['--output=avail', mount]).stdout.toString()).toMatch(/\s0\s*$/);

      const reopened = await SessionStore.open(dir, { create: false });
      expect(
        reopened
          .annotations('d_full')
          .map((a) => a.id)
          .sort(),
      ).toEqual(['a_1', 'a_2']);
      await expect(
        reopened.applyAnnotations('d_full', { put: [span('a_3', doc, 4, 6, 'target', '满'.repeat(8000))], remove: [] }),
      ).rejects.toMatchObject({
        code: 'DISK_FULL',
      });
      await reopened.close().catch(() => undefined);
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
      rmSync(filler);
      const again = await SessionStore.open(dir, { create: false });
      expect(
        again
          .annotations('d_full')
          .map((a) => a.id)
          .sort(),
      ).toEqual(['a_1', 'a_2']);
      await again.close();
    } finally {
      unmount(mount);
    }
  });

  it('a refused save-as changes nothing in the open session: its logs are not folded first', async () => {
    const root = tempDir('pizhu-saveas-');
    const sessionPath = join(root, 'work.pizhu');
    const core = await createCore({ dataDir: join(root, 'data'), sessionPath, warn: () => undefined });
    open.push(core);
    const preview = await core.call('import.preview', {
      files: [{ name: 'a.txt', data: Buffer.from(TEXT).toString('base64') }],
      cleanup: false,
    });
    const report = await core.call('import.commit', { previewId: (preview as { value: ImportPreview }).value.previewId });
    const docId = (report as { value: ImportReport }).value.created[0]!.id;
    await core.call('annotations.create', { docId, start: 0, end: 2, tag: 'target' });
    const before = folderBytes(sessionPath);
    const targets: Array<[string, string]> = [
      [join(root, `${'长'.repeat(120)}.pizhu`), 'BAD_PATH'],
      [join(sessionPath, 'inside.pizhu'), 'BAD_PATH'],
      [join(root, 'missing', 'deeper', 'copy.pizhu'), 'BAD_PATH'],
      [join(sessionPath, 'session.json'), 'BAD_PATH'],
      [join(root, 'nul\0name.pizhu'), 'BAD_PATH'],
      [join(root, 'a-file.txt'), 'CONFLICT'],
    ];
    writeFileSync(join(root, 'a-file.txt'), 'not a folder');
    for (const [target, code] of targets) {
      const result = await core.call('session.saveAs', { path: target });
      expect([target, result.ok ? 'ok' : result.error.code]).toEqual([target, code]);
      expect(folderBytes(sessionPath), target).toEqual(before);
    }
    expect(existsSync(join(root, 'missing'))).toBe(false);
    expect((await core.call('annotations.create', { docId, start: 2, end: 4, tag: 'target' })).ok).toBe(true);
  });
});

/**
 * Run a host command to its end, with a file size limit, SIGTERM once it prints `ready`. Node loads tsx itself: the tsx command
 * relays a signal to its child and SIGKILLs it when the child does not answer within 30 ms, which a loaded machine misses.
 */
function runLimited(args: string[], limit: number, ready: RegExp | null): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('prlimit', [`--fsize=${limit}`, process.execPath, '--import', 'tsx', ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (ready?.test(stdout)) {
        ready = null;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a close that fails (the disk is full) exits non-zero with a message, and releases the lock', () => {
  const LIMIT = 1_000_000;

  it('the web host, on SIGTERM', { timeout: 120_000 }, async (test) => {
    if (!existsSync(join(REPO, 'out', 'renderer', 'index.html'))) {
      test.skip('the web host needs the built renderer (npm run build)');
      return;
    }
    const root = tempDir('pizhu-sigterm-');
    const dir = join(root, 'full.pizhu');
    const spans = await sessionThatCannotFold(dir, LIMIT);
    mkdirSync(join(root, 'data'));
    const { code, stderr } = await runLimited(
      ['electron/web/index.ts', '--session', dir, '--data-dir', join(root, 'data')],
      LIMIT,
      /Pizhu web: /,
    );
    expect(code).toBe(1);
    expect(stderr).toContain(join(dir, 'annotations', 'd_big'));
    expect(stderr).not.toMatch(/EFBIG/);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const store = await SessionStore.open(dir, { create: false, readOnly: true });
    expect(store.spanCount()).toBe(spans);
    await store.close();
  });

  it('the desktop app, on quit: an error box names the file and says nothing is lost; it exits 1', { timeout: 120_000 }, async () => {
    requireBuild();
    const root = tempDir('pizhu-quit-full-');
    const dir = join(root, 'full.pizhu');
    const spans = await sessionThatCannotFold(dir, LIMIT);
    const report = runMain(root, ['--session', dir], { limit: ['prlimit', `--fsize=${LIMIT}`], status: 1 });
    expect(report.quitSequence.at(-1)).toBe('exit(1)');
    const [box] = report.errorBoxes as Array<{ title: string; content: string }>;
    expect(box?.title).toBe('无法关闭会话');
    expect(box?.content).toContain(join(dir, 'annotations', 'd_big'));
    expect(box?.content).toContain('下次打开时会读回');
    expect(box?.content).not.toMatch(/EFBIG/);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const store = await SessionStore.open(dir, { create: false, readOnly: true });
    expect(store.spanCount()).toBe(spans);
    await store.close();
  });

  it('the command line', { timeout: 120_000 }, async () => {
    const root = tempDir('pizhu-cli-full-');
    const dir = join(root, 'full.pizhu');
    const spans = await sessionThatCannotFold(dir, LIMIT);
    const { code, stderr } = await runLimited(
      ['electron/cli/index.ts', 'annotate', '--session', dir, '--doc', 'd_big', '--start', '0', '--end', '2', '--tag', 'policy'],
      LIMIT,
      null,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^pizhu: .*annotations\/d_big/);
    expect(stderr).not.toMatch(/unexpected error|EFBIG/);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const store = await SessionStore.open(dir, { create: false, readOnly: true });
    expect(store.spanCount()).toBe(spans + 1);
    await store.close();
    rmSync(root, { recursive: true, force: true });
  });
});
