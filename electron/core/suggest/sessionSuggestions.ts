import type { OffsetMap } from '../../shared/codePoints';
import type { Annotation } from '../../shared/model';
import { PROJECTION_RULE, type SuggestionItem } from '../../shared/suggest/suggestionItem';
import type { Suggestion, SuggestionTag } from '../../shared/suggest/suggestionSchema';
import { parseTargetValue } from '../../shared/values/targetValue';
import type { Rejection } from '../store/sessionFormat';
import { suggestionId } from './suggestionId';

export interface SessionSuggestionInput {
  docId: string;
  offsets: OffsetMap;
  /** The year 今年 resolves against in a projected target's value. */
  year?: number;
  /** The engine's suggestions for the document, of every tag, spans not yet taken out. */
  rules: readonly Suggestion[];
  /** The tags to offer. */
  tags: ReadonlySet<string>;
  /** The document's spans: no suggestion overlaps one of its tag. */
  spans: readonly Annotation[];
  /** Spans of the whole session made by accepting a suggestion: their text is projected. */
  accepted: readonly Annotation[];
  /** The document's rejections: nothing of the same tag and range comes back, by whichever rule. */
  rejectedHere: readonly Rejection[];
  /** Rejections of the whole session: each counts against its text. */
  rejected: readonly Rejection[];
}

const textKey = (tag: string, quote: string) => `${tag}\u0000${quote}`;

function tally<T extends { tag: string; quote: string }>(items: readonly T[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(textKey(item.tag, item.quote), (counts.get(textKey(item.tag, item.quote)) ?? 0) + 1);
  return counts;
}

/**
 * Every occurrence in the document of a text accepted somewhere in the
 * session (as the suggestion of any rule), proposed with its tag. How far
 * to trust one is how often its text was accepted against how often it was
 * rejected, with one of each assumed beforehand: accepted once, 0.67;
 * accepted once and rejected once, 0.5.
 */
function projections(input: SessionSuggestionInput): Suggestion[] {
  const rejectedCounts = tally(input.rejected);
  const out: Suggestion[] = [];
  for (const [key, accepted] of tally(input.accepted)) {
    const [tag, quote] = key.split('\u0000') as [SuggestionTag, string];
    if (!input.tags.has(tag) || quote === '') continue;
    const score = (accepted + 1) / (accepted + (rejectedCounts.get(key) ?? 0) + 2);
    const text = input.offsets.text;
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length)) {
      const start = input.offsets.toCodePoint(at);
      const end = input.offsets.toCodePoint(at + quote.length);
      out.push({ start, end, tag, quote, rule: PROJECTION_RULE, score });
    }
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Ranges by tag, each tag's sorted by start, for asking whether a range overlaps any: a binary search, then a walk back over those that start early enough to reach it. */
class RangesByTag {
  private readonly byTag = new Map<string, { start: number; end: number }[]>();
  private longest = 0;

  add(tag: string, range: { start: number; end: number }): void {
    let list = this.byTag.get(tag);
    if (!list) this.byTag.set(tag, (list = []));
    list.splice(this.before(list, range.start + 1), 0, range);
    this.longest = Math.max(this.longest, range.end - range.start);
  }

  overlapsAny(tag: string, range: { start: number; end: number }): boolean {
    const list = this.byTag.get(tag);
    if (!list) return false;
    for (let i = this.before(list, range.end) - 1; i >= 0 && list[i]!.start + this.longest > range.start; i--) {
      if (overlaps(list[i]!, range)) return true;
    }
    return false;
  }

  /** How many ranges of `list` start before `offset`. */
  private before(list: readonly { start: number }[], offset: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The suggestions the session offers in a document: the engine's and the
 * projections of accepted text, less those rejected here (by any rule) and those
 * overlapping a span of their tag; of suggestions of one tag that overlap,
 * the higher score stays (then the longer, then the earlier). In text order.
 */
export function sessionSuggestions(input: SessionSuggestionInput): SuggestionItem[] {
  const rangeKey = (s: { start: number; end: number; tag: string }) => `${s.start}:${s.end}:${s.tag}`;
  const rejected = new Set(input.rejectedHere.map(rangeKey));
  const taken = new RangesByTag();
  for (const span of input.spans) taken.add(span.tag, span);

  const candidates: Suggestion[] = [];
  for (const s of [...input.rules, ...projections(input)]) {
    if (input.tags.has(s.tag) && !rejected.has(rangeKey(s)) && !taken.overlapsAny(s.tag, s)) candidates.push(s);
  }

  candidates.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept = new RangesByTag();
  const out: SuggestionItem[] = [];
  for (const c of candidates) {
    if (kept.overlapsAny(c.tag, c)) continue;
    kept.add(c.tag, c);
    const item: SuggestionItem = { id: suggestionId(input.docId, c.start, c.end, c.tag, c.rule), docId: input.docId, ...c };
    // A projection's value is read only once it is kept: a short text accepted once may occur hundreds of times.
    if (c.rule === PROJECTION_RULE && (c.tag === 'target' || c.tag === 'achievement')) {
      item.value = parseTargetValue(c.quote, { documentYear: input.year });
    }
    out.push(item);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.tag.localeCompare(b.tag));
}
