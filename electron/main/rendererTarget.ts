import { pathToFileURL } from 'node:url';

/** Where the window's page comes from: the built file, or the dev server that electron-vite starts. */
export type RendererTarget = { kind: 'file'; path: string } | { kind: 'url'; url: string };

/**
 * The renderer to load: `devServerUrl` (electron-vite sets ELECTRON_RENDERER_URL
 * in `electron-vite dev`) when present, else the built index.html.
 */
export function rendererTarget(devServerUrl: string | undefined, builtIndexHtml: string): RendererTarget {
  return devServerUrl ? { kind: 'url', url: devServerUrl } : { kind: 'file', path: builtIndexHtml };
}

/**
 * Whether an IPC message comes from our own page. Any frame can reach
 * ipcRenderer if a page ever got one (an iframe, a navigation that slipped
 * through), so every handler asks this of the sender frame's URL: exactly our
 * index.html (query and hash aside) for the built app, the dev server's origin
 * in development.
 */
export function isTrustedRendererUrl(frameUrl: string, target: RendererTarget): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (target.kind === 'url') return url.origin !== 'null' && url.origin === new URL(target.url).origin;
  if (url.protocol !== 'file:' || url.host !== '') return false;
  // Chromium and Node percent-encode slightly different character sets; compare decoded paths.
  const actual = decodedPath(url.pathname);
  return actual !== null && actual === decodedPath(pathToFileURL(target.path).pathname);
}

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
