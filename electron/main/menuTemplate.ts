import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';
import type { Language, RecentSession } from '../shared/model';
import { hostStrings } from './hostStrings';

/** What menu items do: commands for the page, or session dialogs the host runs itself. */
export interface MenuActions {
  send(command: MenuCommand): void;
  newSession(): void;
  openSession(): void;
  openRecent(path: string): void;
  saveAs(): void;
  closeSession(): void;
  about(): void;
}

export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Developer tools appear only in an unpackaged app. */
  dev: boolean;
  recent: readonly RecentSession[];
  actions: MenuActions;
}

/**
 * The application menu. Undo and Redo send commands rather than using
 * Electron's `undo` role: the document is read-only, and what the user undoes
 * is the annotation history kept by the core.
 */
export function buildMenuTemplate({ language, platform, dev, recent, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const s = hostStrings(language);
  const send = (command: MenuCommand) => () => actions.send(command);
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: s.noRecent, enabled: false }]
      : recent.map((session) => ({ label: `${session.name}  (${session.path})`, click: () => actions.openRecent(session.path) }));

  const file: MenuItemConstructorOptions = {
    label: s.file,
    submenu: [
      { label: s.newSession, click: () => actions.newSession() },
      { label: s.openSession, accelerator: 'CmdOrCtrl+O', click: () => actions.openSession() },
      { label: s.openRecent, submenu: recentItems },
      { label: s.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
      { type: 'separator' },
      { label: s.import, accelerator: 'CmdOrCtrl+I', click: send('import') },
      { label: s.export, accelerator: 'CmdOrCtrl+E', click: send('export') },
      { type: 'separator' },
      { label: s.closeSession, click: () => actions.closeSession() },
      ...(platform === 'darwin' ? [] : [{ type: 'separator' } as const, { label: s.quit, role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: s.edit,
    submenu: [
      { label: s.undo, accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { label: s.redo, accelerator: platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('redo') },
      { type: 'separator' },
      // Cut and Paste serve the note and tag fields; on macOS text fields get these keys only through the menu.
      { label: s.cut, role: 'cut' },
      { label: s.copy, role: 'copy' },
      { label: s.paste, role: 'paste' },
      { label: s.selectAll, role: 'selectAll' },
      { type: 'separator' },
      { label: s.find, accelerator: 'CmdOrCtrl+F', click: send('find') },
      { label: s.search, accelerator: 'CmdOrCtrl+Shift+F', click: send('search') },
      { label: s.indicators, accelerator: 'CmdOrCtrl+Shift+G', click: send('indicators') },
      { label: s.agreement, click: send('agreement') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: s.view,
    submenu: [
      { label: s.table, accelerator: 'CmdOrCtrl+Shift+L', click: send('table') },
      { type: 'separator' },
      { label: s.reload, role: 'reload' },
      ...(dev ? [{ label: s.devTools, role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { label: s.resetZoom, role: 'resetZoom' },
      { label: s.zoomIn, role: 'zoomIn' },
      { label: s.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: s.fullscreen, role: 'togglefullscreen' },
    ],
  };
  const tools: MenuItemConstructorOptions = {
    label: s.tools,
    submenu: [
      { label: s.tags, click: send('tags') },
      { label: s.settings, accelerator: 'CmdOrCtrl+,', click: send('settings') },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: s.help,
    role: 'help',
    submenu: [{ label: s.about, click: () => actions.about() }],
  };
  return [...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []), file, edit, view, tools, help];
}
