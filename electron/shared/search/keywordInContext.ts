import { OffsetMap } from '../codePoints';
import type { CodePointRange } from './foldMap';

/**
 * A hit shown inside its sentence, the way a concordance line reads: what
 * comes before and after, cut to a window of code points on each side.
 */

export interface KeywordInContextOptions {
  /** Keep the context inside the hit's sentence (true, the default), or take the window whatever it crosses. */
  sentence?: boolean;
  /** Code points of context on each side at most; 30 by default. */
  width?: number;
}

export interface KeywordInContext {
  before: string;
  hit: string;
  after: string;
  /** Code-point offsets, in the original, of the start of `before` and the end of `after`. */
  start: number;
  end: number;
  /** Whether `before` (`after`) was cut to the width, so that the sentence goes on beyond it. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Marks that end a sentence, full-width and half-width alike since the search treats them as one. The ASCII point is a decimal point. */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n', '\r', '\u2028', '\u2029']);

/** Closing quotes and brackets that belong to the sentence their mark ends: 他说：“要稳。”. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〕', ']', '"', "'"]);

const LINE_BREAK = new Set(['\n', '\r', '\u2028', '\u2029']);

const DEFAULT_WIDTH = 30;

/**
 * The context of `range` (code points of `text`) in `text`. A sentence ends
 * at 。！？；(or their half-width forms) with any closing quotes after it, and
 * at a line break; the hit's own marks do not cut it. Whitespace at the
 * outer edges of the context is trimmed. Pass the document's OffsetMap
 * when showing many hits of one document, so that it is built once.
 */
export function keywordInContext(text: string | OffsetMap, range: CodePointRange, options: KeywordInContextOptions = {}): KeywordInContext {
  const offsets = typeof text === 'string' ? new OffsetMap(text) : text;
  const s = offsets.text;
  const width = options.width ?? DEFAULT_WIDTH;
  const sentence = options.sentence !== false;
  const hitStart = offsets.toUtf16(range.start);
  const hitEnd = offsets.toUtf16(Math.max(range.start, range.end));

  let from = sentence ? sentenceStart(s, hitStart) : 0;
  let to = sentence ? sentenceEnd(s, hitEnd) : s.length;
  while (from < hitStart && /\s/u.test(s[from]!)) from++;
  while (to > hitEnd && /\s/u.test(s[to - 1]!)) to--;

  const windowStart = back(s, hitStart, width, from);
  const windowEnd = forward(s, hitEnd, width, to);
  return {
    before: s.slice(windowStart, hitStart),
    hit: s.slice(hitStart, hitEnd),
    after: s.slice(hitEnd, windowEnd),
    start: offsets.toCodePoint(windowStart),
    end: offsets.toCodePoint(windowEnd),
    clippedBefore: windowStart > from,
    clippedAfter: windowEnd < to,
  };
}

/** Where the sentence holding UTF-16 offset `at` starts: after the last sentence end (and its closers) before it. */
function sentenceStart(s: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.has(s[i - 1]!)) {
    // Closers right after an end mark belong to the sentence before.
    if (CLOSERS.has(s[i - 1]!) && closesSentence(s, i - 1)) break;
    i--;
  }
  return i;
}

/** Whether the run of closers that ends at `i` (inclusive) follows a sentence end mark. */
function closesSentence(s: string, i: number): boolean {
  let j = i;
  while (j >= 0 && CLOSERS.has(s[j]!)) j--;
  return j >= 0 && SENTENCE_END.has(s[j]!) && !LINE_BREAK.has(s[j]!);
}

/** Where the sentence holding the text up to UTF-16 offset `at` ends: after its end mark and closers, or at a line break. */
function sentenceEnd(s: string, at: number): number {
  let i = at;
  // A hit that ends with an end mark ends its sentence.
  const endedByHit = i > 0 && SENTENCE_END.has(s[i - 1]!) && !LINE_BREAK.has(s[i - 1]!);
  if (!endedByHit) {
    while (i < s.length && !SENTENCE_END.has(s[i]!)) i++;
    if (i < s.length && !LINE_BREAK.has(s[i]!)) i++;
  }
  while (i < s.length && CLOSERS.has(s[i]!)) i++;
  return i;
}

/** UTF-16 offset `count` code points before `at`, not before `limit`. */
function back(s: string, at: number, count: number, limit: number): number {
  let i = at;
  for (let k = 0; k < count && i > limit; k++) {
    i--;
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > limit) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) i--;
    }
  }
  return i;
}

/** UTF-16 offset `count` code points after `at`, not after `limit`. */
function forward(s: string, at: number, count: number, limit: number): number {
  let i = at;
  for (let k = 0; k < count && i < limit; k++) {
    const c = s.charCodeAt(i);
    i++;
    if (c >= 0xd800 && c <= 0xdbff && i < limit) {
      const d = s.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return i;
}
