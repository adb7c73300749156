import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const appRoot = resolve(import.meta.dirname, '..', '..');

/** Runs the CLI as a user would, in `dir` with its own data folder there; its exit code and output. */
export function runCli(dir: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(join(appRoot, 'node_modules', '.bin', 'tsx'), [join(appRoot, 'electron', 'cli', 'index.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PIZHU_DATA_DIR: join(dir, 'data') },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
