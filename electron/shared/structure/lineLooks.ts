import { asciiDigits } from './chineseNumerals';

/**
 * What a line is by its look alone: prose, a title, a salutation, a date or
 * a signature. Chinese documents mix full-width and ASCII punctuation, so
 * every rule accepts both.
 */

/** Punctuation that only running prose carries. */
const PROSE_MARKS = /[，,。；;！？!?]/u;
/** Characters that end a complete sentence. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
/** Closing quotes and brackets that may follow the end of a sentence; looked through, not at. */
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', '》', '〉', ']']);
const HAN = /\p{Script=Han}/u;
/** Longest title line, in code points. */
const MAX_TITLE_LENGTH = 40;

function lastMeaningfulChar(line: string): string {
  let end = line.length;
  while (end > 0 && CLOSERS.has(line[end - 1]!)) end--;
  return end > 0 ? line[end - 1]! : '';
}

/** Whether the line reads as prose: it carries sentence punctuation, or ends with a colon that introduces what follows. */
export function isProse(line: string): boolean {
  return PROSE_MARKS.test(line) || /[：:]$/u.test(line);
}

/** A bracketed note closing a paragraph after its last sentence: '…给予奖补。（责任单位：省经济和信息化厅）'. */
const TRAILING_NOTE = /[（(][^（）()]*[）)]$/u;

/**
 * Whether the line is a finished sentence (looking through closing quotes
 * and brackets, and through a bracketed note after the sentence), or wholly
 * in brackets, as a byline is.
 */
export function endsComplete(line: string): boolean {
  const body = line.replace(TRAILING_NOTE, '');
  return body === '' || SENTENCE_END.has(lastMeaningfulChar(body)) || SENTENCE_END.has(lastMeaningfulChar(line));
}

/** Whether the line could be a title: short, Chinese, and without the punctuation of prose. */
export function isTitleLike(line: string): boolean {
  return [...line].length <= MAX_TITLE_LENGTH && HAN.test(line) && !isProse(line);
}

/** The salutation that opens each part of a speech: '各位代表：', '各位代表！'. */
export function isSalutation(line: string): boolean {
  return /^(?:各位代表|各位委员|同志们)[！!：:，,]?$/u.test(line);
}

/** A line that is only a date, as under a signature: '2022年4月14日'. */
export function isDateLine(line: string): boolean {
  return /^[\d〇零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u.test(asciiDigits(line));
}

/** A speaker's or signer's office and name: '国务院总理　李克强', '市长　应勇', or the office alone before the name's line. */
export function isSignatureLine(line: string): boolean {
  return (
    [...line].length <= 16 && /(?:总理|主席|省长|市长|州长|县长|区长|主任|书记|部长|局长|厅长)[\s　]*[\p{Script=Han}·]{0,4}$/u.test(line)
  );
}

/** The label over an attachment ('附件', '附件：', '附件2'): like a title, it starts another document. */
export function isAttachmentLabel(line: string): boolean {
  return /^附件[\d一二三四五六七八九十]*[：:]?$/u.test(asciiDigits(line));
}
