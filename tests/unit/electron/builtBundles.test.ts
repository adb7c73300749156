import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADER_CSP } from '../../../electron/shared/csp';
import { OPERATION_NAMES, MENU_CHANNEL, SESSION_DIALOG_CHANNEL, ipcChannel } from '../../../electron/shared/operationNames';
import { PRELOAD, requireBuild, runMain, type Report } from './builtMain';

/**
 * The bundles `npm start` runs, checked as built: the main process under
 * plain Node with fakeElectron.mjs in place of 'electron' (builtMain.ts), and
 * the preload in an empty V8 context as Electron's sandbox would run it.
 */
beforeAll(requireBuild);

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
    expect(window?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window?.webPreferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(window?.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(report.shown).toBe(true);
  });

  it('points the window at the built preload, and at the page on the app: scheme rather than file://', () => {
    const preload = String(report.windows[0]?.webPreferences.preload);
    expect(preload).toBe(PRELOAD);
    expect(existsSync(preload)).toBe(true);
    expect(report.loadFile).toEqual([]);
    expect(report.loadURL).toEqual(['app://pizhu/index.html']);
  });

  it('registers app: before ready as standard and secure only, and serves the built renderer on it with the CSP', () => {
    expect(report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    expect(report.schemesRegisteredBeforeReady).toBe(true);
    expect(report.protocolHandles).toEqual(['app']);
    const { page, root, script } = report.responses;
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: HEADER_CSP, nosniff: true });
    expect(page?.body).toMatch(/^<!doctype html>/);
    expect(root).toEqual(page);
    expect(page?.script, 'the page names its bundled script').toMatch(/^assets\/index-[\w-]+\.js$/);
    expect(script).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', csp: HEADER_CSP });
  });

  it('answers nothing outside the built renderer, nothing for another host, and only GET', () => {
    const { missing, encodedParent, encodedParentTwice, backslash, otherHost, post } = report.responses;
    // out/main/index.js and package.json exist: a 404 means the path was kept inside out/renderer.
    for (const [name, response] of Object.entries({ missing, encodedParent, encodedParentTwice, backslash, otherHost })) {
      expect(response?.status, name).toBe(404);
      expect(response?.csp, name).toBeNull();
    }
    expect(post?.status).toBe(405);
  });

  it('serves exactly the operation channels and the session dialog channel, to our page only', () => {
    expect([...report.handles].sort()).toEqual([...OPERATION_NAMES.map(ipcChannel), SESSION_DIALOG_CHANNEL].sort());
    expect(report.ipc.infoFromPage?.ok).toBe(true);
    for (const key of [
      'infoFromForeignPage',
      'infoFromOtherFile',
      'infoFromOtherAppPage',
      'infoFromClosedFrame',
      'dialogFromForeignPage',
    ]) {
      expect(report.ipc[key]?.error?.code, key).toBe('FORBIDDEN');
    }
    expect(report.ipc.badInputFromPage?.error?.code).toBe('INVALID_INPUT');
    expect(report.ipc.unknownDialogFromPage?.error?.code).toBe('INVALID_INPUT');
  });

  it("refuses session paths the page names, but for a recent session, and runs its own dialog at the page's request", () => {
    for (const key of ['createFromPage', 'saveAsFromPage', 'openUnlistedFromPage']) {
      expect(report.ipc[key]?.error?.code, key).toBe('FORBIDDEN');
    }
    expect(existsSync(join(home, 'typed.pizhu'))).toBe(false);
    expect(existsSync(join(home, 'copy.pizhu'))).toBe(false);
    // The page asked for the New dialog: the host showed it, created the folder the user picked and told the page.
    expect(report.ipc.newDialogFromPage).toEqual({ ok: true, value: null });
    expect(report.dialogs.map((d) => d.kind)).toEqual(['save']);
    expect((report.ipc.infoAfterDialog?.value as { path: string }).path).toBe(join(home, 'picked.pizhu'));
    expect(existsSync(join(home, 'picked.pizhu', 'session.json'))).toBe(true);
    expect(report.sent).toContainEqual([MENU_CHANNEL, 'sessionChanged']);
    // The first session is on the recent list, so the page may go back to it by that path.
    expect(report.ipc.openRecentFromPage?.ok).toBe(true);
    expect((report.ipc.openRecentFromPage?.value as { path: string }).path).toBe((report.ipc.infoFromPage?.value as { path: string }).path);
  });

  it('starts the core on the user data folder, with the bundled sample in the default session', () => {
    const info = report.ipc.infoFromPage?.value as { path: string };
    expect(info.path.startsWith(join(home, 'userData'))).toBe(true);
    const titles = (report.ipc.documentsFromPage?.value as Array<{ title: string }>).map((d) => d.title);
    expect(titles.some((title) => title.includes('市北'))).toBe(true);
    expect(report.errorBoxes).toEqual([]);
  });

  it('denies navigation of the window and of any frame, redirects, webviews, new windows and permissions; opens only safe links outside', () => {
    expect(report.navigationPrevented).toEqual({
      'will-navigate': true,
      'will-redirect': true,
      'will-attach-webview': true,
      'will-frame-navigate': true,
    });
    expect(Object.values(report.windowOpen)).toEqual(['deny', 'deny', 'deny']);
    expect(report.openExternal).toEqual(['https://www.gov.cn/zhengce/']);
    expect(report.permissionRequest).toBe(false);
    expect(report.permissionCheck).toBe(false);
  });

  it('saves exports through a dialog and refuses downloads from the web', () => {
    const [local, remote] = Object.values(report.downloads);
    expect(local?.prevented).toBe(false);
    expect(local?.dialogOptions?.defaultPath).toBe(join(home, 'documents', 'export.csv'));
    expect(remote?.prevented).toBe(true);
  });

  it('sends menu commands to the page on the menu channel, and a second launch focuses the window', () => {
    expect(report.sent).toEqual([
      [MENU_CHANNEL, 'sessionChanged'],
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
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, 'onMenu', 'sessionDialog'].sort());
    for (const name of OPERATION_NAMES) await api[name]?.({});
    await api.sessionDialog?.('openSession');
    expect(invoked).toEqual([...OPERATION_NAMES.map(ipcChannel), SESSION_DIALOG_CHANNEL]);
  });
});
