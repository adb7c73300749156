import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..');

/** The test material the repository carries itself (tests/fixtures/README.md says what and from where). */
export const FIXTURES_DIR = join(REPO, 'tests', 'fixtures');

/**
 * The project's shared material beside the repository (`../shared`, as laid
 * out for developers and CI), unless PIZHU_SHARED names another. A clone of
 * the repository alone does not have it: the tests need only the in-repo
 * copies, and what only this folder holds is optional (`optionalShared`).
 */
export const SHARED_DIR = process.env.PIZHU_SHARED || resolve(REPO, '..', 'shared');

/**
 * Where the repository keeps its own copy of each kind of shared material.
 * The bundled sample report is the shared sample, byte for byte, so it is
 * not copied a second time.
 */
const IN_REPO: Record<string, string> = {
  corpus: join(FIXTURES_DIR, 'corpus'),
  validators: join(FIXTURES_DIR, 'validators'),
  samples: join(REPO, 'resources'),
};

/**
 * A path in the shared layout (`corpus/...`, `validators/...`,
 * `samples/...`): the in-repo copy when the repository holds it, else the
 * path in SHARED_DIR, which may not exist.
 */
export function sharedPath(...parts: string[]): string {
  // A gold file names its source as one path (`corpus/national_gwr/gwr_2023.txt`): its first segment is the kind.
  const [kind, ...rest] = parts.flatMap((part) => part.split('/'));
  const root = kind === undefined ? undefined : IN_REPO[kind];
  if (root !== undefined) {
    const own = resolve(root, ...rest);
    if (existsSync(own)) return own;
  }
  return resolve(SHARED_DIR, ...parts);
}

/** Every .txt file of the corpus (or of `dir` below it), sorted by path. */
export function corpusFiles(dir: string = sharedPath('corpus')): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? corpusFiles(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []))
    .sort();
}

/**
 * Material found only in SHARED_DIR, for tests that add checks when it is
 * there: its path, or the message to skip with when it is not.
 */
export function optionalShared(...parts: string[]): { path: string; skip: null } | { path: null; skip: string } {
  const path = resolve(SHARED_DIR, ...parts);
  if (existsSync(path)) return { path, skip: null };
  const hint = process.env.PIZHU_SHARED
    ? 'PIZHU_SHARED names it'
    : 'put the shared material beside the repository, or name it in PIZHU_SHARED';
  return { path: null, skip: `${path} not found (${hint})` };
}
