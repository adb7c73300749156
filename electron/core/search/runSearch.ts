import { MAX_SEARCH_HITS, type ParsedInput, type SearchResult } from '../../shared/contract';
import { PizhuError } from '../../shared/errors';
import { keywordInContext } from '../../shared/search/keywordInContext';
import { compileQuery } from '../../shared/search/query';
import { SearchBudget } from '../../shared/search/searchBudget';
import type { SessionStore } from '../store/SessionStore';
import type { SearchableDocuments } from './SearchableDocuments';

/** Code points of context on each side of a hit: a concordance line that fits a row. */
const CONTEXT_WIDTH = 30;

/**
 * A search over a session's documents (all, or those named, in the
 * session's order), each folded once and kept in `searchable`. The search
 * shares one budget over all its documents: past MAX_SEARCH_HITS hits, or a
 * pattern's step cap, it stops and says so, with the hits found until then.
 * It only reads, so that a session open in the app can be searched read-only.
 */
export async function runSearch(
  store: SessionStore,
  searchable: SearchableDocuments,
  { query, regex, ignoreSpace, docIds }: ParsedInput<'search.run'>,
): Promise<SearchResult> {
  const compiled = compileQuery(query, { regex, ignoreWhitespace: ignoreSpace });
  if (!compiled.ok) throw new PizhuError('INVALID_INPUT', `search.run: ${compiled.error.message}`);
  const wanted = docIds && new Set(docIds);
  for (const id of wanted ?? []) store.document(id);
  const scope = store.documents().filter((d) => !wanted || wanted.has(d.id));
  // One hit past the cap tells a search that reached it from one that stopped there.
  const budget = new SearchBudget(MAX_SEARCH_HITS + 1);
  const result: SearchResult = { documents: [], total: 0, truncated: null };
  for (const entry of scope) {
    const doc = await searchable.get(store, entry.id);
    const found = doc.folded.findAll(compiled.query, budget);
    const ranges = found.ranges.slice(0, MAX_SEARCH_HITS - result.total);
    if (ranges.length) {
      const hits = ranges.map(({ start, end }) => {
        const { before, hit, after, clippedBefore, clippedAfter } = keywordInContext(
          doc.folded.offsets,
          { start, end },
          { width: CONTEXT_WIDTH },
        );
        const section = doc.sectionAt(start);
        return {
          docId: entry.id,
          start,
          end,
          quote: hit,
          context: { before, hit, after, clippedBefore, clippedAfter },
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
}
