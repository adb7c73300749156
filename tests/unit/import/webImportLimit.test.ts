import { randomBytes } from 'node:crypto';
import { request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/coreTypes';
import { MAX_BODY_BYTES, startWebServer } from '../../../electron/web/webServer';
import { tempFolder } from './importFixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let host: { server: Server; core: Core; port: number; token: string };
beforeAll(async () => {
  folder = await tempFolder();
  const core = await createCore({ dataDir: join(folder.dir, 'data'), sessionPath: join(folder.dir, 'web.pizhu') });
  const token = randomBytes(24).toString('base64url');
  const { server, port } = await startWebServer({ core, token, rendererDir: folder.dir, port: 0 });
  host = { server, core, port, token };
});
afterAll(async () => {
  host.server.close();
  host.server.closeAllConnections();
  await host.core.close();
  await folder.done();
});

/** Posts an import of two files that together, base64-encoded, pass the body limit, and returns the answer. */
function postTooMuch(): Promise<{ status: number; body: { ok: boolean; error: { code: string; message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: host.port,
      method: 'POST',
      path: '/api/import.preview',
      headers: { 'x-pizhu-token': host.token, 'content-type': 'application/json' },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        req.destroy();
      });
    });
    // The server may close the connection as it answers: only an error before any answer fails the test.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const file = 'A'.repeat(4 * 2 ** 20);
    let sent = 0;
    const pump = (): void => {
      if (sent === 0 && !req.write('{"cleanup":true,"files":[{"name":"a.txt","data":"')) return void req.once('drain', pump);
      while (!answered && sent <= MAX_BODY_BYTES) {
        sent += file.length;
        if (!req.write(file)) return void req.once('drain', pump);
      }
      if (!answered) req.end('"}]}');
    };
    pump();
  });
}

describe('the web host refuses an import larger than it takes in one request', () => {
  it('says so in terms of the files, before reading the rest', async () => {
    const { status, body } = await postTooMuch();
    expect(status).toBe(413);
    expect(body.error).toEqual({
      code: 'INVALID_INPUT',
      message:
        'the files picked are too large to send together (over 200 MiB once encoded; each may be at most 100 MiB): import fewer at a time',
    });
  });
});
