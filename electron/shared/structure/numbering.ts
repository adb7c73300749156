import { cardinalValue } from './chineseNumerals';
import type { NumberingKind } from './outline';

/** The kinds a heading's own characters number it with (titled-sentence and none have no number). */
export type NumberedKind = Exclude<NumberingKind, 'titled-sentence' | 'none'>;

/** A numbering that opens a line. */
export interface NumberingMatch {
  kind: NumberedKind;
  ordinal: number;
  /** UTF-16 length of the numbering with the whitespace after it: where the heading's own words begin. */
  length: number;
}

const CHINESE = '[一二三四五六七八九十]{1,3}';
const CARDINAL = '[一二三四五六七八九十百零〇]{1,6}|[0-9０-９]{1,3}';
const ARABIC = '[0-9０-９]{1,2}';
const SPACE = '[\\s　]*';

/**
 * How each kind of numbering opens a line. '一、二季度', '一、二、三类',
 * '1.5亿', '第十条规定的' and '第三节课' open prose, not a clause, hence the
 * look-aheads; '一、三年来的斗争' is a heading.
 */
const PATTERNS: ReadonlyArray<{ kind: NumberedKind; pattern: RegExp }> = [
  { kind: 'chapter', pattern: new RegExp(`^第(${CARDINAL})章(?![节条])${SPACE}`, 'u') },
  { kind: 'section', pattern: new RegExp(`^第(${CARDINAL})节(?![课])${SPACE}`, 'u') },
  { kind: 'article', pattern: new RegExp(`^第(${CARDINAL})条(?![规款项之的中所和及或与、，,。；;])${SPACE}`, 'u') },
  { kind: 'chinese-dun', pattern: new RegExp(`^(${CHINESE})[、．.](?![一二三四五六七八九十][、季月类级等])${SPACE}`, 'u') },
  { kind: 'paren-chinese', pattern: new RegExp(`^[（(](${CHINESE})[）)]${SPACE}`, 'u') },
  { kind: 'arabic', pattern: new RegExp(`^(${ARABIC})[.．、﹒](?![0-9０-９])${SPACE}`, 'u') },
  { kind: 'paren-arabic', pattern: new RegExp(`^[（(](${ARABIC})[）)]${SPACE}`, 'u') },
];

/** Circled numbers ①–⑳, ㉑–㉟, ㊱–㊿ in their three Unicode blocks, with the number of each block's first. */
const CIRCLED_BLOCKS: ReadonlyArray<[first: number, last: number, value: number]> = [
  [0x2460, 0x2473, 1],
  [0x3251, 0x325f, 21],
  [0x32b1, 0x32bf, 36],
];

function circledAt(line: string): NumberingMatch | null {
  const code = line.codePointAt(0);
  if (code === undefined) return null;
  for (const [first, last, value] of CIRCLED_BLOCKS) {
    if (code >= first && code <= last) {
      const space = new RegExp(`^${SPACE}`, 'u').exec(line.slice(1))![0];
      return { kind: 'circled', ordinal: value + code - first, length: 1 + space.length };
    }
  }
  return null;
}

/** The numbering that opens `line` (already trimmed), or null when it opens with none. */
export function numberingAt(line: string): NumberingMatch | null {
  for (const { kind, pattern } of PATTERNS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const ordinal = cardinalValue(match[1]!);
    if (ordinal !== null) return { kind, ordinal, length: match[0].length };
  }
  return circledAt(line);
}
