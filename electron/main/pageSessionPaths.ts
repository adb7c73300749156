import type { Core } from '../core/coreTypes';
import type { OperationName } from '../shared/operationNames';
import { callCore } from '../core/callCore';

/**
 * Why the desktop host refuses a call from the page that names a session
 * folder, or null to let it through. In the desktop app folders come from
 * the host: its own dialogs (from the menu, or run at the page's request on
 * SESSION_DIALOG_CHANNEL) and the recent list it keeps, which only those
 * dialogs, `--session` and the default session fill (the page cannot write
 * it). So a compromised page cannot create, open or copy a session at a
 * path of its choosing; it may only reopen a recent session by its listed
 * path. (The web host lets its page name paths: it has no dialogs of its own.)
 */
export async function pageSessionPathRefusal(core: Core, name: OperationName, input: unknown): Promise<string | null> {
  if (name === 'session.create' || name === 'session.saveAs') {
    return `${name}: in the desktop app a new session folder is chosen in the app's own dialog`;
  }
  if (name !== 'session.open') return null;
  const path = typeof input === 'object' && input !== null && 'path' in input ? input.path : undefined;
  const recent = await callCore(core, 'session.recent', {});
  if (recent.ok && recent.value.sessions.some((session) => session.path === path)) return null;
  return `${name}: in the desktop app a session is opened from the app's own dialog or its list of recent sessions`;
}
