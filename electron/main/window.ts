import { BrowserWindow, screen } from 'electron';
import type { Core } from '../core/coreTypes';
import { pageUrl, type RendererTarget } from './rendererTarget';
import { restorableBounds } from './windowBounds';

/**
 * Open the main window where it was last closed. It is created hidden and
 * shown on `ready-to-show` so the user never sees an empty frame. The page
 * runs isolated and sandboxed with no Node: everything it may do goes
 * through the preload's `window.pizhu`. `trackWrite` receives the bounds
 * save started on close, so that quitting can wait for it.
 */
export function createMainWindow(
  core: Core,
  target: RendererTarget,
  preloadPath: string,
  trackWrite: (write: Promise<void>) => void,
): BrowserWindow {
  const bounds = restorableBounds(
    core.windowBounds(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // A middle click would otherwise ask for a new window; the open handler denies it, but better not to ask.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const normal = window.getNormalBounds();
    trackWrite(
      core.setWindowBounds({
        x: Math.round(normal.x),
        y: Math.round(normal.y),
        width: Math.round(normal.width),
        height: Math.round(normal.height),
        maximized: window.isMaximized(),
      }),
    );
  });
  void window.loadURL(pageUrl(target));
  return window;
}
