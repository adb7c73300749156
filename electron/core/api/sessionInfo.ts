import type { SessionInfo } from '../../shared/contract';
import { SCHEMA_VERSION } from '../store/sessionFormat';
import type { SessionStore } from '../store/SessionStore';

/** What the hosts show of the open session: where it is, its size, and what opening it had to repair. */
export function sessionInfo(store: SessionStore): SessionInfo {
  return {
    path: store.path,
    name: store.name,
    schemaVersion: SCHEMA_VERSION,
    documents: store.documents().length,
    spans: store.spanCount(),
    notices: [...store.notices],
  };
}
