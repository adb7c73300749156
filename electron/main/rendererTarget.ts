/**
 * The built renderer is served on a scheme of our own (electron/main/appProtocol.ts)
 * rather than file://: the page gets an origin of its own, its 'self' means
 * the renderer's files only, and no URL it can form reaches another file on disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pizhu';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where the window's page comes from: the built renderer folder, or the dev server that electron-vite starts. */
export type RendererTarget = { kind: 'app'; root: string } | { kind: 'url'; url: string };

/**
 * The renderer to load: `devServerUrl` (electron-vite sets ELECTRON_RENDERER_URL
 * in `electron-vite dev`) when present, else the built renderer folder.
 */
export function rendererTarget(devServerUrl: string | undefined, builtRendererDir: string): RendererTarget {
  return devServerUrl ? { kind: 'url', url: devServerUrl } : { kind: 'app', root: builtRendererDir };
}

/** The address the window loads. */
export function pageUrl(target: RendererTarget): string {
  return target.kind === 'url' ? target.url : APP_PAGE_URL;
}

/**
 * Whether an IPC message comes from our own page. Any frame can reach
 * ipcRenderer if a page ever got one (an iframe, a navigation that slipped
 * through), so every handler asks this of the sender frame's URL: exactly
 * app://pizhu/index.html (query and hash aside) for the built app, the dev
 * server's origin in development.
 */
export function isTrustedRendererUrl(frameUrl: string, target: RendererTarget): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (target.kind === 'url') return url.origin !== 'null' && url.origin === new URL(target.url).origin;
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/index.html'
  );
}
