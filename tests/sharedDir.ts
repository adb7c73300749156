import { resolve } from 'node:path';

/**
 * The project's shared material (samples, corpus, validators): the `shared`
 * folder beside the repository, as laid out for developers and CI, unless
 * PIZHU_SHARED names another.
 */
export const SHARED_DIR = process.env.PIZHU_SHARED ?? resolve(import.meta.dirname, '..', '..', 'shared');

export const sharedPath = (...parts: string[]): string => resolve(SHARED_DIR, ...parts);
