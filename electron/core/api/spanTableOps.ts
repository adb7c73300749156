import { OffsetMap } from '../../shared/codePoints';
import { PizhuError } from '../../shared/errors';
import type { Annotation, Relation } from '../../shared/model';
import { keywordInContext } from '../../shared/search/keywordInContext';
import type { SpanRowRelation, SpanTable, SpanTableRow } from '../../shared/table/spanTableSchema';
import { lacksFields, withFields, type DocumentFacts } from '../spans/spanFields';
import { yieldToEventLoop } from '../store/eventLoop';
import type { CoreContext } from './CoreContext';
import type { DocumentChange } from './History';
import type { Handlers } from './handlerTypes';
import { requireTag } from './requireTag';
import { applyChange } from './spanChanges';

/** Code points of sentence shown either side of a span in the table. */
const CONTEXT_WIDTH = 20;

/** Code points of the other span's quote a row's relation carries: enough to name it in a cell, not a paragraph per link. */
const OTHER_QUOTE_WIDTH = 24;

function shortQuote(text: string): string {
  const chars = [...text];
  return chars.length > OTHER_QUOTE_WIDTH ? `${chars.slice(0, OTHER_QUOTE_WIDTH).join('')}…` : text;
}

/** Each span's relations as its row shows them, from either end, in the order they were made. */
function relationsBySpan(relations: readonly Relation[], spans: readonly Annotation[]): Map<string, SpanRowRelation[]> {
  const quotes = new Map(spans.map((a) => [a.id, a.quote]));
  const bySpan = new Map<string, SpanRowRelation[]>();
  const add = (spanId: string, relation: SpanRowRelation) => {
    let list = bySpan.get(spanId);
    if (!list) bySpan.set(spanId, (list = []));
    list.push(relation);
  };
  const ordered = [...relations].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  for (const { id, type, from, to } of ordered) {
    add(from, { id, type, direction: 'out', other: to, otherQuote: shortQuote(quotes.get(to) ?? '') });
    add(to, { id, type, direction: 'in', other: from, otherQuote: shortQuote(quotes.get(from) ?? '') });
  }
  return bySpan;
}

function byTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || a.created.localeCompare(b.created);
}

/** A document's facts, asked for only when one of its spans lacks a field: most spans carry theirs, and an outline costs tens of milliseconds. */
async function factsIfNeeded(ctx: CoreContext, docId: string, spans: readonly Annotation[]): Promise<DocumentFacts | null> {
  return spans.some(lacksFields) ? ctx.facts(docId) : null;
}

/**
 * The spans named, by document, in the session's order; every id must name
 * a span. One pass over the session's spans, not a search of every
 * document per id.
 */
function spansByDocument(ctx: CoreContext, ids: readonly string[]): Map<string, Annotation[]> {
  const store = ctx.requireStore();
  const wanted = new Set(ids);
  const found = new Map<string, Annotation[]>();
  let count = 0;
  for (const { id: docId } of store.documents()) {
    const spans = store.annotations(docId).filter((a) => wanted.has(a.id));
    if (!spans.length) continue;
    found.set(docId, spans);
    count += spans.length;
  }
  if (count < wanted.size) {
    const known = new Set([...found.values()].flatMap((spans) => spans.map((a) => a.id)));
    const missing = [...wanted].find((id) => !known.has(id));
    throw new PizhuError('NOT_FOUND', `no annotation with id ${missing}`);
  }
  return found;
}

/** Apply each document's change, then record the lot as one undo step (as search.tagAll does). */
async function applyAsOneStep(ctx: CoreContext, planned: readonly DocumentChange[]): Promise<void> {
  if (!planned.length) return;
  const reverse: DocumentChange[] = [];
  for (const { docId, change } of planned) reverse.push(await applyChange(ctx, docId, change));
  await ctx.history.record({ changes: reverse });
}

/** The span table (annotations.listAll) and the changes it makes to many spans of many documents at once. */
export const spanTableOps: Handlers<'annotations.listAll' | 'annotations.retagMany' | 'annotations.removeMany'> = {
  /**
   * Each document's text is read once for the sentences around its spans,
   * its relations once for the links of every row; its outline only when a span was saved before sections and values were
   * (see annotations.list), and then from the core's cache.
   */
  'annotations.listAll': async (_input, ctx) => {
    const store = ctx.requireStore();
    const table: SpanTable = { documents: [], rows: [] };
    for (const entry of store.documents()) {
      table.documents.push({ id: entry.id, title: entry.title, date: await ctx.documentDate(entry.id) });
      const spans = store.annotations(entry.id);
      if (!spans.length) continue;
      const facts = await factsIfNeeded(ctx, entry.id, spans);
      const offsets = new OffsetMap((await store.readDocument(entry.id)).text);
      const links = relationsBySpan(store.listRelations(entry.id), spans);
      for (const span of [...spans].sort(byTextOrder)) {
        const { before, after, clippedBefore, clippedAfter } = keywordInContext(offsets, span, { width: CONTEXT_WIDTH });
        const row: SpanTableRow = {
          ...(facts ? withFields(span, facts) : span),
          context: { before, after, clippedBefore, clippedAfter },
          relations: links.get(span.id) ?? [],
        };
        table.rows.push(row);
      }
      // Fifty documents of a thousand spans each: other requests get their turn between documents.
      await yieldToEventLoop();
    }
    return table;
  },
  /**
   * A span takes the new tag with its section kept; one that becomes a
   * target gets its value parsed, one that stops being one loses it.
   * Nothing is written until every span was found; then one undo step.
   */
  'annotations.retagMany': async ({ ids, tag }, ctx) => {
    const store = ctx.requireStore();
    requireTag(store, tag);
    const now = new Date().toISOString();
    const planned: DocumentChange[] = [];
    let changed = 0;
    let skipped = 0;
    for (const [docId, spans] of spansByDocument(ctx, ids)) {
      // A range already a span of the new tag would be that span twice.
      const taken = new Set(
        store
          .annotations(docId)
          .filter((a) => a.tag === tag)
          .map((a) => `${a.start}:${a.end}`),
      );
      const retagged: Annotation[] = [];
      for (const span of spans) {
        const key = `${span.start}:${span.end}`;
        if (span.tag === tag || taken.has(key)) {
          skipped++;
          continue;
        }
        taken.add(key);
        // The old value goes: a new target's is parsed from its quote, any other tag carries none.
        const { value: _value, ...rest } = span;
        retagged.push({ ...rest, tag, modified: now });
      }
      if (!retagged.length) continue;
      changed += retagged.length;
      const facts = await factsIfNeeded(ctx, docId, retagged);
      planned.push({ docId, change: { put: facts ? retagged.map((a) => withFields(a, facts)) : retagged, remove: [] } });
    }
    await applyAsOneStep(ctx, planned);
    return { changed, skipped };
  },
  'annotations.removeMany': async ({ ids }, ctx) => {
    const planned: DocumentChange[] = [];
    let removed = 0;
    for (const [docId, spans] of spansByDocument(ctx, ids)) {
      planned.push({ docId, change: { put: [], remove: spans.map((a) => a.id) } });
      removed += spans.length;
    }
    await applyAsOneStep(ctx, planned);
    return { removed };
  },
};
