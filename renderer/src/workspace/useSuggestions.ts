import { useCallback, useState } from 'react';
import type { SuggestionItem } from '../../../electron/shared/suggest/suggestionItem';
import { call } from '../api/client';

/**
 * One document's suggestions as the core offers them now (computed there,
 * never in this thread), and the decisions on them: accepting makes spans
 * and rejecting keeps the rejection in the session, each many-at-once as
 * one undoable step. After any change to the spans, `reload` follows it.
 */
export function useSuggestions(docId: string) {
  const [suggestions, setSuggestions] = useState<SuggestionItem[]>([]);

  const reload = useCallback(async () => {
    setSuggestions(await call('suggestions.list', { docId }));
  }, [docId]);

  const accept = useCallback(
    async (ids: string[]) => {
      const made = await call('suggestions.accept', { docId, ids });
      return made;
    },
    [docId],
  );

  const reject = useCallback(
    async (ids: string[]) => {
      const { rejected } = await call('suggestions.reject', { docId, ids });
      return rejected;
    },
    [docId],
  );

  return { suggestions, reload, accept, reject };
}
