import { PizhuError, type Result } from '../../../electron/shared/errors';
import { OPERATION_NAMES, type DesktopBridge, type OperationName, type SessionDialogName } from '../../../electron/shared/operationNames';
import { contract, type Input, type MenuCommand, type Output, type PizhuApi } from '../../../electron/shared/contract';
import { requestBody } from './requestBody';

declare global {
  interface Window {
    /** Present in Electron, exposed by the preload; absent in the web mode. */
    pizhu?: PizhuApi & Partial<DesktopBridge>;
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
  // Edits still unsaved when the page goes away are saved on pagehide; keepalive lets those requests outlive the page.
  // This listener is added at start-up, before any component's, so it runs first.
  let leaving = false;
  window.addEventListener('pagehide', () => (leaving = true));
  window.addEventListener('pageshow', () => (leaving = false));
  const entries = OPERATION_NAMES.map((name) => [
    name,
    async (input: unknown): Promise<Result<unknown>> => {
      // A small body is built at once, so that a request made on pagehide starts before the page goes.
      const body = requestBody(input);
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pizhu-token': token },
        body: typeof body === 'string' ? body : await body,
        keepalive: leaving,
      });
      return (await response.json()) as Result<unknown>;
    },
  ]);
  return Object.fromEntries(entries) as PizhuApi;
}

const transport: PizhuApi = window.pizhu ?? httpTransport();

/** Whether the app runs inside Electron (menus and dialogs come from the host). */
export const isElectron = window.pizhu !== undefined;

/**
 * Call an API operation; resolves with its output or rejects with a
 * PizhuError. The answer crossed a process boundary, so it is checked
 * against the contract before the UI uses it.
 */
export async function call<N extends OperationName>(name: N, input: Input<N>): Promise<Output<N>> {
  const fn = transport[name] as (input: Input<N>) => Promise<Result<unknown>>;
  const result = await fn(input);
  if (typeof result !== 'object' || result === null) throw new PizhuError('INTERNAL', `${name}: no answer from the core`);
  if (!result.ok) throw new PizhuError(result.error.code, result.error.message);
  const output = contract[name].output.safeParse(result.value);
  if (!output.success) throw new PizhuError('INTERNAL', `${name}: the core answered with an unexpected shape`);
  return output.data as Output<N>;
}

/** Listen for the Electron menu's commands; a no-op in the web mode. */
export function onMenu(listener: (command: MenuCommand) => void): () => void {
  return window.pizhu?.onMenu?.(listener) ?? (() => {});
}

/**
 * In Electron, have the host run its own New, Open or Save as dialog: it
 * refuses session folders the page names itself. A changed session arrives
 * as the 'sessionChanged' command, as after the native menu.
 */
export async function hostSessionDialog(dialog: SessionDialogName): Promise<void> {
  const result = await window.pizhu?.sessionDialog?.(dialog);
  if (result && !result.ok) throw new PizhuError(result.error.code, result.error.message);
}
