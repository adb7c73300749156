import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PizhuApi } from '../shared/contract';
import type { Result } from '../shared/errors';
import {
  MENU_CHANNEL,
  MENU_COMMANDS,
  OPERATION_NAMES,
  SESSION_DIALOG_CHANNEL,
  ipcChannel,
  type DesktopBridge,
  type MenuCommand,
  type SessionDialogName,
} from '../shared/operationNames';

/**
 * The bridge the page sees as `window.pizhu`: a transport, not a set of
 * capabilities. One function per API operation forwards its input over IPC,
 * where the main process checks the sender and the core validates the input;
 * `onMenu` delivers the host's menu commands, and `sessionDialog` asks the
 * host for its New, Open or Save as dialog (the host refuses session paths
 * the page names itself, but for a recent session's). Nothing else of
 * Electron or Node reaches the page. Only plain data is imported here (no
 * zod), so the sandboxed preload stays one small file.
 */

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

const operations = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
) as PizhuApi;

const api = {
  ...operations,
  onMenu(listener: (command: MenuCommand) => void): () => void {
    // The IPC event (with its sender) stays here; the page gets only a checked command name.
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
  sessionDialog(dialog: SessionDialogName): Promise<Result<null>> {
    return ipcRenderer.invoke(SESSION_DIALOG_CHANNEL, dialog);
  },
} satisfies PizhuApi & DesktopBridge;

contextBridge.exposeInMainWorld('pizhu', api);
