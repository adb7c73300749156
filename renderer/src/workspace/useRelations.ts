import { useCallback, useState } from 'react';
import type { Relation, RelationType } from '../../../electron/shared/model';
import { call } from '../api/client';

/** One document's relations and the session's relation types, as the core stores them; every change is the core's answer, not a guess. */
export function useRelations(docId: string) {
  const [relations, setRelations] = useState<Relation[]>([]);
  const [types, setTypes] = useState<RelationType[]>([]);

  const reload = useCallback(async () => {
    const [list, kinds] = await Promise.all([call('relations.list', { docId }), call('relationTypes.list', {})]);
    setRelations(list);
    setTypes(kinds);
  }, [docId]);

  const create = useCallback(
    async (type: string, from: string, to: string) => {
      const saved = await call('relations.create', { docId, type, from, to });
      setRelations((list) => (list.some((r) => r.id === saved.id) ? list : [...list, saved]));
      return saved;
    },
    [docId],
  );

  const update = useCallback(async (id: string, change: { type?: string; note?: string }) => {
    const saved = await call('relations.update', { id, ...change });
    setRelations((list) => list.map((r) => (r.id === id ? saved : r)));
  }, []);

  const remove = useCallback(async (id: string) => {
    await call('relations.remove', { id });
    setRelations((list) => list.filter((r) => r.id !== id));
  }, []);

  return { relations, types, reload, create, update, remove };
}
