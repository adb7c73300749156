import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The project's shared material (samples, corpus, validators): the `shared`
 * folder beside the repository, as laid out for developers and CI, unless
 * PIZHU_SHARED names another.
 */
export const SHARED_DIR = process.env.PIZHU_SHARED ?? resolve(import.meta.dirname, '..', '..', 'shared');

export const sharedPath = (...parts: string[]): string => resolve(SHARED_DIR, ...parts);

/** Every .txt file of the corpus (or of `dir` below it), sorted by path. */
export function corpusFiles(dir: string = sharedPath('corpus')): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? corpusFiles(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []))
    .sort();
}
