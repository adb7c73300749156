import type { OffsetMap } from '../../../electron/shared/codePoints';

/** A quote with a few characters of its sentence on either side, as the annotation list shows it. */
export interface QuoteWindow {
  before: string;
  quote: string;
  after: string;
  /** Whether the sentence goes on past `before` or `after` (the list draws an ellipsis there). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Characters that end a sentence; a line break ends one too (each line is a paragraph or a heading). */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);
/** Closing quotes and brackets that follow a sentence end and still belong to that sentence: 。” ends after the ”. */
const CLOSERS = new Set(['”', '’', '」', '』', '》', '）', ')', '】', '"', "'"]);
/** Where a clipped window may start or stop so that it reads as whole clauses. */
const CLAUSE_MARKS = new Set(['，', '、', '：', ',', ':']);
/** A clause cut shorter than this would leave too little to read: the window is cut mid-clause instead. */
const MIN_CLAUSE = 6;

function isSpace(char: string): boolean {
  return char.trim() === '';
}

/**
 * The part of `chars` (the text just before a quote, nearest last, one more
 * than `reach` unless the text starts sooner) that belongs to the quote's sentence.
 */
function windowBefore(chars: readonly string[], reach: number): { text: string; clipped: boolean } {
  let from = -1;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (SENTENCE_END.has(chars[i]!)) {
      from = i + 1;
      while (from < chars.length && (CLOSERS.has(chars[from]!) || isSpace(chars[from]!))) from++;
      break;
    }
  }
  if (from >= 0 || chars.length <= reach) {
    return { text: chars.slice(Math.max(from, 0)).join('').trimStart(), clipped: false };
  }
  // A mark just outside the reach (the extra character) starts the window as well as one inside it.
  const clause = chars.findIndex((c, i) => i < chars.length - MIN_CLAUSE && CLAUSE_MARKS.has(c));
  const start = clause >= 0 ? clause + 1 : chars.length - reach;
  return { text: chars.slice(start).join('').trimStart(), clipped: true };
}

/** The same after a quote: `chars` nearest first, one more than `reach` unless the text ends sooner. */
function windowAfter(chars: readonly string[], reach: number): { text: string; clipped: boolean } {
  const end = chars.findIndex((c) => SENTENCE_END.has(c));
  if (end >= 0) {
    let to = chars[end] === '\n' ? end : end + 1;
    while (to < chars.length && CLOSERS.has(chars[to]!)) to++;
    return { text: chars.slice(0, to).join('').trimEnd(), clipped: false };
  }
  if (chars.length <= reach) return { text: chars.join('').trimEnd(), clipped: false };
  let stop = reach;
  for (let i = reach; i >= MIN_CLAUSE; i--) {
    if (CLAUSE_MARKS.has(chars[i]!)) {
      stop = i;
      break;
    }
  }
  return { text: chars.slice(0, stop).join('').trimEnd(), clipped: true };
}

/**
 * The quote of a span (code points `start`..`end` of the text) inside a short
 * window of its sentence: up to `reach` characters on each side, never past
 * the sentence's end or a line break, and where the sentence is longer, cut
 * at a comma or colon if one is near so that the window reads as clauses.
 */
export function sentenceWindow(map: OffsetMap, start: number, end: number, reach = 28): QuoteWindow {
  // One character more than the reach on each side tells a sentence that ends exactly there from one that goes on.
  const beforeChars = [...map.slice(Math.max(0, start - reach - 1), start)];
  const afterChars = [...map.slice(end, end + reach + 1)];
  const before = windowBefore(beforeChars, reach);
  const after = windowAfter(afterChars, reach);
  return {
    before: before.text,
    quote: map.slice(start, end),
    after: after.text,
    clippedBefore: before.clipped,
    clippedAfter: after.clipped,
  };
}
