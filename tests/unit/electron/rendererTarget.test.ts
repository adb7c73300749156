import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, isTrustedRendererUrl, pageUrl, rendererTarget } from '../../../electron/main/rendererTarget';

const built = join('/opt', 'Pizhu 批注', 'resources', 'app', 'out', 'renderer');
const appTarget = rendererTarget(undefined, built);
const devTarget = rendererTarget('http://localhost:5173/', built);

describe('rendererTarget', () => {
  it('loads the dev server when electron-vite names one, else the built renderer on the app: scheme', () => {
    expect(appTarget).toEqual({ kind: 'app', root: built });
    expect(devTarget).toEqual({ kind: 'url', url: 'http://localhost:5173/' });
    expect(rendererTarget('', built)).toEqual(appTarget);
    expect(pageUrl(appTarget)).toBe('app://pizhu/index.html');
    expect(pageUrl(devTarget)).toBe('http://localhost:5173/');
  });
});

describe('isTrustedRendererUrl', () => {
  it('trusts the built page, with any query or hash', () => {
    expect(isTrustedRendererUrl(APP_PAGE_URL, appTarget)).toBe(true);
    expect(isTrustedRendererUrl(`${APP_PAGE_URL}?doc=1#top`, appTarget)).toBe(true);
  });

  it.each([
    ['the built page as a file', pathToFileURL(join(built, 'index.html')).href],
    ['another page on the scheme', 'app://pizhu/evil.html'],
    ['a script on the scheme', 'app://pizhu/assets/index.js'],
    ['a sibling of the page', 'app://pizhu/index.html.evil'],
    ['the page in a folder', 'app://pizhu/x/index.html'],
    ['another host on the scheme', 'app://evil/index.html'],
    ['the host with a port', 'app://pizhu:1/index.html'],
    ['the host with credentials', 'app://user:pass@pizhu/index.html'],
    ['another scheme on the host', 'https://pizhu/index.html'],
    ['a web page', 'https://evil.example/'],
    ['the dev server when running built', 'http://localhost:5173/'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['garbage', 'not a url'],
  ])('refuses %s for the built page', (_what, url) => {
    expect(isTrustedRendererUrl(url, appTarget)).toBe(false);
  });

  it('trusts the dev server origin and nothing else in development', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/src/index.html', devTarget)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', devTarget)).toBe(false);
    expect(isTrustedRendererUrl('http://127.0.0.1:5173/', devTarget)).toBe(false);
    expect(isTrustedRendererUrl('https://localhost:5173/', devTarget)).toBe(false);
    expect(isTrustedRendererUrl(APP_PAGE_URL, devTarget)).toBe(false);
    expect(isTrustedRendererUrl('data:text/html,x', devTarget)).toBe(false);
  });
});
