import type { MergeSession } from '../interchange/planMerge';
import type { SessionStore } from '../store/SessionStore';

/** The session as an import is planned against it: its tags and relation types, and its documents, spans and relations reduced to what matching needs. */
export function mergeSession(store: SessionStore): MergeSession {
  const documents = store.documents().map((d) => ({ id: d.id, hash: d.hash }));
  return {
    tags: store.tags(),
    documents,
    annotations: store.allAnnotations(),
    relationTypes: store.relationTypes(),
    relations: documents.flatMap((d) => store.listRelations(d.id)),
  };
}
