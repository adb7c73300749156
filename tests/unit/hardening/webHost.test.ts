import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/coreTypes';
import { startWebServer } from '../../../electron/web/webServer';
import type { ImportPreview } from '../../../electron/shared/contract';
import type { DocumentSummary } from '../../../electron/shared/model';
import { call } from '../core/coreCalls';

const run = promisify(execFile);
const appRoot = resolve(import.meta.dirname, '..', '..', '..');
const CANARY = 'PIZHU-CANARY-outside-renderer';
const canaryPath = join(appRoot, 'out', 'secret.txt');

/**
 * The web host's server and core, in this process: tests/e2e/webHost.ts
 * spawns the same two (electron/web/index.ts is only their wiring), but it
 * belongs to the e2e TypeScript project, which unit tests cannot import.
 */
let host: { server: Server; core: Core; port: number; token: string; origin: string; url: string };
let dir: string;

/** One raw HTTP/1.1 exchange over a socket, so that no client library normalises the path or the headers. */
function raw(port: number, head: string, body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(`${head}\r\nConnection: close\r\n\r\n${body}`, 'latin1'));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
  });
}

/** A GET with exactly this request target and Host. */
const get = (target: string, hostHeader: string | null = `127.0.0.1:${host.port}`) =>
  raw(host.port, `GET ${target} HTTP/1.1${hostHeader === null ? '' : `\r\nHost: ${hostHeader}`}`);

/** An API call with chosen headers; the body is JSON unless given as a string. */
async function apiCall(name: string, headers: Record<string, string>, body: unknown = {}, path = `/api/${name}`) {
  const response = await fetch(`http://127.0.0.1:${host.port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string; message: string } } };
}

/** An API POST with a chosen Host (fetch will not set one). */
function apiWithHost(hostHeader: string, extra = ''): Promise<{ status: number; text: string }> {
  return raw(
    host.port,
    `POST /api/session.info HTTP/1.1\r\nHost: ${hostHeader}\r\nx-pizhu-token: ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 2${extra}`,
    '{}',
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pizhu-webhost-'));
  writeFileSync(canaryPath, CANARY);
  const core = await createCore({ dataDir: join(dir, 'data'), sessionPath: join(dir, 'web.pizhu') });
  const token = randomBytes(24).toString('base64url');
  const { server, port, url } = await startWebServer({ core, token, rendererDir: join(appRoot, 'out', 'renderer'), port: 0 });
  host = { server, core, port, token, origin: `http://127.0.0.1:${port}`, url };
}, 60_000);

afterAll(async () => {
  host.server.close();
  host.server.closeAllConnections();
  await host.core.close();
  rmSync(canaryPath, { force: true });
  await rm(dir, { recursive: true, force: true });
});

/** Streams a body of `total` bytes of one value to an operation until the host answers; says the status and how much had been written by then. */
function pushBody(options: { total: number; fill: number; contentLength?: number }): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: host.port,
      method: 'POST',
      path: '/api/session.info',
      headers: {
        'x-pizhu-token': host.token,
        'content-type': 'application/json',
        ...(options.contentLength === undefined ? {} : { 'content-length': options.contentLength }),
      },
    });
    const chunk = Buffer.alloc(4 * 2 ** 20, options.fill);
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode!, sent });
      req.destroy();
    });
    // The server may close the connection as it answers: only an error before any answer fails the test.
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const pump = (): void => {
      while (!answered && sent < options.total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('where the web host listens', () => {
  it('on 127.0.0.1 only: its URL names it, and other local addresses refuse the connection', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    expect((host.server.address() as AddressInfo).address).toBe('127.0.0.1');
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a!.address);
    for (const address of [...others, '::1']) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ port: host.port, host: address }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });
});

describe('who may call the API', () => {
  it('needs the token in its header: none, a wrong one, or one only in the query string is 401', async () => {
    expect((await apiCall('session.info', {})).status).toBe(401);
    expect((await apiCall('session.info', { 'x-pizhu-token': 'wrong' })).status).toBe(401);
    expect((await apiCall('session.info', { 'x-pizhu-token': `${host.token}x` })).status).toBe(401);
    expect((await apiCall('session.info', { 'x-pizhu-token': host.token.slice(0, -1) })).status).toBe(401);
    const queryOnly = await apiCall('session.info', {}, {}, `/api/session.info?token=${host.token}`);
    expect(queryOnly.status).toBe(401);
    expect(queryOnly.body.error!.code).toBe('UNAUTHORIZED');
    expect((await apiCall('session.info', { 'x-pizhu-token': host.token })).status).toBe(200);
  });

  it('answers only to a loopback Host (DNS rebinding): other names, tricks and an empty or missing Host are 403', async () => {
    for (const bad of [
      'evil.com',
      '127.0.0.1.evil.com',
      'localhost.evil.com',
      `evil.com:${host.port}`,
      `user@127.0.0.1:${host.port}`,
      `127.0.0.1@evil.com`,
      '',
      '0.0.0.0',
      '[::ffff:127.0.0.1]',
      `localhost:${host.port}/x`,
    ]) {
      expect((await apiWithHost(bad)).status, `Host: ${bad}`).toBe(403);
      expect((await get('/', bad)).status, `GET with Host: ${bad}`).toBe(403);
    }
    // HTTP/1.1 without Host: Node itself answers 400; HTTP/1.0 without Host reaches the check.
    expect((await get('/', null)).status).toBe(400);
    expect((await raw(host.port, 'GET / HTTP/1.0')).status).toBe(403);
    // Decided: the port in Host is not checked. Rebinding is about the name a page used; a loopback name on another port still means this machine.
    expect((await apiWithHost('127.0.0.1:1')).status).toBe(200);
    expect((await apiWithHost(`localhost:${host.port}`)).status).toBe(200);
    expect((await apiWithHost(`LOCALHOST:${host.port}`)).status).toBe(200);
  });

  it('refuses a foreign or null Origin with 403, and accepts its own', async () => {
    const token = { 'x-pizhu-token': host.token };
    for (const origin of [
      'http://evil.com',
      'null',
      `http://127.0.0.1:${host.port + 1}`,
      `https://127.0.0.1:${host.port}`,
      `http://127.0.0.1.evil.com:${host.port}`,
      'file://',
      '',
      `http://127.0.0.1:${host.port}/x`,
      `http://127.0.0.1:${host.port}/`,
    ]) {
      const result = await apiCall('session.info', { ...token, origin });
      expect(result.status, `Origin: ${origin}`).toBe(403);
      expect(result.body.error!.code).toBe('FORBIDDEN');
    }
    expect((await apiCall('session.info', { ...token, origin: host.origin })).status).toBe(200);
    expect((await apiCall('session.info', { ...token, origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses a body that is not JSON (400), a body over the limit (413), an unknown operation (NOT_FOUND) and GET (405)', async () => {
    const token = { 'x-pizhu-token': host.token };
    const notJson = await apiCall('session.info', token, '{"a":');
    expect([notJson.status, notJson.body.error!.code]).toEqual([400, 'INVALID_INPUT']);
    const unknown = await apiCall('no.such.op', token);
    expect(unknown.body.error!.code).toBe('NOT_FOUND');
    const traversal = await apiCall('x', token, {}, '/api/..%2fsession.info');
    expect(traversal.body.error!.code).toBe('NOT_FOUND');
    const malformed = await apiCall('x', token, {}, '/api/%E0%A4%A');
    expect([malformed.status, malformed.body.error!.code]).toEqual([404, 'NOT_FOUND']);
    const viaGet = await raw(host.port, `GET /api/session.info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-pizhu-token: ${host.token}`);
    expect(viaGet.status).toBe(405);

    expect((await pushBody({ total: 220 * 2 ** 20, fill: 0x20 })).status).toBe(413);
    expect((await apiCall('session.info', token)).status).toBe(200);
  });

  it('refuses a body declared over the limit (413) and one that cannot be JSON (400) before reading the rest of it', async () => {
    const total = 96 * 2 ** 20;
    const declared = await pushBody({ total, fill: 0x20, contentLength: 10 * 2 ** 30 });
    expect(declared.status).toBe(413);
    expect(declared.sent).toBeLessThan(total);
    const junk = await pushBody({ total, fill: 0x61 });
    expect(junk.status).toBe(400);
    expect(junk.sent).toBeLessThan(total);
    expect((await apiCall('session.info', { 'x-pizhu-token': host.token })).status).toBe(200);
  });
});

describe('static files', () => {
  it('serves the renderer', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.text).toContain('<div id="root">');
  });

  it('never serves a file outside out/renderer, however the path is encoded', async () => {
    const targets = [
      '/../secret.txt',
      '/../../out/secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/%252e%252e/secret.txt',
      '/..%2fsecret.txt',
      '/..%2Fsecret.txt',
      '/.%2e/secret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..\\secret.txt',
      '/%5c..%5csecret.txt',
      '/..%5csecret.txt',
      '/secret.txt%00.html',
      '/%00/../secret.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '/....//secret.txt',
      '//../secret.txt',
      `${canaryPath}`,
      `/${encodeURIComponent(canaryPath)}`,
      'http://127.0.0.1/../secret.txt',
      '/etc/passwd',
      '//etc/passwd',
      '/../../../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..%252f..%252f..%252fetc%252fpasswd',
      `/${'../'.repeat(20)}etc/passwd`,
      '/file:///etc/passwd',
    ];
    for (const target of targets) {
      const response = await get(target);
      expect(response.text, target).not.toContain(CANARY);
      expect(response.text, target).not.toMatch(/root:.*:0:0:/);
      expect([200, 400, 403, 404], target).toContain(response.status);
      // A 200 is only the renderer's own index (a client that normalised the path first).
      if (response.status === 200) expect(response.text, target).toContain('<div id="root">');
    }
  });
});

describe('export file names never become paths', () => {
  const titles = ['../../evil', '..\\..\\evil', '/etc/passwd', 'CON', 'a/b:c*?.txt', '..', '.', ' ', '\u202Eevil.exe', 'evil\u0000.txt'];
  let session: string;

  beforeAll(async () => {
    session = join(dir, '..\\..\\evil-session.pizhu');
    const core = await createCore({ dataDir: join(dir, 'cli-data'), sessionPath: session });
    const files = titles.map((t, i) => ({
      name: `doc${i}.txt`,
      data: Buffer.from(`正文第${i}段：这是一段用于导出的文字，够长也以句号结尾。`).toString('base64'),
    }));
    const preview = await call<ImportPreview>(core, 'import.preview', { files, cleanup: false });
    await call(core, 'import.commit', { previewId: preview.previewId });
    const docs = await call<DocumentSummary[]>(core, 'documents.list');
    for (const [i, d] of docs.entries()) {
      const title = titles[Number(/doc(\d+)/.exec(d.source.fileName)![1])]!;
      if (title.trim()) await call(core, 'documents.rename', { id: d.id, title });
      await call(core, 'annotations.create', { docId: d.id, start: 0, end: 2, tag: 'target', note: `n${i}` });
    }
    const exported = await call<{ fileName: string }>(core, 'export.run', { format: 'brat' });
    expect(exported.fileName).not.toMatch(/[\\/]|^\./);
    await core.close();
  }, 60_000);

  /** Every file under a folder, relative to it. */
  function tree(root: string): string[] {
    return readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((p) => statSync(join(root, p)).isFile())
      .sort();
  }

  it('the CLI writes exactly the --out file (a ../ path resolved against the working folder), and brat and qdpx entries are plain names', async () => {
    const work = join(dir, 'cli', 'work');
    mkdirSync(work, { recursive: true });
    const before = tree(dir);
    for (const [format, out] of [
      ['brat', '../brat-out.zip'],
      ['qdpx', '../qdpx-out.qdpx'],
    ] as const) {
      await run(
        join(appRoot, 'node_modules', '.bin', 'tsx'),
        [join(appRoot, 'electron', 'cli', 'index.ts'), 'export', '--session', session, '--format', format, '--out', out],
        {
          cwd: work,
          env: { ...process.env, PIZHU_DATA_DIR: join(dir, 'cli-data') },
        },
      );
      const written = join(work, out);
      expect(existsSync(written)).toBe(true);
      const zip = await JSZip.loadAsync(await import('node:fs/promises').then((fs) => fs.readFile(written)));
      for (const name of Object.keys(zip.files)) {
        for (const part of name.replace(/\/$/, '').split('/')) {
          expect(part, name).not.toMatch(/^\.\.?$|\\|^$|\u0000/);
        }
        expect(name.startsWith('/')).toBe(false);
      }
      if (format === 'brat') expect(Object.keys(zip.files).filter((n) => n.endsWith('.ann'))).toHaveLength(titles.length);
    }
    const added = tree(dir).filter((p) => !before.includes(p));
    // Only the two exports, and whatever the session itself keeps (its lock and journal) inside its own folder.
    const elsewhere = added.filter(
      (p) => ![relative(dir, session), 'cli-data', 'web.pizhu', 'data'].some((own) => p.startsWith(`${own}/`)),
    );
    expect(elsewhere).toEqual(['cli/brat-out.zip', 'cli/qdpx-out.qdpx']);
  });
});
