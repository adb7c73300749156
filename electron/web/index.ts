import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/createCore';
import { appDataDir } from '../core/appDataDir';
import { startWebServer } from './webServer';

/**
 * `npm run web -- [--session PATH] [--port N] [--data-dir DIR]`: serve the
 * built renderer and the core's API on 127.0.0.1 and print one line,
 * `Pizhu web: http://127.0.0.1:PORT/?token=TOKEN`.
 */
const appRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      session: { type: 'string' },
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);
  const rendererDir = join(appRoot, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`${rendererDir}: no built renderer; run npm run build first`);

  const core = await createCore({
    dataDir: values['data-dir'] ?? appDataDir(),
    sessionPath: values.session ?? null,
    sampleFile: join(appRoot, 'resources', 'qingdao-2023-01-28.txt'),
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
    // Credentials from PIZHU_TEAM_USER and PIZHU_TEAM_PASSWORD (or given on joining, held in memory).
    team: { background: true },
  });
  const token = randomBytes(24).toString('base64url');
  const { server, url } = await startWebServer({ core, token, rendererDir, port });

  let stopping = false;
  // Stop taking requests, then close the core, which waits for a write under way. A close that fails (the disk is full, so the
  // logs cannot be folded) has lost nothing and has released the lock, but must not look like a clean stop to whoever sent the signal.
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    core.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`pizhu web: the session was not closed cleanly: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Only now: whoever waits for this line may signal at once, and a signal before the handlers would kill the host uncleanly.
  console.log(`Pizhu web: ${url}`);
}

main().catch((error: Error) => {
  console.error(`pizhu web: ${error.message}`);
  process.exit(1);
});
