import { MAX_SEARCH_HITS, type SearchResult } from '../../shared/contract';
import { PizhuError } from '../../shared/errors';
import type { Annotation } from '../../shared/model';
import { keywordInContext } from '../../shared/search/keywordInContext';
import { compileQuery } from '../../shared/search/query';
import { SearchBudget } from '../../shared/search/searchBudget';
import { applyChange, newSpans } from './annotationOps';
import type { DocumentChange } from './History';
import type { Handlers } from './handlerTypes';
import { requireTag } from './tagOps';

/** Code points of context on each side of a hit: a concordance line that fits a row. */
const CONTEXT_WIDTH = 30;

/**
 * Search across the session's documents, each folded once and kept
 * (SearchableDocuments), and tagging what a search found. A search shares
 * one budget over all its documents: past MAX_SEARCH_HITS hits, or a
 * pattern's step cap, it stops and says so, with the hits found until then.
 */
export const searchOps: Handlers<'search.run' | 'search.tagAll'> = {
  'search.run': async ({ query, regex, ignoreSpace, docIds }, ctx) => {
    const store = ctx.requireStore();
    const compiled = compileQuery(query, { regex, ignoreWhitespace: ignoreSpace });
    if (!compiled.ok) throw new PizhuError('INVALID_INPUT', `search.run: ${compiled.error.message}`);
    const wanted = docIds && new Set(docIds);
    for (const id of wanted ?? []) store.document(id);
    const scope = store.documents().filter((d) => !wanted || wanted.has(d.id));
    // One hit past the cap tells a search that reached it from one that stopped there.
    const budget = new SearchBudget(MAX_SEARCH_HITS + 1);
    const result: SearchResult = { documents: [], total: 0, truncated: null };
    for (const entry of scope) {
      const doc = await ctx.searchable.get(store, entry.id);
      const found = doc.folded.findAll(compiled.query, budget);
      const ranges = found.ranges.slice(0, MAX_SEARCH_HITS - result.total);
      if (ranges.length) {
        const hits = ranges.map(({ start, end }) => {
          const { before, hit, after } = keywordInContext(doc.folded.offsets, { start, end }, { width: CONTEXT_WIDTH });
          const section = doc.sectionAt(start);
          return {
            docId: entry.id,
            start,
            end,
            quote: hit,
            context: { before, hit, after },
            ...(section.length ? { section: [...section] } : {}),
          };
        });
        result.documents.push({ docId: entry.id, title: entry.title, count: hits.length, hits });
        result.total += hits.length;
      }
      if (found.stopped) {
        result.truncated = found.stopped === 'too-slow' ? 'too-slow' : 'too-many-hits';
        break;
      }
    }
    return result;
  },
  /**
   * Every document's new spans are built and checked before anything is
   * written; then each document's change goes to its log, and the lot is one
   * undo step. A crash between documents leaves the ones written tagged and
   * no step to undo them, as a crash before any history line is written does.
   */
  'search.tagAll': async ({ tag, hits }, ctx) => {
    requireTag(ctx.requireStore(), tag);
    const byDoc = new Map<string, { start: number; end: number }[]>();
    for (const { docId, start, end } of hits) {
      let ranges = byDoc.get(docId);
      if (!ranges) byDoc.set(docId, (ranges = []));
      ranges.push({ start, end });
    }
    const planned: [string, Annotation[]][] = [];
    for (const [docId, ranges] of byDoc) {
      const made = await newSpans(ctx, docId, tag, ranges);
      if (made.length) planned.push([docId, made]);
    }
    if (!planned.length) return [];
    const reverse: DocumentChange[] = [];
    for (const [docId, made] of planned) reverse.push(await applyChange(ctx, docId, { put: made, remove: [] }));
    await ctx.history.record({ changes: reverse });
    return planned.flatMap(([, made]) => made);
  },
};
