import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { importFiles, sampleFile, startWebHost, stopWebHost, type WebHost } from './webHost';

export interface WebFixture extends WebHost {
  /** Stop the host and start it again on the same session and data folder (new port and token). */
  restart(): Promise<void>;
}

/**
 * `web`: a fresh web host per test, on its own temp session and data folder,
 * with the bundled sample report imported.
 */
export const test = base.extend<{ web: WebFixture }>({
  web: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-'));
    const sessionPath = join(dir, 'work.pizhu');
    const dataDir = join(dir, 'data');
    let host = await startWebHost(sessionPath, dataDir);
    await importFiles(host, [sampleFile()]);
    const fixture: WebFixture = {
      ...host,
      restart: async () => {
        await stopWebHost(host);
        host = await startWebHost(sessionPath, dataDir);
        Object.assign(fixture, host);
      },
    };
    await use(fixture);
    await stopWebHost(host);
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
