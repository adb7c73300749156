import { readFileSync } from 'node:fs';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomicWrite';

/**
 * A lowdb adapter that writes through `writeFileAtomic` (temp file, fsync,
 * rename, fsync folder). lowdb's own JSONFile renames without fsync, so an
 * acknowledged write could still be lost in a power cut.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly pretty = false,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    writeFileAtomic(this.path, JSON.stringify(data, null, this.pretty ? 2 : undefined));
  }
}
