import { ClauseIndex } from '../../shared/structure/clauseIndex';
import type { DocumentDate } from '../../shared/structure/documentDate';
import type { Outline } from '../../shared/structure/outline';
import type { Annotation } from '../../shared/model';
import { parseTargetValue } from '../../shared/values/targetValue';
import type { TargetValue } from '../../shared/values/valueSchema';

/** The tag whose spans carry a parsed value (issue 12): the default `target` tag, by id. */
export const TARGET_TAG = 'target';

/**
 * What a span's derived fields are computed from, built once per document:
 * the clause index of its outline and the year its date gives (what 今年 and
 * 比去年 in a target resolve against).
 */
export interface DocumentFacts {
  clauses: ClauseIndex;
  year: number | undefined;
}

export function documentFacts(outline: Outline, date: DocumentDate | null | undefined): DocumentFacts {
  return { clauses: new ClauseIndex(outline), year: date?.year };
}

function sectionAt(facts: DocumentFacts, start: number): string[] {
  return [...facts.clauses.pathAt(start)];
}

function parsedValue(facts: DocumentFacts, quote: string): TargetValue | null {
  return parseTargetValue(quote, facts.year === undefined ? {} : { documentYear: facts.year });
}

/**
 * A span with its section and, for a target, its value computed afresh: for
 * a new span, or one whose range changed. Any other tag carries no value.
 */
export function withFreshFields(span: Annotation, facts: DocumentFacts): Annotation {
  const { value: _value, ...rest } = span;
  const section = sectionAt(facts, span.start);
  return span.tag === TARGET_TAG ? { ...rest, section, value: parsedValue(facts, span.quote) } : { ...rest, section };
}

/**
 * A span as stored, with what it lacks filled in: spans saved before these
 * fields existed get them when read, in memory only. A value the span has
 * (a hand edit among them) is kept; a value on a span that is no longer a
 * target is dropped.
 */
export function withFields(span: Annotation, facts: DocumentFacts): Annotation {
  const isTarget = span.tag === TARGET_TAG;
  const lacksValue = isTarget && span.value === undefined;
  const strayValue = !isTarget && span.value !== undefined;
  if (span.section !== undefined && !lacksValue && !strayValue) return span;
  const { value, ...rest } = span;
  const section = span.section ?? sectionAt(facts, span.start);
  if (!isTarget) return { ...rest, section };
  return { ...rest, section, value: value === undefined ? parsedValue(facts, span.quote) : value };
}

/** Whether `withFields` has anything to fill in on this span, and so needs its document's facts. */
export function lacksFields(span: Annotation): boolean {
  const isTarget = span.tag === TARGET_TAG;
  return span.section === undefined || (isTarget && span.value === undefined) || (!isTarget && span.value !== undefined);
}
