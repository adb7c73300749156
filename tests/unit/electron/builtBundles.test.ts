import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, MENU_CHANNEL, ipcChannel } from '../../../electron/shared/operationNames';

/**
 * The bundles `npm start` runs, checked as built: the main process runs
 * under plain Node with fakeElectron.mjs in place of 'electron' (which drives
 * it through start-up, IPC, hardening, menu clicks and quit), and the preload
 * runs in an empty V8 context as Electron's sandbox would. PIZHU_OUT_DIR
 * points at a build made elsewhere.
 */
const OUT = resolve(process.env.PIZHU_OUT_DIR ?? 'out');
const MAIN = join(OUT, 'main', 'index.js');
const PRELOAD = join(OUT, 'preload', 'index.cjs');
const LOADER = resolve('tests/unit/electron/fakeElectronLoader.mjs');

interface Report {
  singleInstanceLock: number;
  windows: Array<{ show: boolean; webPreferences: Record<string, unknown> }>;
  loadFile: string[];
  loadURL: string[];
  shown: boolean;
  handles: string[];
  ipc: Record<string, { ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  sent: unknown[][];
  navigationPrevented: Record<string, boolean>;
  windowOpen: Record<string, string | null>;
  openExternal: string[];
  permissionRequest: boolean | null;
  permissionCheck: boolean | null;
  csp: string[] | null;
  downloads: Record<string, { prevented: boolean; dialogOptions: { defaultPath?: string } | null }>;
  secondInstance: { focused?: boolean };
  errorBoxes: unknown[];
  quitSequence: string[];
}

function runMain(home: string, args: string[] = []): Report {
  const reportPath = join(home, 'report.json');
  const env: NodeJS.ProcessEnv = { ...process.env, FAKE_ELECTRON_HOME: home, FAKE_ELECTRON_REPORT: reportPath };
  delete env.ELECTRON_RENDERER_URL;
  delete env.PIZHU_DATA_DIR;
  const child = spawnSync(process.execPath, ['--import', LOADER, MAIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  if (child.status !== 0 || !existsSync(reportPath)) {
    throw new Error(`main process exited with ${child.status}:\n${child.stdout}\n${child.stderr}`);
  }
  return JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
}

beforeAll(() => {
  for (const file of [MAIN, PRELOAD]) {
    if (!existsSync(file)) throw new Error(`${relative('.', file)} is missing: run \`npm run build\` first (\`npm test\` does)`);
  }
});

describe('built main process (out/main/index.js)', () => {
  let home: string;
  let report: Report;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'pizhu-main-'));
    report = runMain(home);
  });

  it('opens one hidden, isolated, sandboxed window without Node, shown when ready', () => {
    expect(report.singleInstanceLock).toBe(1);
    expect(report.windows).toHaveLength(1);
    const [window] = report.windows;
    expect(window?.show).toBe(false);
    expect(window?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' });
    expect(window?.webPreferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(window?.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(report.shown).toBe(true);
  });

  it('points the window at files that exist in the build: the preload and the renderer page', () => {
    const preload = String(report.windows[0]?.webPreferences.preload);
    expect(preload).toBe(PRELOAD);
    expect(existsSync(preload)).toBe(true);
    expect(report.loadURL).toEqual([]);
    expect(report.loadFile).toEqual([join(OUT, 'renderer', 'index.html')]);
    expect(existsSync(report.loadFile[0] ?? ''), 'out/renderer/index.html (build the renderer)').toBe(true);
  });

  it('serves exactly the operation channels, to our page only', () => {
    expect([...report.handles].sort()).toEqual(OPERATION_NAMES.map(ipcChannel).sort());
    expect(report.ipc.infoFromPage?.ok).toBe(true);
    for (const key of ['infoFromForeignPage', 'infoFromOtherFile', 'infoFromClosedFrame']) {
      expect(report.ipc[key]?.error?.code, key).toBe('FORBIDDEN');
    }
    expect(report.ipc.badInputFromPage?.error?.code).toBe('INVALID_INPUT');
  });

  it('starts the core on the user data folder, with the bundled sample in the default session', () => {
    const info = report.ipc.infoFromPage?.value as { path: string };
    expect(info.path.startsWith(join(home, 'userData'))).toBe(true);
    const titles = (report.ipc.documentsFromPage?.value as Array<{ title: string }>).map((d) => d.title);
    expect(titles.some((title) => title.includes('市北'))).toBe(true);
    expect(report.errorBoxes).toEqual([]);
  });

  it('denies navigation, redirects, webviews, new windows and permissions; opens only safe links outside', () => {
    expect(report.navigationPrevented).toEqual({ 'will-navigate': true, 'will-redirect': true, 'will-attach-webview': true });
    expect(Object.values(report.windowOpen)).toEqual(['deny', 'deny', 'deny']);
    expect(report.openExternal).toEqual(['https://www.gov.cn/zhengce/']);
    expect(report.permissionRequest).toBe(false);
    expect(report.permissionCheck).toBe(false);
    expect(report.csp?.[0]).toContain("script-src 'self'");
  });

  it('saves exports through a dialog and refuses downloads from the web', () => {
    const [local, remote] = Object.values(report.downloads);
    expect(local?.prevented).toBe(false);
    expect(local?.dialogOptions?.defaultPath).toBe(join(home, 'documents', 'export.csv'));
    expect(remote?.prevented).toBe(true);
  });

  it('sends menu commands to the page on the menu channel, and a second launch focuses the window', () => {
    expect(report.sent).toEqual([
      [MENU_CHANNEL, 'undo'],
      [MENU_CHANNEL, 'find'],
    ]);
    expect(report.secondInstance.focused).toBe(true);
  });

  it('on quit, waits for the window bounds and the session to be written and unlocked', () => {
    expect(report.quitSequence).toEqual(['quit()', 'will-quit prevented', 'quit()', 'will-quit']);
    const settings = JSON.parse(readFileSync(join(home, 'userData', 'settings.json'), 'utf8')) as { windowBounds: unknown };
    expect(settings.windowBounds).toEqual({ x: 40, y: 30, width: 1111, height: 777, maximized: false });
    const info = report.ipc.infoFromPage?.value as { path: string };
    expect(existsSync(join(info.path, '.lock'))).toBe(false);
  });

  it('opens the session named by --session', () => {
    const other = mkdtempSync(join(tmpdir(), 'pizhu-main-'));
    const session = join(other, 'mine.pizhu');
    const second = runMain(other, ['--session', session]);
    expect((second.ipc.infoFromPage?.value as { path: string }).path).toBe(session);
    expect(existsSync(join(session, 'session.json'))).toBe(true);
  });
});

describe('built preload (out/preload/index.cjs)', () => {
  it('is one CommonJS file whose only require is electron', () => {
    const code = readFileSync(PRELOAD, 'utf8');
    const requires = [...code.matchAll(/\brequire\s*\(\s*([^)]*)\)/g)].map((m) => m[1]?.trim());
    expect(requires).toEqual(['"electron"']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('runs in an empty context (no Node globals), exposing the operations and onMenu over their channels', async () => {
    const code = readFileSync(PRELOAD, 'utf8');
    const exposed: Record<string, Record<string, (input?: unknown) => unknown>> = {};
    const invoked: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (input?: unknown) => unknown>) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: async (channel: string) => invoked.push(channel),
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    const required: string[] = [];
    const wrapper = runInNewContext(`(function (require, exports, module) {\n${code}\n})`, {}) as (
      require: (id: string) => unknown,
      exports: object,
      module: { exports: object },
    ) => void;
    const exports = {};
    wrapper(
      (id) => {
        required.push(id);
        if (id !== 'electron') throw new Error(`the sandbox cannot require ${id}`);
        return electron;
      },
      exports,
      { exports },
    );
    expect(required).toEqual(['electron']);
    const api = exposed.pizhu ?? {};
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, 'onMenu'].sort());
    for (const name of OPERATION_NAMES) await api[name]?.({});
    expect(invoked).toEqual(OPERATION_NAMES.map(ipcChannel));
  });
});
