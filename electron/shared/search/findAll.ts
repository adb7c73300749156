import { FoldedDocument, type FindResult } from './foldedDocument';
import { compileQuery, type QueryError, type SearchOptions } from './query';
import { SearchBudget } from './searchBudget';

export type FindAllResult = ({ ok: true } & FindResult) | { ok: false; error: QueryError };

/**
 * The matches of `query` in `text`, as code-point ranges of the original:
 * one query over one text. For many queries or many documents, compile the
 * query once (compileQuery) and keep each document folded (FoldedDocument).
 */
export function findAll(
  text: string,
  query: string,
  options: SearchOptions = {},
  budget: SearchBudget = new SearchBudget(),
): FindAllResult {
  const compiled = compileQuery(query, options);
  if (!compiled.ok) return compiled;
  return { ok: true, ...new FoldedDocument(text).findAll(compiled.query, budget) };
}
