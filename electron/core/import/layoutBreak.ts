import { endsOpen, endsSentence, headingLevel, numberingLevel, readsAsProse, startsAsContinuation } from './lineShape';

/** A line of a text with what stood before it in the source. */
export interface SourceLine {
  text: string;
  /** A blank line stood before it (plain text only). */
  afterBlank: boolean;
  /** The clean-up took a photo caption out just before it. */
  afterCaption: boolean;
}

/** How a text lays its lines out, judged over all of them. */
export interface TextLayout {
  /** The width (in columns, a CJK character counting two) that a hard-wrapped text fills its lines to; null when it is not hard-wrapped. */
  wrapWidth: number | null;
  /** Whether the text separates its paragraphs by blank lines, so that a single line break inside prose is no paragraph end. */
  blankSeparated: boolean;
}

/** Narrowest width taken as a hard wrap: a column of short list items is no wrapped prose. */
const MIN_WRAP_WIDTH = 40;
/** Share of lines that must fill the wrap width for a text to count as hard-wrapped. */
const MIN_FULL_SHARE = 0.4;
/** A line counts as full within this many columns of the wrap width: a CJK character never fits in the last column. */
const WRAP_SLACK = 2;

const HAN_EDGE = /^\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Columns a line takes: CJK characters and full-width forms two, Latin and digits one (an astral character's two code units, two). */
function displayWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    width += c < 0x1100 || (c >= 0xff61 && c <= 0xffdc) ? 1 : c >= 0xd800 && c <= 0xdfff ? 1 : 2;
  }
  return width;
}

/** The layout of a text's lines: the width most of them fill if it is hard-wrapped, and whether blank lines separate its paragraphs. */
export function textLayout(lines: readonly SourceLine[]): TextLayout {
  const byWidth = new Map<number, number>();
  for (const line of lines) {
    const width = displayWidth(line.text);
    byWidth.set(width, (byWidth.get(width) ?? 0) + 1);
  }
  let wrapWidth: number | null = null;
  let best = 0;
  for (const width of byWidth.keys()) {
    if (width < MIN_WRAP_WIDTH) continue;
    let full = 0;
    for (let w = width - WRAP_SLACK; w <= width; w++) full += byWidth.get(w) ?? 0;
    if (full > best || (full === best && wrapWidth !== null && width > wrapWidth)) {
      best = full;
      wrapWidth = width;
    }
  }
  if (best < Math.max(3, lines.length * MIN_FULL_SHARE)) wrapWidth = null;
  const breaks = lines.length - 1;
  const blanks = lines.slice(1).filter((line) => line.afterBlank).length;
  return { wrapWidth, blankSeparated: breaks > 0 && blanks * 2 > breaks };
}

/** Whether the line break falls inside a word ('社会财产沒' | '有遭到損坏'): the break is the page's, not the author's. */
function breaksInsideWord(head: string, tail: string): boolean {
  // Six characters either side are enough for a word; a cut surrogate pair at the edge is dropped.
  const last = head.slice(-12).replace(/^[\udc00-\udfff]/u, '');
  const first = tail.slice(0, 12).replace(/[\ud800-\udbff]$/u, '');
  if (!HAN_EDGE.test(first) || !/\p{Script=Han}$/u.test(last)) return false;
  for (const { index, segment } of segmenter.segment(last + first)) {
    if (index < last.length && index + segment.length > last.length) return true;
  }
  return false;
}

/** Whether the line opens with a clause too short to be one ('质效,' after '…提升开放'): one character, or two that make no word. */
function opensWithFragment(line: string): boolean {
  const clause = /^([^，,、；;：:。！？!?\s]{1,2})[，,、；;]/u.exec(line)?.[1];
  if (clause === undefined || !HAN_EDGE.test(clause)) return false;
  return [...clause].length === 1 || [...segmenter.segment(clause)].length > 1;
}

/**
 * Whether `next` goes on with the sentence `prev` left unfinished, the line
 * break between them being the layout's (a page or column break, a removed
 * caption, a hard wrap, a link on its own line) and not a paragraph end.
 * It takes evidence: a line ending without closing punctuation is not
 * enough, for headings, list items and lead sentences end so too.
 */
export function brokenByLayout(prev: string, next: SourceLine, layout: TextLayout): boolean {
  if (startsAsContinuation(next.text)) return true;
  if (numberingLevel(next.text) !== null) return false;
  if (endsSentence(prev) || headingLevel(prev) !== null || prev.includes('://')) return false;
  if (endsOpen(prev) || next.afterCaption) return true;
  if (layout.wrapWidth !== null && displayWidth(prev) >= layout.wrapWidth - WRAP_SLACK) return true;
  if (!readsAsProse(prev)) return false;
  if (layout.blankSeparated && !next.afterBlank) return true;
  return breaksInsideWord(prev, next.text) || opensWithFragment(next.text);
}
