import { sectionLine } from '../structure/sectionPath';
import { amountNumber, type SpanEntry } from './spanEntries';

/** Which rows by their relations: every row, those with at least one, those with none, or those with one of a type (from either end). */
export type RelationFilter = 'any' | 'with' | 'without' | { type: string };

/** What the span table shows: every field left empty lets every row through. */
export interface SpanFilter {
  /** Tag ids; none: every tag. */
  tags: readonly string[];
  /** Document ids; none: every document. */
  docIds: readonly string[];
  /** Words of the section path. */
  section: string;
  /** Words of the quote, its sentence, the note or a target's indicator. */
  text: string;
  /** Bounds of a target's amount, inclusive; a bound set lets through only rows with an amount. */
  amountMin: number | null;
  amountMax: number | null;
  /** 'any' lets every row through. */
  relations: RelationFilter;
}

export const NO_SPAN_FILTER: SpanFilter = {
  tags: [],
  docIds: [],
  section: '',
  text: '',
  amountMin: null,
  amountMax: null,
  relations: 'any',
};

/** Text as the filter compares it: full-width forms as half-width (４万 as 4万), case ignored. */
export function foldForFilter(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

// Folded once per row and kept while the row is: typing in the filter must not fold 50,000 sentences per key.
const haystacks = new WeakMap<object, string>();
const sections = new WeakMap<object, string>();

function cached(cache: WeakMap<object, string>, key: object, make: () => string): string {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

function haystack(entry: SpanEntry): string {
  const { row } = entry;
  return cached(haystacks, row, () =>
    foldForFilter([row.context.before + row.quote + row.context.after, row.note, row.value?.indicator ?? ''].join('\u0000')),
  );
}

function relationsPass(entry: SpanEntry, filter: RelationFilter): boolean {
  const { relations } = entry.row;
  if (filter === 'any') return true;
  if (filter === 'with') return relations.length > 0;
  if (filter === 'without') return relations.length === 0;
  return relations.some((r) => r.type === filter.type);
}

/** The entries the filter lets through, in their order. */
export function filterSpans(entries: readonly SpanEntry[], filter: SpanFilter): SpanEntry[] {
  const tags = filter.tags.length ? new Set(filter.tags) : null;
  const docs = filter.docIds.length ? new Set(filter.docIds) : null;
  const text = foldForFilter(filter.text.trim());
  const section = foldForFilter(filter.section.trim());
  const { amountMin, amountMax } = filter;
  const ranged = amountMin !== null || amountMax !== null;
  return entries.filter((entry) => {
    const { row } = entry;
    if (tags && !tags.has(row.tag)) return false;
    if (docs && !docs.has(row.docId)) return false;
    if (!relationsPass(entry, filter.relations)) return false;
    if (section && !cached(sections, row, () => foldForFilter(sectionLine(row.section))).includes(section)) return false;
    if (ranged) {
      const amount = amountNumber(row.value?.amount);
      if (amount === null) return false;
      if (amountMin !== null && amount < amountMin) return false;
      if (amountMax !== null && amount > amountMax) return false;
    }
    return !text || haystack(entry).includes(text);
  });
}
