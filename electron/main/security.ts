import { app, shell, type Session, type WebContents } from 'electron';
import { isSafeExternalUrl } from './externalUrl';

/**
 * Lock down every web contents the app will ever create: no navigation away
 * from the page, in the window or in any frame inside it, no new windows
 * (http(s) links go to the system browser after `isSafeExternalUrl`), no
 * <webview>. Installed before the first window.
 */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  // will-navigate sees the main frame only; an <iframe> the page made would otherwise load anything.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // The parser's normalised form is what was checked, so that is what the system browser gets.
    if (isSafeExternalUrl(url)) void shell.openExternal(new URL(url).href);
    return { action: 'deny' };
  });
}

/** Deny every permission (camera, notifications, geolocation, ...): the app needs none. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
