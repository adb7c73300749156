/**
 * Rules about how a single line of Chinese (or mixed) text looks: whether it
 * closes a sentence, whether it could be a heading, and whether it was cut off
 * mid-sentence. Newspaper pages use both full-width and ASCII punctuation, so
 * every rule accepts both.
 */

/** Characters that end a sentence or a clause that introduces what follows. */
const CLOSING = new Set(['。', '！', '？', '!', '?', '；', ';', '：', ':', '…', '.', '．']);

/** Closing quotes and brackets that may follow the sentence end; looked through, not at. */
const TRAILING_CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', '》', '〉', ']']);

/** Punctuation inside a line that shows it is running prose rather than a title. */
const SENTENCE_PUNCTUATION = /[，,；;。！？!?]/u;

/** Punctuation that cannot end a finished paragraph. */
const OPEN_ENDING = /[，,、（(《“‘「『【—-]$/u;

/**
 * Particles and prepositions a heading never ends with, but a line cut
 * mid-sentence often does; and adverbs that only ever stand before a verb
 * ('要用心用情提供全方位服务,大力' | '推行…').
 */
const DANGLING_WORD = /(?:[的在和与及或是把被从向对于要将了]|大力|进一步|切实|着力|全力|逐步)$/u;

/** Punctuation a line can only start with when it continues the line before. */
const CONTINUATION_START = /^[，,、。．.；;：:！!？?）)」』”’》〉]/u;

/** Numbering that opens a clause, and the heading level each kind of numbering gets. */
const NUMBERING: readonly [RegExp, number][] = [
  [/^第[一二三四五六七八九十百零〇\d]+[编章][\s　]*/u, 2],
  [/^第[一二三四五六七八九十百零〇\d]+节[\s　]*/u, 3],
  [/^第[一二三四五六七八九十百零〇\d]+条[\s　]*/u, 4],
  [/^[一二三四五六七八九十]{1,3}[、．.]/u, 2],
  [/^[（(][一二三四五六七八九十]{1,3}[）)]/u, 3],
  [/^\d{1,2}[.．、](?!\d)/u, 4],
  [/^[（(]\d{1,2}[）)]/u, 5],
];

/** Longest line taken as a heading without numbering, in code points. */
const MAX_HEADING_LENGTH = 40;
/** Longest numbered line taken as a heading, in code points. */
const MAX_NUMBERED_HEADING_LENGTH = 60;

const HAN = /\p{Script=Han}/u;

/** A bracketed note after the sentence it belongs to: '…补助1000万元。（责任单位：省财政厅）'. */
const TRAILING_NOTE = /[（(][^（）()]*[）)]$/u;

function lastMeaningfulChar(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING_CLOSERS.has(line[end - 1]!)) end--;
  return end > 0 ? line[end - 1]! : '';
}

/** Whether the line ends a sentence (looking through closing quotes and brackets, and through a note in brackets after a sentence end). */
export function endsSentence(line: string): boolean {
  if (CLOSING.has(lastMeaningfulChar(line))) return true;
  const note = TRAILING_NOTE.exec(line);
  return note !== null && CLOSING.has(lastMeaningfulChar(line.slice(0, note.index)));
}

/** Whether the line can only be the continuation of the line before it. */
export function startsAsContinuation(line: string): boolean {
  return CONTINUATION_START.test(line);
}

/** The heading level the line's numbering implies ('一、' → 2, '（一）' → 3, …), or null when it has none. */
export function numberingLevel(line: string): number | null {
  for (const [pattern, level] of NUMBERING) if (pattern.test(line)) return level;
  return null;
}

/**
 * The level of a line that reads as a heading: a numbered clause title, or a
 * short title without sentence punctuation; null for anything else.
 */
export function headingLevel(line: string): number | null {
  if (endsSentence(line) || OPEN_ENDING.test(line) || line.includes('://')) return null;
  const length = [...line].length;
  const numbered = numberingLevel(line);
  if (numbered !== null) {
    return length <= MAX_NUMBERED_HEADING_LENGTH && !/[；;。！？!?]/u.test(line) ? numbered : null;
  }
  if (length < 4 || length > MAX_HEADING_LENGTH) return null;
  // Reference labels such as '【法宝引证码】 CLI.11.1535062' are metadata, not titles.
  if (line.startsWith('【')) return null;
  // Dates under a signature and lines wholly in brackets ('（第19号）') annotate, they do not title.
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/u.test(line) || /^[（(][^（）()]*[）)]$/u.test(line)) return null;
  if (!HAN.test(line) || SENTENCE_PUNCTUATION.test(line) || DANGLING_WORD.test(line)) return null;
  return 2;
}

/** Whether the line ends where no sentence can: on a comma, an opening bracket or quote, a particle or a pre-verbal adverb. */
export function endsOpen(line: string): boolean {
  return OPEN_ENDING.test(line) || DANGLING_WORD.test(line);
}

/** Whether the line is running prose: sentence punctuation inside it. */
export function readsAsProse(line: string): boolean {
  return SENTENCE_PUNCTUATION.test(line);
}

/** A number that a line break cut inside Chinese text ('粮食产量1.3' | '7万亿斤'): its halves belong together. */
function cutsChineseNumber(head: string, tail: string): boolean {
  return /\d$/.test(head) && /^\d/.test(tail) && (/\p{Script=Han}[\d.,]*$/u.test(head) || /^[\d.,]*\p{Script=Han}/u.test(tail));
}

/** Joins a line with its continuation, with a space only between two Latin words. */
export function joinLines(head: string, tail: string): string {
  return /[A-Za-z0-9]$/.test(head) && /^[A-Za-z0-9]/.test(tail) && !cutsChineseNumber(head, tail) ? `${head} ${tail}` : head + tail;
}
