import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * A CouchDB-compatible server on this machine, for trying team work alone: pouchdb-server, listening on
 * 127.0.0.1 only. Teams use CouchDB 3 (see the README's Team section).
 */
const { values } = parseArgs({
  options: { port: { type: 'string', default: '5984' }, dir: { type: 'string', default: 'team-server-data' } },
});
if (!/^\d{1,5}$/.test(values.port)) {
  console.error(`team-server: --port: not a port number: ${values.port}`);
  process.exit(2);
}
const dir = resolve(values.dir);
mkdirSync(dir, { recursive: true });
const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
const server = spawn(process.execPath, [bin, '--host', '127.0.0.1', '--port', values.port, '--dir', dir], {
  // pouchdb-server writes its config.json and log.txt into its working folder.
  cwd: dir,
  stdio: ['ignore', 'pipe', 'inherit'],
});
server.stdout.on('data', (chunk: Buffer) => {
  if (chunk.toString().includes('has started')) console.log(`Pizhu team server: http://127.0.0.1:${values.port}/ (data in ${dir})`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
