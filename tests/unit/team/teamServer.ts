import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';

/** A pouchdb-server on 127.0.0.1 and a free port, its data in `dir`, as a team's CouchDB stands in tests. */
export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

export async function startTeamServer(dir: string, port?: number): Promise<TestServer> {
  const chosen = port ?? (await freePort());
  const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
  const child: ChildProcess = spawn(process.execPath, [bin, '--host', '127.0.0.1', '--port', String(chosen), '--dir', dir], {
    // pouchdb-server writes its config.json and log.txt into its working folder.
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('pouchdb-server did not start in 60 s')), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('has started')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`pouchdb-server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${chosen}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
