import PouchDB from 'pouchdb';
import { PizhuError } from '../../shared/errors';
import { withoutCredentials } from './TeamReplica';
import { DESIGN_DOCUMENT_ID, designDocument } from './validateDocUpdate';

/**
 * Create the team's database on the server if it is not there, with the design document that guards each analyst's
 * spans. `guard: false` leaves the guard out, for pouchdb-server: the stand-in silently drops every replicated
 * update and deletion of a database that has a validate_doc_update (CouchDB 3 does not), so it cannot enforce it.
 */
export async function initTeamDatabase(
  url: string,
  options: { auth?: { username: string; password: string }; guard?: boolean } = {},
): Promise<{ created: boolean }> {
  const remote = new PouchDB(url, options.auth ? { auth: options.auth } : {});
  try {
    if (options.guard === false) {
      const info = (await remote.info()) as { doc_count?: number; update_seq?: unknown };
      return { created: info.update_seq === 0 || info.update_seq === '0' };
    }
    const existing = await remote.get(DESIGN_DOCUMENT_ID).catch((error: { status?: number }) => {
      if (error.status === 404) return null;
      throw error;
    });
    await remote.put({ ...designDocument(), ...(existing ? { _rev: existing._rev } : {}) });
    return { created: existing === null };
  } catch (error) {
    throw new PizhuError('INTERNAL', `team server ${withoutCredentials(url)}: ${(error as Error).message}`);
  } finally {
    await remote.close();
  }
}
