import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const appRoot = resolve(import.meta.dirname, '..', '..');
export const samplePath = join(appRoot, 'resources', 'qingdao-2023-01-28.txt');

/** A running web host: the real core and the built renderer, as `npm run web` serves them. */
export interface WebHost {
  url: string;
  origin: string;
  token: string;
  port: number;
  sessionPath: string;
  dataDir: string;
  process: ChildProcess;
}

/** Start `electron/web/index.ts` on a free port and wait for its `Pizhu web:` line. */
export async function startWebHost(sessionPath: string, dataDir: string, port = 0): Promise<WebHost> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web/index.ts', '--session', sessionPath, '--data-dir', dataDir, '--port', String(port)],
    {
      cwd: appRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PIZHU_DATA_DIR: dataDir },
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolvePromise, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Pizhu web: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(stdout);
      if (match) resolvePromise(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    port: Number(parsed.port),
    sessionPath,
    dataDir,
    process: child,
  };
}

export async function stopWebHost(host: WebHost): Promise<void> {
  if (host.process.exitCode !== null) return;
  await new Promise<void>((resolvePromise) => {
    host.process.once('exit', () => resolvePromise());
    host.process.kill('SIGTERM');
  });
}

/** Call one API operation the way the renderer does. */
export async function api<T = unknown>(host: Pick<WebHost, 'origin' | 'token'>, name: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pizhu-token': host.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/** Import files into the host's session through the API (preview, then commit). */
export async function importFiles(host: WebHost, files: { name: string; data: Buffer }[]): Promise<void> {
  const preview = await api<{ previewId: string }>(host, 'import.preview', {
    files: files.map((f) => ({ name: f.name, data: f.data.toString('base64') })),
    cleanup: true,
  });
  await api(host, 'import.commit', { previewId: preview.previewId });
}

export function sampleFile(): { name: string; data: Buffer } {
  return { name: 'qingdao-2023-01-28.txt', data: readFileSync(samplePath) };
}
