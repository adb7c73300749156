import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { createCore } from '../core/createCore';
import type { Core } from '../core/coreTypes';
import type { OperationName } from '../shared/operationNames';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { sessionArg } from './args';
import { SessionDialogs } from './dialogs';
import { handleDownloads } from './downloads';
import { hostStrings } from './hostStrings';
import { registerIpc, registerSessionDialogIpc } from './ipc';
import { createAppMenu } from './menu';
import { rendererTarget } from './rendererTarget';
import { safeCredentials } from './safeCredentials';
import { hardenAllWebContents, hardenSession } from './security';
import { createMainWindow } from './window';

/** The built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/. */
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const PRELOAD_PATH = join(outDir, 'preload', 'index.cjs');
const RENDERER_DIR = join(outDir, 'renderer');
const SAMPLE_NAME = 'qingdao-2023-01-28.txt';

/** Operations after which the menu may read differently (language, recent sessions). */
const MENU_INPUTS = new Set<OperationName>(['settings.set', 'session.create', 'session.open', 'session.saveAs', 'session.close']);

/** Writes started while closing (the window bounds), which quitting waits for. */
const pendingWrites = new Set<Promise<void>>();

function trackWrite(write: Promise<void>): void {
  const settled = write.catch(() => undefined);
  pendingWrites.add(settled);
  void settled.then(() => pendingWrites.delete(settled));
}

function sampleFile(): string {
  return app.isPackaged ? join(process.resourcesPath, SAMPLE_NAME) : join(app.getAppPath(), 'resources', SAMPLE_NAME);
}

async function start(): Promise<void> {
  hardenAllWebContents();
  const target = rendererTarget(process.env.ELECTRON_RENDERER_URL, RENDERER_DIR);
  if (target.kind === 'app') registerAppScheme();
  await app.whenReady();
  hardenSession(session.defaultSession);
  if (target.kind === 'app') serveRenderer(session.defaultSession, target.root);

  let core: Core;
  try {
    core = await createCore({
      dataDir: app.getPath('userData'),
      sessionPath: sessionArg(process.argv, process.cwd()),
      sampleFile: sampleFile(),
      locale: app.getLocale(),
      team: { credentials: safeCredentials(app.getPath('userData')), background: true },
    });
  } catch (error) {
    dialog.showErrorBox('Pizhu', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }

  handleDownloads(session.defaultSession, () => core.language());
  const window: BrowserWindow = createMainWindow(core, target, PRELOAD_PATH, trackWrite);
  const menu = createAppMenu(core, window, new SessionDialogs(core, window, () => core.language()), !app.isPackaged);
  // Registered in the task that created the window: its page cannot call before this.
  registerIpc(core, target, (name, result) => {
    if (result.ok && MENU_INPUTS.has(name)) void menu.refresh();
  });
  registerSessionDialogIpc(target, (dialog) => menu.sessionDialog(dialog));
  await menu.refresh();

  app.on('second-instance', () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  // One window holds the one open session and its lock, so closing it ends the app on macOS too.
  app.on('window-all-closed', () => app.quit());

  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void Promise.allSettled(pendingWrites)
      .then(() => core.close())
      .then(
        () => {
          closed = true;
          app.quit();
        },
        // Nothing is lost (the changes are in the session's log) but the user must not take it for a clean close.
        (error: unknown) => {
          const s = hostStrings(core.language());
          dialog.showErrorBox(s.closeFailed, `${error instanceof Error ? error.message : String(error)}\n\n${s.closeFailedOnQuit}`);
          closed = true;
          app.exit(1);
        },
      );
  });
}

// PIZHU_DATA_DIR, which the web host and the CLI honour too, gives tests and portable setups their own data folder.
if (process.env.PIZHU_DATA_DIR) app.setPath('userData', process.env.PIZHU_DATA_DIR);

// A second launch hands over to the running app (which comes to the front) instead of fighting over the session lock.
if (app.requestSingleInstanceLock()) void start();
else app.quit();
