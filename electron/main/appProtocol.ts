import { protocol, type Session } from 'electron';
import { readStatic, resolveStatic } from '../core/staticFiles';
import { HEADER_CSP } from '../shared/csp';
import { APP_HOST, APP_SCHEME } from './rendererTarget';

/**
 * Make app: a standard scheme (relative URLs resolve, the page has an origin
 * of its own) and a secure one (treated like https). It gets nothing more:
 * no CSP bypass, no fetch or CORS privileges, no service workers, since the
 * page needs none. Electron accepts this only before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/** Serve the built renderer on app://pizhu/ in `session`, every file with the page's CSP. */
export function serveRenderer(session: Session, root: string): void {
  session.protocol.handle(APP_SCHEME, (request) => rendererResponse(root, request));
}

function refused(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
}

/**
 * One request's answer: a file under `root` for a GET on our own host, else
 * 404 or 405. resolveStatic keeps every encoding of '..' inside `root`.
 */
function rendererResponse(root: string, request: Request): Response {
  if (request.method !== 'GET') return refused(405, 'use GET');
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return refused(404, 'no such host');
  const file = resolveStatic(root, url.pathname);
  if (!file) return refused(404, 'no such file');
  const { body, type } = readStatic(file);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { 'content-type': type, 'x-content-type-options': 'nosniff', 'content-security-policy': HEADER_CSP },
  });
}
