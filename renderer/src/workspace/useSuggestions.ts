import { useCallback, useState } from 'react';
import type { SuggestionItem } from '../../../electron/shared/suggest/suggestionItem';
import { call } from '../api/client';

const NONE: SuggestionItem[] = [];

/**
 * One document's suggestions as the core offers them now (computed there,
 * never in this thread), and the decisions on them: accepting makes spans
 * and rejecting keeps the rejection in the session, each many-at-once as
 * one undoable step. After any change to the spans, `reload` follows it.
 */
export function useSuggestions(docId: string) {
  const [held, setHeld] = useState<{ docId: string; suggestions: SuggestionItem[] }>({ docId, suggestions: [] });
  // An answer for the document shown before is dropped, like the document's other state.
  const suggestions = held.docId === docId ? held.suggestions : NONE;

  const reload = useCallback(async () => {
    const list = await call('suggestions.list', { docId });
    setHeld({ docId, suggestions: list });
  }, [docId]);

  const accept = useCallback((ids: string[]) => call('suggestions.accept', { docId, ids }), [docId]);

  const reject = useCallback(async (ids: string[]) => (await call('suggestions.reject', { docId, ids })).rejected, [docId]);

  return { suggestions, reload, accept, reject };
}
