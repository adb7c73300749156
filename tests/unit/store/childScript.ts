import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Bundle a child-process script into one .mjs file. Starting it with
 * `node --import tsx` compiles every module on each start, several times
 * slower than loading one prepared file, and the crash test starts hundreds
 * of children. The bundle lives under node_modules/.cache so that the
 * packages left outside it resolve from the repo's node_modules.
 */
export async function bundleScripts(entries: readonly string[]): Promise<{ files: string[]; remove: () => void }> {
  const { build } = await import('esbuild');
  const cache = join(REPO, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'pizhu-child-'));
  const files: string[] = [];
  for (const entry of entries) {
    const outfile = join(dir, basename(entry).replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
    });
    files.push(outfile);
  }
  return { files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running child script and the complete lines it has printed so far. */
export interface RunningChild {
  process: ChildProcess;
  /** Complete stdout lines after "ready". */
  lines: string[];
  stderr: () => string;
  /** Resolves once the process has exited and its output is read, with how it ended. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Start a bundled script and wait until it prints "ready"; rejects, with its
 * stderr, if it exits first. `wrapper` runs it under another command, e.g. prlimit.
 */
export function startChild(file: string, args: readonly string[], wrapper: readonly string[] = []): Promise<RunningChild> {
  const [command, ...rest] = [...wrapper, process.execPath, file, ...args];
  const child = spawn(command!, rest, { stdio: ['ignore', 'pipe', 'pipe'] });
  let pending = '';
  let ready = false;
  let errors = '';
  const lines: string[] = [];
  // 'close', not 'exit': stdout may still hold lines when the process exits.
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      // Only whole lines count: the last piece may still be arriving.
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const line of parts) {
        if (ready) lines.push(line);
        else if (line === 'ready') {
          ready = true;
          resolve({ process: child, lines, stderr: () => errors, closed });
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (!ready) reject(new Error(`${basename(file)} exited (${signal ?? code}) before it was ready: ${errors}`));
    });
  });
}

/** Kill with SIGKILL and wait until the process is gone and its output is read; the signal that ended it. */
export async function killChild(child: RunningChild): Promise<NodeJS.Signals | null> {
  child.process.kill('SIGKILL');
  return (await child.closed).signal;
}
