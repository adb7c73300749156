import { Menu, type BrowserWindow } from 'electron';
import type { Core } from '../core/coreTypes';
import type { MenuCommand } from '../shared/contract';
import { MENU_CHANNEL, type SessionDialogName } from '../shared/operationNames';
import { callCore } from '../core/callCore';
import type { SessionDialogs } from './dialogs';
import { buildMenuTemplate } from './menuTemplate';

/** Tell the page to run a command (the preload hands it to `onMenu` listeners). */
export function sendMenuCommand(window: BrowserWindow, command: MenuCommand): void {
  if (!window.isDestroyed()) window.webContents.send(MENU_CHANNEL, command);
}

/**
 * The application menu, rebuilt by `refresh` whenever its contents may have
 * changed: the language, or the recent sessions after a session was opened.
 * `sessionDialog` runs a session dialog as its menu item does, for the page
 * to ask for too.
 */
export function createAppMenu(
  core: Core,
  window: BrowserWindow,
  dialogs: SessionDialogs,
  dev: boolean,
): { refresh(): Promise<void>; sessionDialog(dialog: SessionDialogName): Promise<void> } {
  const afterDialog = async (changed: Promise<boolean>): Promise<void> => {
    if (!(await changed)) return;
    sendMenuCommand(window, 'sessionChanged');
    await refresh();
  };
  const sessionDialog = (dialog: SessionDialogName): Promise<void> =>
    afterDialog(dialog === 'newSession' ? dialogs.create() : dialog === 'openSession' ? dialogs.open() : dialogs.saveAs());
  const refresh = async (): Promise<void> => {
    const recent = await callCore(core, 'session.recent', {});
    const template = buildMenuTemplate({
      language: core.language(),
      platform: process.platform,
      dev,
      recent: recent.ok ? recent.value.sessions : [],
      actions: {
        send: (command) => sendMenuCommand(window, command),
        newSession: () => void sessionDialog('newSession'),
        openSession: () => void sessionDialog('openSession'),
        openRecent: (path) => void afterDialog(dialogs.openAt(path)),
        saveAs: () => void sessionDialog('saveAs'),
        closeSession: () => void afterDialog(dialogs.close()),
        about: () => void dialogs.about(),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  return { refresh, sessionDialog };
}
