import { app, shell, type Session, type WebContents } from 'electron';
import { isSafeExternalUrl } from './externalUrl';

/**
 * The page's Content Security Policy, sent as a response header as a second
 * layer behind the <meta> in renderer/index.html (both apply, so the stricter
 * wins): the page runs only its own bundled script and reaches nothing
 * outside the app. Style attributes are allowed here and left to the page's
 * own policy: they carry no script.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Lock down every web contents the app will ever create: no navigation away
 * from the page, no new windows (http(s) links go to the system browser after
 * `isSafeExternalUrl`), no <webview>. Installed before the first window.
 */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // The parser's normalised form is what was checked, so that is what the system browser gets.
    if (isSafeExternalUrl(url)) void shell.openExternal(new URL(url).href);
    return { action: 'deny' };
  });
}

/**
 * Deny every permission (camera, notifications, geolocation, ...): the app
 * needs none. `withCspHeader` is off under the dev server, whose injected
 * hot-reload scripts the strict policy would block.
 */
export function hardenSession(session: Session, withCspHeader: boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (!withCspHeader) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
