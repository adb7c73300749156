import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { DEV_PAGE_CSP, HEADER_CSP, PAGE_CSP } from '../../../electron/shared/csp';
import { startWebServer } from '../../../electron/web/webServer';
import { OUT, requireBuild, runMain } from './builtMain';

/** A policy's directives, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name!, sources];
    }),
  );
}

/** Every Content-Security-Policy <meta> of a page, in order. */
function metaPolicies(html: string): string[] {
  const policies: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') policies.push(attributes.content ?? '');
    },
  });
  parser.end(html);
  return policies;
}

beforeAll(requireBuild);

describe('one Content-Security-Policy (electron/shared/csp.ts), the same wherever the page is served', () => {
  it('is written into the built page once, and declared nowhere in the page source', () => {
    expect(metaPolicies(readFileSync(join(OUT, 'renderer', 'index.html'), 'utf8'))).toEqual([PAGE_CSP]);
    expect(metaPolicies(readFileSync('renderer/index.html', 'utf8'))).toEqual([]);
  });

  it('is the header the desktop app sends with the page, and the header the web host sends', async () => {
    const home = mkdtempSync(join(tmpdir(), 'pizhu-csp-'));
    try {
      const desktop = runMain(home).responses.page?.csp;
      const core = await createCore({ dataDir: join(home, 'web'), locale: 'zh-CN' });
      const { server, port } = await startWebServer({ core, token: 't', rendererDir: join(OUT, 'renderer'), port: 0 });
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        expect(metaPolicies(await response.text())).toEqual([PAGE_CSP]);
        expect({ desktop, web: response.headers.get('content-security-policy') }).toEqual({ desktop: HEADER_CSP, web: HEADER_CSP });
      } finally {
        server.close();
        await core.close();
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('says in the header only what a <meta> cannot: the page policy plus frame-ancestors', () => {
    expect(HEADER_CSP).toBe(`${PAGE_CSP}; frame-ancestors 'none'`);
    expect(PAGE_CSP).not.toMatch(/unsafe-|frame-ancestors/);
  });

  it('is relaxed for the dev server only where it must be: inline scripts and styles, and its websocket', () => {
    const [page, dev] = [directives(PAGE_CSP), directives(DEV_PAGE_CSP)];
    expect([...dev.keys()]).toEqual([...page.keys()]);
    for (const [name, sources] of page) {
      const added = dev.get(name)!.filter((source) => !sources.includes(source));
      expect(dev.get(name), name).toEqual(expect.arrayContaining(sources));
      expect({ [name]: added }).toEqual({
        [name]:
          {
            'script-src': ["'unsafe-inline'"],
            'style-src': ["'unsafe-inline'"],
            'connect-src': ['ws://localhost:*', 'http://localhost:*'],
          }[name] ?? [],
      });
    }
  });
});
