/**
 * Reading the numbers Chinese documents number and date with: cardinal
 * numerals ('二十三', '一百零五'), digit-by-digit years ('一九五四', '二〇二三')
 * and full-width Arabic digits ('１９９２').
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Full-width digits as ASCII, so that one pattern reads both. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * The value of a cardinal numeral below 1000 ('十' = 10, '二十一' = 21,
 * '一百零五' = 105) or of Arabic digits; null for anything else.
 */
export function cardinalValue(numeral: string): number | null {
  const ascii = asciiDigits(numeral);
  if (/^\d+$/u.test(ascii)) return Number(ascii);
  const match = /^(?:([一二三四五六七八九])?百)?零?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/u.exec(numeral);
  if (!match || numeral === '' || numeral.startsWith('零')) return null;
  const [, hundreds, tens, ten, units] = match;
  const hasHundred = numeral.includes('百');
  const value =
    (hasHundred ? (hundreds ? DIGITS[hundreds]! : 1) * 100 : 0) +
    (ten ? (tens ? DIGITS[tens]! : 1) * 10 : 0) +
    (units ? DIGITS[units]! : 0);
  return value > 0 ? value : null;
}

/**
 * The value of a number written digit by digit, as years are ('一九五四',
 * '二〇二三', '２０２３', and '1 9 9 8' with the spaces some reports print);
 * null when any character is not a digit.
 */
export function digitwiseValue(digits: string): number | null {
  const compact = asciiDigits(digits).replace(/[\s　]/gu, '');
  if (compact === '') return null;
  let value = 0;
  for (const c of compact) {
    const d = /\d/u.test(c) ? Number(c) : DIGITS[c];
    if (d === undefined) return null;
    value = value * 10 + d;
  }
  return value;
}
