import type { SuggestionItem } from '../../../electron/shared/suggest/suggestionItem';
import type { SectionHeadings } from './sectionHeadings';

/** What the suggestions panel shows: null is any. `section` is a heading's text, or '' for text under no heading. */
export interface SuggestionFilter {
  tag: string | null;
  rule: string | null;
  section: string | null;
}

export const ANY_SUGGESTION: SuggestionFilter = { tag: null, rule: null, section: null };

/** The suggestions that pass the filter, in text order: the set shown in the text and the panel, and what "accept all shown" takes. */
export function shownSuggestions(all: readonly SuggestionItem[], filter: SuggestionFilter, sections: SectionHeadings): SuggestionItem[] {
  return all.filter(
    (s) =>
      (filter.tag === null || s.tag === filter.tag) &&
      (filter.rule === null || s.rule === filter.rule) &&
      (filter.section === null || (sections.at(s.start) ?? '') === filter.section),
  );
}

/** The suggestion to make current once `decided` leave the list: the first shown after the last of them, else the one before. */
export function nextAfter(shown: readonly SuggestionItem[], decided: ReadonlySet<string>): string | null {
  const last = shown.findLastIndex((s) => decided.has(s.id));
  if (last < 0) return null;
  const after = shown.slice(last + 1).find((s) => !decided.has(s.id));
  if (after) return after.id;
  return shown.slice(0, last).findLast((s) => !decided.has(s.id))?.id ?? null;
}
