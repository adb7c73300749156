import { characterFolder, type FoldOptions } from './characterFold';
import { PikeVm } from './pikeVm';
import { compile, PatternTooLarge } from './program';
import { readPattern, UnsupportedPattern } from './patternTree';

/** How a query is read: the fold of characterFold.ts, and literal or regular expression. */
export interface SearchOptions extends FoldOptions {
  /** Read the query as a regular expression (JavaScript syntax, `u` mode) rather than as literal text. */
  regex?: boolean;
}

/** Why a query cannot be searched for; `message` says where, for the user. */
export interface QueryError {
  kind: 'invalid-pattern' | 'unsupported-pattern' | 'pattern-too-large';
  message: string;
}

/** A query folded and, for a regular expression, compiled: made once, run over any number of documents. */
export type CompiledQuery =
  | { readonly kind: 'literal'; readonly folded: string; readonly fold: FoldOptions }
  | { readonly kind: 'regex'; readonly vm: PikeVm; readonly fold: FoldOptions };

export type CompileResult = { ok: true; query: CompiledQuery } | { ok: false; error: QueryError };

/**
 * Folds `query` as the text will be folded. A literal query is folded whole.
 * A regular expression is checked by the native engine (whose message a bad
 * one gets), read with its literal characters folded (patternTree.ts), and
 * compiled for the linear-time engine (pikeVm.ts). `^` and `$` match at
 * line breaks as well as at the ends of the document; `.` does not match a
 * line break. Nothing here throws.
 */
export function compileQuery(query: string, options: SearchOptions = {}): CompileResult {
  const fold: FoldOptions = {
    ignoreWhitespace: options.ignoreWhitespace === true,
    caseSensitive: options.caseSensitive === true,
    ...(options.foldIdeograph ? { foldIdeograph: options.foldIdeograph } : {}),
  };
  const folder = characterFolder(fold);
  if (!options.regex) {
    let folded = '';
    for (const ch of query) folded += folder(ch);
    return { ok: true, query: { kind: 'literal', folded, fold } };
  }
  const flags = fold.caseSensitive ? 'u' : 'iu';
  try {
    new RegExp(query, flags);
  } catch (e) {
    return { ok: false, error: { kind: 'invalid-pattern', message: (e as Error).message } };
  }
  try {
    const vm = new PikeVm(compile(readPattern(query, folder), flags));
    return { ok: true, query: { kind: 'regex', vm, fold } };
  } catch (e) {
    if (e instanceof UnsupportedPattern) return { ok: false, error: { kind: 'unsupported-pattern', message: e.message } };
    if (e instanceof PatternTooLarge) return { ok: false, error: { kind: 'pattern-too-large', message: e.message } };
    // A class the native engine accepted in the whole pattern but not on its own would land here rather than escape.
    return { ok: false, error: { kind: 'invalid-pattern', message: (e as Error).message } };
  }
}
