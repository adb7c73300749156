import { PizhuError, type Result } from '../../../electron/shared/errors';
import { OPERATION_NAMES, type OperationName } from '../../../electron/shared/operationNames';
import type { Input, MenuCommand, Output, PizhuApi } from '../../../electron/shared/contract';

declare global {
  interface Window {
    /** Present in Electron, exposed by the preload; absent in the web mode. */
    pizhu?: PizhuApi & { onMenu?: (listener: (command: MenuCommand) => void) => () => void };
  }
}

const TOKEN_KEY = 'pizhu.token';

/** The web mode's token: from `?token=` on first load, then kept for reloads of this tab. */
function webToken(): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): PizhuApi {
  const token = webToken();
  const entries = OPERATION_NAMES.map((name) => [
    name,
    async (input: unknown): Promise<Result<unknown>> => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pizhu-token': token },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    },
  ]);
  return Object.fromEntries(entries) as PizhuApi;
}

const transport: PizhuApi = window.pizhu ?? httpTransport();

/** Whether the app runs inside Electron (menus and dialogs come from the host). */
export const isElectron = window.pizhu !== undefined;

/** Call an API operation; resolves with its output or rejects with a PizhuError. */
export async function call<N extends OperationName>(name: N, input: Input<N>): Promise<Output<N>> {
  const fn = transport[name] as (input: Input<N>) => Promise<Result<Output<N>>>;
  const result = await fn(input);
  if (!result.ok) throw new PizhuError(result.error.code, result.error.message);
  return result.value;
}

/** Listen for the Electron menu's commands; a no-op in the web mode. */
export function onMenu(listener: (command: MenuCommand) => void): () => void {
  return window.pizhu?.onMenu?.(listener) ?? (() => {});
}
