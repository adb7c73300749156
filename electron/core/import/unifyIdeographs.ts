import { RADICAL_EQUIVALENTS } from './radicalEquivalents';

/**
 * Where a Simplified Chinese font prints a radical as another ideograph than
 * the UCD's equivalent, the text means the printed one. Measured by printing
 * every equivalent ideograph with Chromium in Noto Sans and Serif CJK SC
 * and reading the PDF's text layer back: 户 came out as ⼾ (UCD: 戶), 彐 as
 * ⺕ (UCD: 𫜹, which these fonts cannot show), 罒 as ⺫ (UCD: 目). Every other
 * radical read back as the UCD's equivalent.
 */
const PRINTED_FORMS: Record<string, string> = { '⼾': '户', '⺕': '彐', '⺫': '罒' };

const RADICALS = new Map<string, string>();
for (const row of RADICAL_EQUIVALENTS) {
  for (const entry of row.split(' ')) {
    const [radical, ideograph] = [...entry];
    RADICALS.set(radical!, PRINTED_FORMS[radical!] ?? ideograph!);
  }
}

/**
 * Radicals (CJK Radicals Supplement, Kangxi Radicals) and CJK compatibility
 * ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F): forms that print like an
 * ideograph but are another code point, so find and search miss the word.
 * PDF printers map glyphs to them ('⼴东省', '中华⼈⺠').
 */
const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u;
const EVERY_LOOKALIKE = new RegExp(LOOKALIKE.source, 'gu');

/** The unified ideograph a look-alike stands for, or the character itself when it has none. */
function unified(char: string): string {
  // Compatibility ideographs decompose canonically (NFC maps them); the twelve in U+FA0E–U+FA29 that are unified ideographs stay.
  return RADICALS.get(char) ?? char.normalize('NFC');
}

/**
 * The text with every radical and compatibility ideograph replaced by its
 * unified ideograph; `changed` counts replacements per original character.
 */
export function unifyIdeographs(text: string, changed: Map<string, number>): string {
  if (!LOOKALIKE.test(text)) return text;
  return text.replace(EVERY_LOOKALIKE, (char) => {
    const target = unified(char);
    if (target !== char) changed.set(char, (changed.get(char) ?? 0) + 1);
    return target;
  });
}
