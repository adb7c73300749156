import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/coreTypes';
import type { Result } from '../shared/errors';
import {
  OPERATION_NAMES,
  SESSION_DIALOGS,
  SESSION_DIALOG_CHANNEL,
  ipcChannel,
  type OperationName,
  type SessionDialogName,
} from '../shared/operationNames';
import { pageSessionPathRefusal } from './pageSessionPaths';
import { isTrustedRendererUrl, type RendererTarget } from './rendererTarget';

/** A refusal for a message from any frame other than our own page, or null when it is ours. */
function foreignSender(event: IpcMainInvokeEvent, target: RendererTarget, what: string): Result<never> | null {
  const frameUrl = event.senderFrame?.url;
  if (frameUrl !== undefined && isTrustedRendererUrl(frameUrl, target)) return null;
  return {
    ok: false,
    error: { code: 'FORBIDDEN', message: `${what}: refused a call from a page that is not Pizhu's (${frameUrl ?? 'a closed frame'})` },
  };
}

/**
 * Serve every API operation over IPC: one `ipcMain.handle` per operation
 * name, each a thin door to `core.call`, which validates the input against
 * the contract. Messages from any frame other than our own page are refused
 * before the core sees them, and so are session paths the host did not hand
 * out (pageSessionPaths.ts). `afterCall` lets the host react to what the
 * page changed (the menu follows the language and the recent sessions).
 */
export function registerIpc(core: Core, target: RendererTarget, afterCall: (name: OperationName, result: Result<unknown>) => void): void {
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      const foreign = foreignSender(event, target, name);
      if (foreign) return foreign;
      const refusal = await pageSessionPathRefusal(core, name, input);
      if (refusal !== null) return { ok: false, error: { code: 'FORBIDDEN', message: refusal } };
      const result = await core.call(name, input);
      afterCall(name, result);
      return result;
    });
  }
}

function isSessionDialog(value: unknown): value is SessionDialogName {
  return (SESSION_DIALOGS as readonly unknown[]).includes(value);
}

/**
 * Let our page ask for the host's New, Open and Save as dialogs, which pick
 * the folder natively (the page may not name one itself). `run` is what the
 * menu items do; the page learns of a changed session as it does after the
 * menu, by the 'sessionChanged' command.
 */
export function registerSessionDialogIpc(target: RendererTarget, run: (dialog: SessionDialogName) => Promise<void>): void {
  ipcMain.handle(SESSION_DIALOG_CHANNEL, async (event: IpcMainInvokeEvent, dialog: unknown): Promise<Result<null>> => {
    const foreign = foreignSender(event, target, SESSION_DIALOG_CHANNEL);
    if (foreign) return foreign;
    if (!isSessionDialog(dialog))
      return { ok: false, error: { code: 'INVALID_INPUT', message: `${SESSION_DIALOG_CHANNEL}: no such dialog` } };
    await run(dialog);
    return { ok: true, value: null };
  });
}
