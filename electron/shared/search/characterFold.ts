import { defaultIdeographFolder, isRadicalOrCompatibilityIdeograph, type IdeographFolder } from './ideographs';

/**
 * The fold of one character: the form a search compares, so that the
 * variants Chinese text mixes for the same mark compare equal. Rules, in
 * order:
 *
 * - Whitespace (`\s`, line breaks included) is dropped with
 *   `ignoreWhitespace`; otherwise every space separator (the ideographic
 *   space U+3000, no-break and typographic spaces) becomes one ASCII space
 *   and line breaks and tabs stay.
 * - Radicals and compatibility ideographs go to the IdeographFolder.
 * - Width and presentation variants take their NFKC form: full-width ASCII
 *   (４ → 4, ，→ , ；→ ; ：→ : （）→ () ！→ ! ？→ ? ．→ .), half-width CJK
 *   punctuation (｡ → 。, ､ → 、), vertical and small forms (︐ ﹐ → ,), and the
 *   ellipses (… → ..., the one fold to several characters). Other
 *   compatibility characters keep their own form: ① is not 1 and ㎡ is not
 *   m2 to a reader of policy.
 * - A few marks typed interchangeably that NFKC leaves apart (QUOTES_AND_DASHES).
 * - Latin (and Greek, Cyrillic) letters are lower-cased unless
 *   `caseSensitive`, where the lower case is one character (İ stays).
 *
 * The ideographic full stop 。 does not fold to the ASCII point: in Chinese
 * text 。 ends a sentence and . is a decimal point (1.3万), so a search for
 * one must not stop at every instance of the other. ． (U+FF0E) is the
 * full-width decimal point of １．３ and does fold to the point. The
 * enumeration comma 、 stays apart from the comma for the same reason.
 */

export interface FoldOptions {
  /** Drop whitespace and line breaks, so that a phrase spaced out or broken across lines still matches: 城镇 新增\n就业 is 城镇新增就业. */
  ignoreWhitespace?: boolean;
  /** Keep Latin upper and lower case apart; by default GDP and gdp are one. */
  caseSensitive?: boolean;
  /** How radicals and compatibility ideographs become unified ideographs; NFKC alone by default. */
  foldIdeograph?: IdeographFolder;
}

/** Folds one character (one code point, as a string) to the string a search compares. */
export type CharacterFolder = (ch: string) => string;

/**
 * Marks NFKC leaves apart that Chinese text and analysts' keyboards use for
 * each other: curly and straight quotes, hyphens and minus signs (not the
 * dash ——, a different mark), the wave dash of 3〜5年, the middle dots of
 * foreign names (马克思·韦伯), and the tortoise-shell brackets of document
 * numbers (国发〔2023〕5号, typed as [2023] as often as not).
 */
const QUOTES_AND_DASHES: ReadonlyMap<string, string> = new Map([
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u201f', '"'],
  ['\u301d', '"'],
  ['\u301e', '"'],
  ['\u301f', '"'],
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201a', "'"],
  ['\u201b', "'"],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'],
  ['\u2212', '-'],
  ['\u301c', '~'],
  ['\u30fb', '\u00b7'],
  ['\u2027', '\u00b7'],
  ['\u3014', '['],
  ['\u3015', ']'],
]);

const WHITESPACE = /^\s$/u;
const SPACE_SEPARATOR = /^\p{Zs}$/u;
const COMBINING_MARK = /\p{M}/u;

/** Blocks whose NFKC forms are the plain characters Chinese text mixes them with. */
function takesNfkc(cp: number): boolean {
  return (
    cp === 0x2025 || cp === 0x2026 || (cp >= 0xfe10 && cp <= 0xfe1f) || (cp >= 0xfe30 && cp <= 0xfe6f) || (cp >= 0xff01 && cp <= 0xffef)
  );
}

/** Scripts with upper and lower case that policy text quotes: Latin, Greek, Cyrillic, and Latin Extended Additional. */
function hasCase(cp: number): boolean {
  return cp < 0x0530 || (cp >= 0x1e00 && cp <= 0x1eff);
}

function foldUncached(ch: string, ignoreWhitespace: boolean, caseSensitive: boolean, foldIdeograph: IdeographFolder): string {
  const cp = ch.codePointAt(0)!;
  if (WHITESPACE.test(ch)) return ignoreWhitespace ? '' : SPACE_SEPARATOR.test(ch) ? ' ' : ch;
  if (isRadicalOrCompatibilityIdeograph(cp)) return foldIdeograph(ch);
  const mark = QUOTES_AND_DASHES.get(ch);
  if (mark !== undefined) return mark;
  if (takesNfkc(cp)) {
    const nfkc = ch.normalize('NFKC');
    // The overline and macron forms decompose to a space and a combining mark, which no search means: they stay as they are.
    if (nfkc !== ch && !COMBINING_MARK.test(nfkc)) {
      let out = '';
      for (const part of nfkc) out += foldUncached(part, ignoreWhitespace, caseSensitive, foldIdeograph);
      return out;
    }
  }
  if (!caseSensitive && hasCase(cp)) {
    const lower = ch.toLowerCase();
    if (lower.length === ch.length && lower.codePointAt(0)! !== cp) return lower;
  }
  return ch;
}

/** Folders already made, by ideograph folder and then by the two flags, each with its cache. */
const made = new WeakMap<IdeographFolder, Map<number, CharacterFolder>>();

/**
 * The CharacterFolder for `options`. Each folder caches its answers for the
 * Basic Multilingual Plane, and the same options give the same folder, so a
 * document folds at the cost of one array look-up per character.
 */
export function characterFolder(options: FoldOptions = {}): CharacterFolder {
  const ideographs = options.foldIdeograph ?? defaultIdeographFolder;
  const ignoreWhitespace = options.ignoreWhitespace === true;
  const caseSensitive = options.caseSensitive === true;
  const key = (ignoreWhitespace ? 1 : 0) + (caseSensitive ? 2 : 0);
  let byFlags = made.get(ideographs);
  if (!byFlags) made.set(ideographs, (byFlags = new Map()));
  const known = byFlags.get(key);
  if (known) return known;
  const bmp: (string | undefined)[] = new Array(0x10000);
  const folder: CharacterFolder = (ch) => {
    if (ch.length !== 1) return foldUncached(ch, ignoreWhitespace, caseSensitive, ideographs);
    const c = ch.charCodeAt(0);
    return (bmp[c] ??= foldUncached(ch, ignoreWhitespace, caseSensitive, ideographs));
  };
  byFlags.set(key, folder);
  return folder;
}
