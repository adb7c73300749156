import { addDecimals, exactRatio, isBelowPowerOfTen, normalizeDecimal, shiftDecimal } from './decimal';
import { foldText } from './fold';
import { ScaleSchema, type Scale } from './valueSchema';

/**
 * Numbers as Chinese government texts write them: Arabic (1,200 / 1，200,
 * 4.52, full-width １．３), Chinese numerals (四万, 两千五百, 十亿, 一万三千亿,
 * abbreviated 两千五 = 2500 and 一万二 = 12000, 零/〇 as gaps), digit by digit
 * (二〇二五), financial (壹仟伍佰), mixed (1.2万, 3千万, 1万2千, 一点二万),
 * 百分之三点五 / 千分之五 / 万分之三, fractions (三分之一), 一半, and a written
 * sign (-3, 负三).
 *
 * Vague numbers are not guessed: 多/余 after a number (8000多亿, 1000余) keep
 * the number and say it is a lower bound; 几 and 数 (十几, 几十, 数百) and two
 * bare digits side by side (三五个, 两三年, which mean "three to five", not 35)
 * give no value at all.
 *
 * A sign is part of a number only where it is written on it: a decrease said
 * with a verb (下降3%) is the verb's business, and the amount stays 3.
 */

/** The exact number a text states. */
export interface ParsedNumber {
  /**
   * Canonical decimal ("40000", "3.5"), or "n/d" for a fraction without a
   * finite decimal ("1/3"); null when vague 'unknown'. For 百分之三 it is
   * "3", with unit '%', exactly as for 3%.
   */
  value: string | null;
  /** The unit the numeral itself carries: 百分之 → '%', 千分之 → '‰', 万分之 → '‱'. */
  unit: '%' | '‰' | '‱' | null;
  /** The multiplier written after the last digit: 万 (4万, 四万), 万亿 (1.3万亿), 千万 (3千万); Chinese 十百千 inside a numeral are its digits. */
  scale: Scale | null;
  /** 'more': 多/余 followed the number, a lower bound; 'unknown': 几/数 or 三五 stand for digits not given. */
  vague: 'more' | 'unknown' | null;
  /** Which digits it is written in; Arabic figures are what modern reports state targets in. */
  numerals: 'arabic' | 'chinese';
}

/** A reading of a number found in a text, ending before `end` (a string index). */
export interface NumberReading extends ParsedNumber {
  end: number;
}

const DIGIT: Readonly<Record<string, string>> = {
  一: '1',
  二: '2',
  两: '2',
  俩: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  幺: '1',
  壹: '1',
  贰: '2',
  貳: '2',
  叁: '3',
  參: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  陸: '6',
  柒: '7',
  捌: '8',
  玖: '9',
};
const ZERO = new Set(['零', '〇']);
/** Powers of ten of the positional characters within a group of four digits. */
const SMALL: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
/** Powers of ten of the myriad characters that close a group. */
const BIG: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };
const RATIO: ReadonlyArray<readonly [string, '%' | '‰' | '‱']> = [
  ['百分之', '%'],
  ['千分之', '‰'],
  ['万分之', '‱'],
];
const SIGNS = new Set(['-', '−', '负']);

const isArabic = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isChineseDigit = (c: string | undefined): boolean => c !== undefined && (c in DIGIT || ZERO.has(c));
const isDigit = (c: string | undefined): boolean => isArabic(c) || isChineseDigit(c);
const isMultiplier = (c: string | undefined): boolean => c !== undefined && (c in SMALL || c in BIG);
/** Whether `c` can continue or begin a numeral. */
const isNumeralChar = (c: string | undefined): boolean => isDigit(c) || isMultiplier(c);

/** A ',' between Arabic digits is a thousands separator only before exactly three digits, after a group of one to three (three after another separator). */
function isThousandsSeparator(s: string, at: number): boolean {
  let j = at;
  while (isArabic(s[j - 1])) j--;
  const group = at - j;
  const first = s[j - 1] !== ',';
  if (group === 0 || group > 3 || (!first && group !== 3)) return false;
  return isArabic(s[at + 1]) && isArabic(s[at + 2]) && isArabic(s[at + 3]) && !isArabic(s[at + 4]);
}

/** End of the numeral that starts at `start`: digits, separators, 十百千万亿, 点 with digits after, 几/数, one 多/余. */
function runEnd(s: string, start: number): number {
  let i = start;
  let more = false;
  while (i < s.length) {
    const c = s[i]!;
    const prev = s[i - 1];
    if (isNumeralChar(c)) i++;
    else if (c === ',' && isArabic(prev) && isThousandsSeparator(s, i)) i++;
    else if (c === '.' && isArabic(prev) && isArabic(s[i + 1])) i++;
    else if (c === '点' && i > start && isNumeralChar(prev) && isDigit(s[i + 1])) i++;
    else if (c === '几') i++;
    else if (c === '数' && i === start && isMultiplier(s[i + 1])) i++;
    else if ((c === '多' || c === '余') && !more && i > start && isNumeralChar(prev)) {
      more = true;
      i++;
    } else break;
  }
  return i;
}

/** Digits and positional characters of one group below 万, e.g. 两千零五, 3千, 1.5百. */
function evalSection(s: string): string | null {
  let total = '0';
  let pending: string | null = null;
  let pendingChinese = false;
  let lastPower: number | null = null;
  let zeroSinceUnit = false;
  let i = 0;
  if (s === '') return null;
  while (i < s.length) {
    const c = s[i]!;
    if (isArabic(c)) {
      let j = i;
      while (j < s.length && (isArabic(s[j]) || s[j] === '.' || s[j] === ',')) j++;
      if (pending !== null) return null;
      pending = normalizeDecimal(s.slice(i, j).replaceAll(',', ''));
      if (pending === null) return null;
      pendingChinese = false;
      i = j;
    } else if (ZERO.has(c)) {
      if (pending !== null) return null;
      zeroSinceUnit = true;
      i++;
    } else if (c in DIGIT) {
      if (pending !== null) return null;
      pending = DIGIT[c]!;
      pendingChinese = true;
      i++;
    } else if (c in SMALL) {
      const power = SMALL[c]!;
      // 十百千 descend within a group: 百千 or 十十 is no number.
      if (lastPower !== null && power >= lastPower) return null;
      total = addDecimals(total, shiftDecimal(pending ?? '1', power));
      pending = null;
      lastPower = power;
      zeroSinceUnit = false;
      i++;
    } else return null;
  }
  if (pending !== null) {
    // 两千五 is 2500 and 三百六 is 360: a lone digit right after 百 or 千 counts
    // in the next lower place. A 零 in between (一千零五) cancels that.
    const abbreviated = pendingChinese && lastPower !== null && lastPower >= 2 && !zeroSinceUnit;
    total = addDecimals(total, abbreviated ? shiftDecimal(pending, lastPower! - 1) : pending);
  }
  return total;
}

/** A whole positional numeral: groups closed by 亿 and 万, e.g. 二百四十八亿五千万, 1.3万亿, 一万二. */
function evalGroups(s: string): string | null {
  for (const [ch, power] of Object.entries(BIG).reverse()) {
    const at = s.lastIndexOf(ch);
    if (at < 0) continue;
    const left = s.slice(0, at);
    const right = s.slice(at + 1);
    // 万 may stand under 亿 (一万三千亿) but not under another 万 (一万两万), nor 亿 under 亿.
    if (left.includes(ch)) return null;
    const high = left === '' ? '1' : evalGroups(left);
    if (high === null) return null;
    // 一万二 is 12000 and 三亿五 is 350000000: a lone digit after 万 or 亿 counts in the next lower place.
    const low = right === '' ? '0' : right.length === 1 && right in DIGIT ? shiftDecimal(DIGIT[right]!, power - 1) : evalGroups(right);
    if (low === null || !isBelowPowerOfTen(low, power)) return null;
    return addDecimals(shiftDecimal(high, power), low);
  }
  return evalSection(s);
}

function digitOf(c: string): string | undefined {
  return isArabic(c) ? c : ZERO.has(c) ? '0' : DIGIT[c];
}

/** The power of ten a scale multiplies by: 万 → 4, 千万 → 7, 万亿 → 12. */
export function scalePower(scale: Scale): number {
  return [...scale].reduce((p, c) => p + (SMALL[c] ?? BIG[c]!), 0);
}

/** The power of a run of multipliers after 点 (一点二万), 0 for none, null if the run is no scale. */
function multiplierPower(run: string): number | null {
  if (run === '') return 0;
  const scale = ScaleSchema.safeParse(normalizeMultipliers(run));
  return scale.success ? scalePower(scale.data) : null;
}

function normalizeMultipliers(run: string): string {
  return run.replaceAll('拾', '十').replaceAll('佰', '百').replaceAll('仟', '千');
}

/** The value of a numeral without 多/余/几, or null if it is none. */
function evaluate(s: string): string | null {
  const dot = s.indexOf('点');
  if (dot >= 0) {
    // 三点五, 百分之三点五, 一点二万: the digits after 点 are read one by one, then any multiplier.
    const m = /^(.+?)([十拾百佰千仟万亿]*)$/u.exec(s.slice(dot + 1));
    const whole = evalGroups(s.slice(0, dot));
    if (!m || whole === null || whole.includes('.')) return null;
    const frac = [...m[1]!].map(digitOf);
    const power = multiplierPower(m[2]!);
    if (frac.some((d) => d === undefined) || power === null) return null;
    return shiftDecimal(normalizeDecimal(`${whole}.${frac.join('')}`)!, power);
  }
  if ([...s].every(isChineseDigit) && s.length > 1) {
    // 二〇二五, 一九五三: digits without positional characters are read one by one.
    return normalizeDecimal([...s].map(digitOf).join(''));
  }
  return evalGroups(s);
}

/**
 * The multiplier written after the last digit. After Arabic digits the whole
 * run counts (3千万 → 千万); after Chinese digits 十百千 are digits of the
 * numeral and only 万/亿 count (四千万 → 万, 十亿 → 亿).
 */
function scaleOf(s: string): Scale | null {
  let i = s.length;
  while (i > 0 && isMultiplier(s[i - 1])) i--;
  let run = normalizeMultipliers(s.slice(i));
  if (!isArabic(s[i - 1])) run = /[万亿]*$/u.exec(run)![0];
  const parsed = ScaleSchema.safeParse(run);
  return parsed.success ? parsed.data : null;
}

/** A plain numeral (no sign, ratio or fraction), vague forms included. */
function parseNumeral(s: string): Omit<ParsedNumber, 'unit'> | null {
  if (s === '') return null;
  const numerals: ParsedNumber['numerals'] = /[0-9]/u.test(s) ? 'arabic' : 'chinese';
  const unknown = { value: null, vague: 'unknown' as const, numerals };
  if (s.includes('几') || s.startsWith('数')) return { ...unknown, scale: scaleOf(s.replace(/[几数]/gu, '一')) };
  // Two bare digits (三五个, 两三年) are a loose range, not 35.
  if (s.length === 2 && [...s].every((c) => c in DIGIT)) return { ...unknown, scale: null };
  let core = s;
  let vague: ParsedNumber['vague'] = null;
  const more = s.search(/[多余]/u);
  if (more >= 0) {
    const after = s.slice(more + 1);
    // 8000多亿, 一百多万: only multipliers may follow 多.
    if (![...after].every(isMultiplier)) return null;
    core = s.slice(0, more) + after;
    vague = 'more';
  }
  const value = evaluate(core);
  return value === null ? null : { value, scale: scaleOf(core), vague, numerals };
}

/**
 * Every reading of a number that begins at `from` in folded text (see
 * foldText), longest first. A numeral that ends in multipliers is also read
 * without them, so that a unit can claim them: 3千瓦 reads as 3千 and as 3,
 * and only the second leaves a unit (千瓦) behind. The caller decides whether
 * `from` is a sensible place for a number to begin.
 */
export function readNumberAt(s: string, from: number): NumberReading[] {
  if (s.startsWith('一半', from)) {
    return [{ end: from + 2, value: '0.5', unit: null, scale: null, vague: null, numerals: 'chinese' }];
  }
  for (const [prefix, unit] of RATIO) {
    if (!s.startsWith(prefix, from)) continue;
    const start = from + prefix.length;
    const end = runEnd(s, start);
    const n = parseNumeral(s.slice(start, end));
    return n && n.vague !== 'more' ? [{ ...n, end, unit, scale: null }] : [];
  }
  const negative = SIGNS.has(s[from]!) && isDigit(s[from + 1]);
  const start = negative ? from + 1 : from;
  const end = runEnd(s, start);
  if (end === start) return [];
  if (s.startsWith('分之', end)) {
    const denominator = parseNumeral(s.slice(start, end));
    const numEnd = runEnd(s, end + 2);
    const numerator = parseNumeral(s.slice(end + 2, numEnd));
    const isInteger = (n: typeof numerator): n is Omit<ParsedNumber, 'unit'> & { value: string } =>
      n !== null && n.value !== null && n.vague === null && !n.value.includes('.');
    if (negative || !isInteger(denominator) || !isInteger(numerator)) return [];
    const value = exactRatio(numerator.value, denominator.value);
    return value === null ? [] : [{ end: numEnd, value, unit: null, scale: null, vague: null, numerals: numerator.numerals }];
  }
  const readings: NumberReading[] = [];
  for (let e = end; e > start; e--) {
    const n = parseNumeral(s.slice(start, e));
    if (n) readings.push({ ...n, end: e, unit: null, value: negative && n.value !== null && n.value !== '0' ? `-${n.value}` : n.value });
    if (!isMultiplier(s[e - 1])) break;
  }
  return readings;
}

/**
 * Parses `text` as one number, whole (surrounding spaces aside), in any of
 * the forms listed above; null if it is not one. Units other than the
 * numeral's own (百分之 → %) are parseQuantity's business.
 *
 * @example parseChineseNumber('两千五百')?.value // "2500"
 * @example parseChineseNumber('１．３万')?.value // "13000"
 * @example parseChineseNumber('百分之三点五') // { value: "3.5", unit: "%", … }
 */
export function parseChineseNumber(text: string): ParsedNumber | null {
  const folded = foldText(text.trim());
  const reading = readNumberAt(folded, 0).find((r) => r.end === folded.length);
  if (!reading) return null;
  const { end: _end, ...parsed } = reading;
  return parsed;
}
