import { Menu, type BrowserWindow } from 'electron';
import type { Core } from '../core/coreTypes';
import type { MenuCommand } from '../shared/contract';
import { MENU_CHANNEL } from '../shared/operationNames';
import { callCore } from './callCore';
import type { SessionDialogs } from './dialogs';
import { buildMenuTemplate } from './menuTemplate';

/** Tell the page to run a command (the preload hands it to `onMenu` listeners). */
export function sendMenuCommand(window: BrowserWindow, command: MenuCommand): void {
  if (!window.isDestroyed()) window.webContents.send(MENU_CHANNEL, command);
}

/**
 * The application menu, rebuilt by `refresh` whenever its contents may have
 * changed: the language, or the recent sessions after a session was opened.
 */
export function createAppMenu(core: Core, window: BrowserWindow, dialogs: SessionDialogs, dev: boolean): { refresh(): Promise<void> } {
  const afterDialog = async (changed: Promise<boolean>): Promise<void> => {
    if (!(await changed)) return;
    sendMenuCommand(window, 'sessionChanged');
    await refresh();
  };
  const refresh = async (): Promise<void> => {
    const recent = await callCore(core, 'session.recent', {});
    const template = buildMenuTemplate({
      language: core.language(),
      platform: process.platform,
      dev,
      recent: recent.ok ? recent.value.sessions : [],
      actions: {
        send: (command) => sendMenuCommand(window, command),
        newSession: () => void afterDialog(dialogs.create()),
        openSession: () => void afterDialog(dialogs.open()),
        openRecent: (path) => void afterDialog(dialogs.openAt(path)),
        saveAs: () => void afterDialog(dialogs.saveAs()),
        closeSession: () => void afterDialog(dialogs.close()),
        about: () => void dialogs.about(),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  return { refresh };
}
