import type { MergeSession } from '../interchange/planMerge';
import type { SessionStore } from '../store/SessionStore';

/** The session as an import is planned against it: its tags, and its documents and spans reduced to what matching needs. */
export function mergeSession(store: SessionStore): MergeSession {
  return { tags: store.tags(), documents: store.documents().map((d) => ({ id: d.id, hash: d.hash })), annotations: store.allAnnotations() };
}
