import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { createCore } from '../../electron/core/createCore';

/** The Electron binary, when its postinstall could download it; `require('electron')` names it. */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const SKIP_REASON = 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): skipped';
// The list reporter shows a skip without its reason; say it where the run's output shows it.
if (binary === null) console.log(`electron.spec.ts: ${SKIP_REASON}`);
test.skip(binary === null, SKIP_REASON);

/** A session holding the bundled sample, made with the core the app itself runs. */
async function sessionWithSample(dir: string): Promise<string> {
  const sessionPath = join(dir, 'e2e.pizhu');
  const core = await createCore({ dataDir: join(dir, 'prepare'), sessionPath, locale: 'zh-CN' });
  const sample = resolve('resources/qingdao-2023-01-28.txt');
  const preview = await core.call('import.preview', {
    files: [{ name: basename(sample), data: readFileSync(sample).toString('base64') }],
  });
  if (!preview.ok) throw new Error(preview.error.message);
  const commit = await core.call('import.commit', { previewId: (preview.value as { previewId: string }).previewId });
  if (!commit.ok) throw new Error(commit.error.message);
  await core.close();
  return sessionPath;
}

test('the desktop app opens a session in a hardened window and shows its documents', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-electron-'));
  const sessionPath = await sessionWithSample(dir);
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    // Chromium will not start its sandbox as root (CI runs as root); the page sandbox is checked by the unit tests.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.', '--session', sessionPath],
    env: { ...process.env, PIZHU_DATA_DIR: join(dir, 'data'), ELECTRON_RENDERER_URL: '' },
  });
  try {
    const window = await app.firstWindow();
    const errors: string[] = [];
    window.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    window.on('pageerror', (error) => errors.push(error.message));

    await expect(window).toHaveTitle(/Pizhu/);
    await expect(window.getByText('市北', { exact: false }).first()).toBeVisible();

    const bridge = await window.evaluate(() => ({
      pizhu: typeof (window as { pizhu?: unknown }).pizhu,
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
    }));
    expect(bridge).toEqual({ pizhu: 'object', require: 'undefined', process: 'undefined' });
    expect(errors).toEqual([]);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
