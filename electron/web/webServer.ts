import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/coreTypes';
import { readStatic, resolveStatic } from '../core/staticFiles';
import { HEADER_CSP } from '../shared/csp';
import { MAX_IMPORT_BYTES } from '../core/import/readDocuments';
import type { Result } from '../shared/errors';
import { isLoopbackHost, isOwnOrigin } from './loopback';

/** Large enough for a 50 MB text sent base64 in an import; anything bigger is refused before it is read. */
export const MAX_BODY_BYTES = 200 * 2 ** 20;

function send(res: ServerResponse, status: number, body: Result<unknown> | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    // The token travels in the page's URL: never hand it to another site.
    'referrer-policy': 'no-referrer',
    'content-security-policy': HEADER_CSP,
    'cache-control': 'no-store',
  });
  res.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

function refuse(
  res: ServerResponse,
  status: number,
  code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_INPUT',
  message: string,
): void {
  send(res, status, { ok: false, error: { code, message } });
}

const NOT_JSON = 'the request body is not JSON';

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a body was refused; for an import, in terms of the files the user picked, which the request carries base64-encoded. */
function tooLarge(path: string): string {
  const limit = `${MAX_BODY_BYTES / 2 ** 20} MiB`;
  if (path !== '/api/import.preview') return `request too large (limit ${limit})`;
  return `the files picked are too large to send together (over ${limit} once encoded; each may be at most ${MAX_IMPORT_BYTES / 2 ** 20} MiB): import fewer at a time`;
}

/** Bytes JSON allows before a value: a body that starts with anything else is refused on its first chunk instead of being read whole. */
const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const JSON_VALUE_START = new Set([...'{["-0123456789tfn'].map((c) => c.charCodeAt(0)));

type Body = { ok: true; bytes: Buffer } | { ok: false; status: 400 | 413 };

/** The request's body, or why it was refused: over the limit (by its declared length, before any of it is read, or as it arrives) or not JSON from its first byte. */
async function readBody(req: IncomingMessage): Promise<Body> {
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return { ok: false, status: 413 };
  const chunks: Buffer[] = [];
  let size = 0;
  let started = false;
  for await (const chunk of req) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > MAX_BODY_BYTES) return { ok: false, status: 413 };
    if (!started) {
      const first = bytes.findIndex((b) => !JSON_SPACE.has(b));
      if (first >= 0) {
        if (!JSON_VALUE_START.has(bytes[first]!)) return { ok: false, status: 400 };
        started = true;
      }
    }
    chunks.push(bytes);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

export interface WebServerOptions {
  core: Core;
  token: string;
  rendererDir: string;
  port: number;
}

/**
 * The web host: the built renderer and the API on 127.0.0.1 only. Every
 * request must name a loopback Host; API requests need the token and, from a
 * browser, this host's own Origin.
 */
export async function startWebServer(options: WebServerOptions): Promise<{ server: Server; port: number; url: string }> {
  const { core, token, rendererDir } = options;
  let port = options.port;
  const server = createServer((req, res) => {
    void (async () => {
      if (!isLoopbackHost(req.headers.host)) return refuse(res, 403, 'FORBIDDEN', 'this server answers only to 127.0.0.1 or localhost');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/api/')) {
        if (!isOwnOrigin(req.headers.origin, port)) return refuse(res, 403, 'FORBIDDEN', 'cross-origin requests are refused');
        if (!tokenMatches(req.headers['x-pizhu-token'], token)) return refuse(res, 401, 'UNAUTHORIZED', 'missing or wrong token');
        if (req.method !== 'POST') return refuse(res, 405, 'INVALID_INPUT', 'use POST');
        const body = await readBody(req);
        if (!body.ok) {
          if (body.status === 413) return refuse(res, 413, 'INVALID_INPUT', tooLarge(url.pathname));
          return refuse(res, 400, 'INVALID_INPUT', NOT_JSON);
        }
        let input: unknown;
        try {
          input = body.bytes.length ? JSON.parse(body.bytes.toString('utf8')) : {};
        } catch {
          return refuse(res, 400, 'INVALID_INPUT', NOT_JSON);
        }
        let name: string;
        try {
          name = decodeURIComponent(url.pathname.slice(5));
        } catch {
          return refuse(res, 404, 'NOT_FOUND', 'no such operation');
        }
        return send(res, 200, await core.call(name, input));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'INVALID_INPUT', 'use GET');
      const file = resolveStatic(rendererDir, url.pathname);
      if (!file) return refuse(res, 404, 'NOT_FOUND', 'no such file');
      const { body, type } = readStatic(file);
      return send(res, 200, body, type);
    })().catch((error: Error) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: error.message } });
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  return { server, port, url: `http://127.0.0.1:${port}/?token=${token}` };
}
