import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/coreTypes';
import type { Result } from '../shared/errors';
import { OPERATION_NAMES, ipcChannel, type OperationName } from '../shared/operationNames';
import { isTrustedRendererUrl, type RendererTarget } from './rendererTarget';

/**
 * Serve every API operation over IPC: one `ipcMain.handle` per operation
 * name, each a thin door to `core.call`, which validates the input against
 * the contract. Messages from any frame other than our own page are refused
 * before the core sees them. `afterCall` lets the host react to what the
 * page changed (the menu follows the language and the recent sessions).
 */
export function registerIpc(
  core: Core,
  target: RendererTarget,
  afterCall: (name: OperationName, result: Result<unknown>) => void,
): void {
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      const frameUrl = event.senderFrame?.url;
      if (frameUrl === undefined || !isTrustedRendererUrl(frameUrl, target)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: `${name}: refused a call from a page that is not Pizhu's (${frameUrl ?? 'a closed frame'})` } };
      }
      const result = await core.call(name, input);
      afterCall(name, result);
      return result;
    });
  }
}
