import type { Result } from '../../../electron/shared/errors';
import { OPERATION_NAMES, type DesktopBridge } from '../../../electron/shared/operationNames';
import type { PizhuApi } from '../../../electron/shared/contract';
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

/**
 * How the page reaches the core: the preload's bridge in Electron, HTTP in
 * the web mode. Both are built from the one list of operations; what they
 * answer is unchecked here (client.ts checks it against the contract).
 */
export const transport: PizhuApi = window.pizhu ?? httpTransport();

/** Whether the app runs inside Electron (menus and dialogs come from the host). */
export const isElectron = window.pizhu !== undefined;
