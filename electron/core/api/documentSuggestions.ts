import type { SuggestionItem } from '../../shared/suggest/suggestionItem';
import { SuggestionTagSchema } from '../../shared/suggest/suggestionSchema';
import { sessionSuggestions } from '../suggest/sessionSuggestions';
import type { RuleRun } from '../suggest/ruleRun';
import type { SessionStore } from '../store/SessionStore';

export const SUGGESTION_TAGS: readonly string[] = SuggestionTagSchema.options;

/**
 * The suggestions a document has now (see sessionSuggestions), given the
 * engine's run over it: of `tags`, or by default of the session's tags the
 * engine suggests. The CLI asks this of a session it opened read-only.
 */
export function suggestionsIn(store: SessionStore, docId: string, run: RuleRun, tags: readonly string[] | null): SuggestionItem[] {
  const wanted = new Set(
    tags ??
      store
        .tags()
        .map((t) => t.id)
        .filter((id) => SUGGESTION_TAGS.includes(id)),
  );
  return sessionSuggestions({
    docId,
    offsets: run.offsets,
    year: run.year,
    rules: run.suggestions,
    tags: wanted,
    spans: store.annotations(docId),
    accepted: store.allAnnotations().filter((a) => a.origin?.startsWith('rule:')),
    rejectedHere: store.rejections(docId),
    rejected: store.allRejections(),
  });
}
