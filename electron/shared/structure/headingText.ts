import type { NumberingMatch } from './numbering';

/** Where a numbered heading's text ends in its line, and whether the paragraph goes on after it. */
export interface HeadingText {
  /** UTF-16 length of the heading text from the line's start. */
  length: number;
  runIn: boolean;
}

/** Marks that close a run-in heading's first sentence: '（一）着力扩大国内需求。把恢复…', '1.日常监测：根据…'. */
const FIRST_SENTENCE_END = /[。！？!?；;：]|:(?![0-9])/u;
/** What may trail a heading that stands alone: its closing punctuation, and the whitespace before it. */
const TRAILING = /[\s　。！？!?；;：:，,]+$/u;
/** An article number with the bracketed title some regulations give it: '第一条　（目的和依据）'. */
const ARTICLE_HEAD = /^第[^条]{1,6}条(?:[\s　]*[（(][^（）()]{1,30}[）)])?/u;

/**
 * The heading text of a line that opens with `numbering`. A heading that
 * stands alone is the whole line, less closing punctuation; a run-in heading
 * is the paragraph's first sentence, without its closing mark. An article's
 * heading is its number (with its bracketed title, if it has one): its first
 * sentence is the rule itself, often a long one, and '第八条' is how articles
 * are cited.
 */
export function headingText(line: string, numbering: NumberingMatch): HeadingText {
  if (numbering.kind === 'article') {
    const head = ARTICLE_HEAD.exec(line)![0];
    return { length: head.length, runIn: line.slice(head.length).trim() !== '' };
  }
  const words = line.slice(numbering.length);
  const close = FIRST_SENTENCE_END.exec(words);
  const runIn =
    close !== null &&
    words
      .slice(close.index + 1)
      .replace(TRAILING, '')
      .trim() !== '';
  const text = runIn ? line.slice(0, numbering.length + close!.index) : line.replace(TRAILING, '');
  return { length: text.length, runIn };
}
