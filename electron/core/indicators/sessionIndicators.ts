import { groupIndicators, type IndicatorSpan } from '../../shared/indicators/groupIndicators';
import type { IndicatorTable } from '../../shared/indicators/indicatorTableSchema';
import type { DocumentDate } from '../../shared/structure/documentDate';
import { TARGET_TAG, withFields, type DocumentFacts } from '../spans/spanFields';
import type { SessionStore } from '../store/SessionStore';

/** Where a document's date and, for spans saved before values existed, its facts come from: the core's caches, or the store read directly. */
export interface DocumentSource {
  date(docId: string): Promise<DocumentDate | null>;
  facts(docId: string): Promise<DocumentFacts>;
}

/**
 * The session's indicator table: every target span of every document,
 * grouped by indicator with the session's merges and names. A document's
 * outline is analysed only when one of its targets lacks a stored value.
 */
export async function sessionIndicators(store: SessionStore, source: DocumentSource): Promise<IndicatorTable> {
  const documents = [];
  const spans: IndicatorSpan[] = [];
  for (const entry of store.documents()) {
    documents.push({ id: entry.id, title: entry.title, date: await source.date(entry.id) });
    const targets = store.annotations(entry.id).filter((a) => a.tag === TARGET_TAG);
    const facts = targets.some((a) => a.value === undefined) ? await source.facts(entry.id) : null;
    for (const a of targets) spans.push(facts ? withFields(a, facts) : a);
  }
  return groupIndicators(documents, spans, store.indicatorGroups());
}
