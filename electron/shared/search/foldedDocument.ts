import { OffsetMap } from '../codePoints';
import { characterFolder, type CharacterFolder, type FoldOptions } from './characterFold';
import type { CodePointRange } from './foldMap';
import { foldText, type FoldedText } from './foldText';
import type { CompiledQuery } from './query';
import { SearchBudget } from './searchBudget';

/** The matches of one query in one document, and whether the search stopped short. */
export interface FindResult {
  /** Code-point ranges in the original text, in order, not overlapping, none empty. */
  ranges: CodePointRange[];
  /** Null when the whole document was searched; otherwise which cap of the budget stopped it. */
  stopped: null | 'too-many-matches' | 'too-slow';
}

/**
 * One document, folded once for each set of fold options asked for and
 * kept, so that the many queries of a corpus search cost a search each and
 * not a fold each.
 */
export class FoldedDocument {
  private readonly folds = new Map<CharacterFolder, FoldedText>();
  private offsetMap: OffsetMap | undefined;

  constructor(readonly text: string) {}

  /** The text folded with `options`, folded on first request. */
  folded(options: FoldOptions = {}): FoldedText {
    const folder = characterFolder(options);
    let done = this.folds.get(folder);
    if (!done) this.folds.set(folder, (done = foldText(this.text, options)));
    return done;
  }

  /** Code-point and UTF-16 offsets of the original text, for keywordInContext. */
  get offsets(): OffsetMap {
    return (this.offsetMap ??= new OffsetMap(this.text));
  }

  /**
   * The matches of `query`, each the range of original characters whose
   * folds it covers. Matches do not overlap: the next is looked for where the
   * last ended. Empty matches of a regular expression are skipped. A match
   * covers whole folds only: the query ... does not find the first
   * two-thirds of a ….
   */
  findAll(query: CompiledQuery, budget: SearchBudget = new SearchBudget()): FindResult {
    const { folded, map } = this.folded(query.fold);
    const ranges: CodePointRange[] = [];
    const full = (): boolean => budget.matches >= budget.maxMatches;
    if (full()) return { ranges, stopped: 'too-many-matches' };
    if (query.kind === 'literal') {
      const needle = query.folded;
      if (needle === '') return { ranges, stopped: null };
      for (let at = folded.indexOf(needle); at >= 0;) {
        const end = at + needle.length;
        if (!map.isBoundary(at) || !map.isBoundary(end)) {
          at = folded.indexOf(needle, at + 1);
          continue;
        }
        ranges.push(map.toOriginal(at, end));
        budget.matches++;
        if (full()) return { ranges, stopped: 'too-many-matches' };
        at = folded.indexOf(needle, end);
      }
      return { ranges, stopped: null };
    }
    for (let from = 0; from <= folded.length;) {
      const m = query.vm.exec(folded, from, budget, map);
      if (m === 'budget') return { ranges, stopped: 'too-slow' };
      if (m === null) break;
      if (m.end === m.start) {
        from = m.start + (isHighSurrogateOfPair(folded, m.start) ? 2 : 1);
        continue;
      }
      ranges.push(map.toOriginal(m.start, m.end));
      budget.matches++;
      if (full()) return { ranges, stopped: 'too-many-matches' };
      from = m.end;
    }
    return { ranges, stopped: null };
  }
}

function isHighSurrogateOfPair(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
