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
  /** Resolves once the process has exited, with its signal. */
  exited: Promise<NodeJS.Signals | null>;
}

/** Start a bundled script and wait until it prints "ready"; rejects, with its stderr, if it exits first. */
export function startChild(file: string, args: readonly string[]): Promise<RunningChild> {
  const child = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let pending = '';
  let ready = false;
  let errors = '';
  const lines: string[] = [];
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
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
          resolve({ process: child, lines, stderr: () => errors, exited });
        }
      }
    });
    child.on('error', reject);
    // stdout may still hold lines when 'exit' fires; 'close' comes after the pipes are drained.
    child.on('close', (code, signal) => {
      if (!ready) reject(new Error(`${basename(file)} exited (${signal ?? code}) before it was ready: ${errors}`));
    });
  });
}

/** Kill with SIGKILL and wait until the process is gone and its output is read; the signal that ended it. */
export async function killChild(child: RunningChild): Promise<NodeJS.Signals | null> {
  const closed = new Promise<void>((resolve) => {
    if (child.process.stdout!.readableEnded) resolve();
    else child.process.on('close', () => resolve());
  });
  child.process.kill('SIGKILL');
  const signal = await child.exited;
  await closed;
  return signal;
}
