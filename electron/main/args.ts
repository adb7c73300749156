import { resolve } from 'node:path';

/**
 * The session folder named on the command line (`--session PATH` or
 * `--session=PATH`), resolved against `cwd`; null when none is given. Other
 * arguments are left alone: Electron and Chromium add switches of their own.
 */
export function sessionArg(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--session=')) return nonEmpty(arg.slice('--session='.length), cwd);
    if (arg === '--session') return nonEmpty(argv[i + 1] ?? '', cwd);
  }
  return null;
}

function nonEmpty(path: string, cwd: string): string | null {
  return path === '' || path.startsWith('--') ? null : resolve(cwd, path);
}
