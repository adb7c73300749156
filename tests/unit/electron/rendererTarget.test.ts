import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedRendererUrl, rendererTarget } from '../../../electron/main/rendererTarget';

const built = join('/opt', 'Pizhu 批注', 'resources', 'app', 'out', 'renderer', 'index.html');
const fileTarget = rendererTarget(undefined, built);
const devTarget = rendererTarget('http://localhost:5173/', built);

describe('rendererTarget', () => {
  it('loads the dev server when electron-vite names one, else the built page', () => {
    expect(fileTarget).toEqual({ kind: 'file', path: built });
    expect(devTarget).toEqual({ kind: 'url', url: 'http://localhost:5173/' });
    expect(rendererTarget('', built)).toEqual(fileTarget);
  });
});

describe('isTrustedRendererUrl', () => {
  const page = pathToFileURL(built).href;

  it('trusts the built page, with any query or hash, however Chromium encodes the path', () => {
    expect(isTrustedRendererUrl(page, fileTarget)).toBe(true);
    expect(isTrustedRendererUrl(`${page}?doc=1#top`, fileTarget)).toBe(true);
    expect(isTrustedRendererUrl('file:///opt/Pizhu%20%E6%89%B9%E6%B3%A8/resources/app/out/renderer/index.html', fileTarget)).toBe(true);
  });

  it.each([
    ['another file', pathToFileURL(join('/opt', 'Pizhu 批注', 'evil.html')).href],
    ['a sibling of the page', page.replace('index.html', 'index.html.evil')],
    ['a file on another host', page.replace('file://', 'file://evil')],
    ['a web page', 'https://evil.example/'],
    ['the dev server when running built', 'http://localhost:5173/'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['a broken percent escape', 'file:///opt/%E0%A4%A/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s for the built page', (_what, url) => {
    expect(isTrustedRendererUrl(url, fileTarget)).toBe(false);
  });

  it('trusts the dev server origin and nothing else in development', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/src/index.html', devTarget)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', devTarget)).toBe(false);
    expect(isTrustedRendererUrl('http://127.0.0.1:5173/', devTarget)).toBe(false);
    expect(isTrustedRendererUrl('https://localhost:5173/', devTarget)).toBe(false);
    expect(isTrustedRendererUrl(page, devTarget)).toBe(false);
    expect(isTrustedRendererUrl('data:text/html,x', devTarget)).toBe(false);
  });
});
