import { readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

/** The built renderer's files, for both hosts that serve them: the web host over HTTP, the desktop app over its app: scheme. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file under `root` that a URL path names, or null. Decodes the path
 * once, refuses NUL and backslashes, and checks that the resolved path stays
 * inside `root`, so no encoding of '..' can reach a file outside it.
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(base, relative);
  if (full !== base && !full.startsWith(base + sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

export function readStatic(path: string): { body: Buffer; type: string } {
  return { body: readFileSync(path), type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' };
}
