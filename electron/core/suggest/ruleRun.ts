import { OffsetMap } from '../../shared/codePoints';
import type { DocumentRecord } from '../../shared/model';
import { documentDate } from '../../shared/structure/documentDate';
import { SuggestionTagSchema, type Suggestion } from '../../shared/suggest/suggestionSchema';
import { suggest } from './suggest';

/** The engine's suggestions of every tag for one document, before any span or decision takes some out, with what projecting accepted text into it needs. */
export interface RuleRun {
  offsets: OffsetMap;
  /** The year the document's date gives: what 今年 resolves against. */
  year: number | undefined;
  suggestions: Suggestion[];
}

export function ruleRun(record: Pick<DocumentRecord, 'text' | 'title'>, offsets: OffsetMap = new OffsetMap(record.text)): RuleRun {
  const year = documentDate(record.text, record.title)?.year ?? undefined;
  return {
    offsets,
    year,
    suggestions: suggest({ text: record.text, title: record.title, year }, [], { tags: SuggestionTagSchema.options }),
  };
}
