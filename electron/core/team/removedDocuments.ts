import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PizhuError } from '../../shared/errors';
import { writeFileAtomic } from '../store/atomicWrite';

/**
 * `team-removed.json` in a session folder: the hashes of the documents the user deleted from this session while it
 * belonged to a team. A teammate's copy of such a document stays on the server; it is not added here again.
 */
const FILE = 'team-removed.json';

const RemovedSchema = z.object({ hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)) }).strict();

const pathOf = (session: string): string => join(session, FILE);

export function removedDocuments(session: string): Set<string> {
  const path = pathOf(session);
  if (!existsSync(path)) return new Set();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PizhuError(
      'BAD_FILE',
      `${path}: damaged file of deleted documents (${(error as Error).message}); no teammate's document is added until it is fixed or removed`,
    );
  }
  const parsed = RemovedSchema.safeParse(data);
  if (!parsed.success) {
    throw new PizhuError(
      'BAD_FILE',
      `${path}: damaged file of deleted documents (${parsed.error.issues[0]?.message}); no teammate's document is added until it is fixed or removed`,
    );
  }
  return new Set(parsed.data.hashes);
}

/** Remember `hash` as deleted (`removed`), or forget it (the user imported the text again). On disk before it returns. */
export function markRemoved(session: string, hash: string, removed: boolean): void {
  const hashes = removedDocuments(session);
  if (hashes.has(hash) === removed) return;
  if (removed) hashes.add(hash);
  else hashes.delete(hash);
  writeFileAtomic(pathOf(session), `${JSON.stringify({ hashes: [...hashes].sort() }, null, 2)}\n`);
}
