import { OffsetMap } from '../../shared/codePoints';
import { foldText } from '../../shared/search/foldText';
import { analyzeStructure } from '../../shared/structure/analyzeStructure';
import { partAt, reportParts } from '../../shared/structure/reportParts';
import type { Suggestion, SuggestionTag } from '../../shared/suggest/suggestionSchema';
import { parseTargetValue } from '../../shared/values/targetValue';
import { clausesOf } from './clauses';
import { CUE_TABLE, type CueRule } from './cueTable';
import { joinSpacedDigits } from './spacedDigits';

export interface SuggestDocument {
  text: string;
  title?: string;
  /** The year 今年 and 比去年 resolve against in a target's value. */
  year?: number;
}

/** A span already in the document; the engine never suggests over one of the same tag. */
export interface ExistingSpan {
  start: number;
  end: number;
  tag: string;
}

export interface SuggestOptions {
  /** Tags to suggest; by default target, project and policy (achievement only when asked for). */
  tags?: readonly string[];
}

const DEFAULT_TAGS: readonly SuggestionTag[] = ['target', 'project', 'policy'];

interface CompiledRule {
  rule: CueRule;
  pattern: RegExp;
  trim: RegExp | null;
  requires: RegExp | null;
  /**
   * `requires`, global, to search the whole text once for where it can
   * start, when a match in a clause is a match at the same place in the
   * whole text: with no anchor, no negative lookaround and no word boundary,
   * whose outcome could change with the text around the clause.
   */
  screen: RegExp | null;
}

/** What makes a fragment's match depend on where the clause ends: ^ and $ (other than [^…]), (?! and (?<!, \b and \B. */
const CLAUSE_BOUND = /(?<!\[)\^|\$|\(\?<?!|\\[bB]/u;

/** The table compiled once: each pattern global over one clause, each trim anchored at the span's start. */
const COMPILED: readonly CompiledRule[] = CUE_TABLE.map((rule) => ({
  rule,
  pattern: new RegExp(rule.pattern, 'gu'),
  trim: rule.trim ? new RegExp(`^(?:${rule.trim})+`, 'u') : null,
  requires: rule.requires ? new RegExp(rule.requires, 'u') : null,
  screen: rule.requires && !CLAUSE_BOUND.test(rule.requires) ? new RegExp(rule.requires, 'gu') : null,
}));

/** Every UTF-16 offset of `text` at which `screen` (global) matches, overlapping matches included, ascending. */
function matchStarts(screen: RegExp, text: string): number[] {
  const starts: number[] = [];
  screen.lastIndex = 0;
  for (let m = screen.exec(text); m; m = screen.exec(text)) {
    starts.push(m.index);
    screen.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return starts;
}

/** What a span never begins or ends with: punctuation, white space, the enumeration comma, and 和/及 joining it to the figure before. */
const LEADING_JUNK = /^(?:[\s、.\-—~]|和|及|以及)+/u;
const TRAILING_JUNK = /[\s、]+$/u;

interface Candidate {
  start: number;
  end: number;
  tag: SuggestionTag;
  rule: CueRule;
}

/**
 * Suggests target, project and policy spans in one document by the cue
 * table (cueTable.ts), run clause by clause over the folded text so that
 * full-width digits and marks match as ASCII; offsets are mapped back to the
 * original's code points. In a work report, a target in the review part is
 * a result achieved, given as `achievement` when that tag is asked for and
 * dropped otherwise. Overlapping suggestions of one tag keep the one with the
 * higher score (then the longer); none overlaps an existing span of its tag.
 */
export function suggest(document: SuggestDocument, existing: readonly ExistingSpan[] = [], options: SuggestOptions = {}): Suggestion[] {
  const wanted = new Set(options.tags ?? DEFAULT_TAGS);
  const { folded, map } = joinSpacedDigits(foldText(document.text));
  const parts = reportParts(document.text, analyzeStructure(document.text), { title: document.title });
  const rules = COMPILED.filter(({ rule }) => wanted.has(rule.tag) || (rule.tag === 'target' && wanted.has('achievement')));
  const clauses = clausesOf(folded);
  const texts = clauses.map((clause) => folded.slice(clause.start, clause.end));
  const found: Candidate[][] = clauses.map(() => []);

  // Rule by rule over all clauses, each clause's candidates in table order as before: one pattern run many times in a row
  // runs faster than the whole table over each clause. A screened rule's `requires` is searched once in the whole text,
  // and only the clauses where it starts are tested.
  for (const { rule, pattern, trim, requires, screen } of rules) {
    const starts = screen ? matchStarts(screen, folded) : null;
    let next = 0;
    for (let i = 0; i < clauses.length; i++) {
      const clause = clauses[i]!;
      const text = texts[i]!;
      if (starts) {
        while (next < starts.length && starts[next]! < clause.start) next++;
        if (next === starts.length || starts[next]! >= clause.end) continue;
      }
      if (requires && !requires.test(text)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0] === '') {
          pattern.lastIndex++;
          continue;
        }
        const span = m.groups?.span;
        let from = span === undefined ? m.index : m.index + m[0].lastIndexOf(span);
        let quote = span ?? m[0];
        const lead = quote.match(LEADING_JUNK)?.[0].length ?? 0;
        const trimmed = trim ? (quote.slice(lead).match(trim)?.[0].length ?? 0) : 0;
        from += lead + trimmed;
        quote = quote.slice(lead + trimmed).replace(TRAILING_JUNK, '');
        if (quote === '') continue;
        const range = map.toOriginal(clause.start + from, clause.start + from + quote.length);
        let tag: SuggestionTag = rule.tag;
        if (tag === 'target' && partAt(parts, range.start) === 'review') tag = 'achievement';
        if (wanted.has(tag) || rule.veto) found[i]!.push({ ...range, tag, rule });
      }
    }
  }

  const chosen: Candidate[] = [];
  for (const candidates of found) {
    const vetoes = candidates.filter((c) => c.rule.veto);
    chosen.push(
      ...keepBest(
        candidates.filter((c) => !c.rule.veto && !vetoes.some((v) => v.rule.tag === c.rule.tag && v.start < c.end && c.start < v.end)),
      ),
    );
  }

  const blocked = existing.filter((s) => wanted.has(s.tag));
  // One slice per suggestion: an array of every code point of the text would allocate a string per character.
  const offsets = new OffsetMap(document.text);
  return chosen
    .filter((c) => !blocked.some((s) => s.tag === c.tag && s.start < c.end && c.start < s.end))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.tag.localeCompare(b.tag))
    .map((c) => {
      const quote = offsets.slice(c.start, c.end);
      const suggestion: Suggestion = { start: c.start, end: c.end, tag: c.tag, quote, rule: c.rule.id, score: c.rule.score };
      if (c.tag === 'target' || c.tag === 'achievement') suggestion.value = parseTargetValue(quote, { documentYear: document.year });
      return suggestion;
    });
}

/** Of one clause's candidates, those kept when each tag's overlaps go to the higher score, then the longer, then the earlier. */
function keepBest(found: readonly Candidate[]): Candidate[] {
  const ranked = [...found].sort((a, b) => b.rule.score - a.rule.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => k.tag === c.tag && k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept;
}
