import { readNumberAt, scalePower, type NumberReading } from './chineseNumerals';
import { shiftDecimal } from './decimal';
import { foldText } from './fold';
import { isCounter, matchUnit } from './units';
import type { Scale } from './valueSchema';

/**
 * Quantities in running text: a number, the scale written with it and a
 * unit in base form (4万人 → 40000 人, scale 万), or a range of two
 * (4.5%至5%, 3—5个, 三到五个, 5000万到1亿) where a unit or scale written once
 * applies to both ends (3—5万人 is 30000 to 50000). A bare number without
 * unit or scale is no quantity, and neither is a year (2025年, 二〇二五年), an
 * ordinal (第五), a figure inside a code (5G, PM2.5, M2), a class (十亿元级) or anything inside
 * 《title》 or 〔document number〕.
 */

/** A quantity found in a text; start and end are string indices into it (end exclusive). */
export interface Quantity {
  start: number;
  end: number;
  /** Exact, in base units; the lower end of a range; null for a vague number (几十个). */
  amount: string | null;
  /** The upper end of a range, in base units; null when the quantity is no range. */
  amountMax: string | null;
  unit: string | null;
  scale: Scale | null;
  /** The number was followed by 多/余 (8000多亿元): the amount is a lower bound. */
  more: boolean;
  numerals: 'arabic' | 'chinese';
  /** Whether the unit is a measure word, so that a noun after the quantity names what is counted. */
  counter: boolean;
}

interface End {
  reading: NumberReading;
  start: number;
  end: number;
  unit: string | null;
}

const COMMON_NUMERAL = /[0-9零〇一二两俩三四五六七八九十百千万亿]/u;
/** Financial digits that are also everyday characters (队伍, 内陆, 收拾): they begin a number only before another numeral. */
const AMBIGUOUS_START = new Set(['伍', '陆', '陸', '肆', '拾']);
/** Not 零 or 〇: a number written in Chinese never begins with zero, and 零 begins words (零部件, 零售, 零容忍). */
const UNAMBIGUOUS_START = /[0-9一二两俩三四五六七八九十百千几壹贰貳叁參柒捌玖佰仟]/u;
const RANGE_SEPARATORS = ['——', '――', '至', '到', '~', '-', '—', '–', '―', '〜'];
const LATIN = /[A-Za-z]/u;

function skipSpaces(s: string, i: number): number {
  while (s[i] === ' ' || s[i] === '\u00a0') i++;
  return i;
}

/** Spans that hold no quantity: 《titles》 and 〔document numbers〕. */
function excludedSpans(s: string): boolean[] {
  const excluded = new Array<boolean>(s.length).fill(false);
  for (const [open, close] of [
    ['《', '》'],
    ['〔', '〕'],
  ] as const) {
    let from = 0;
    for (;;) {
      const a = s.indexOf(open, from);
      if (a < 0) break;
      const b = s.indexOf(close, a + 1);
      const end = b < 0 ? s.length : b + 1;
      excluded.fill(true, a, end);
      from = end;
    }
  }
  return excluded;
}

function canStart(s: string, i: number): boolean {
  const c = s[i]!;
  const prev = s[i - 1];
  // Inside a numeral, a code (PM2.5, 5G) or after 第 (an ordinal), no quantity begins.
  if (prev !== undefined && (COMMON_NUMERAL.test(prev) || LATIN.test(prev) || prev === '.' || prev === '第')) return false;
  if (UNAMBIGUOUS_START.test(c)) return true;
  if (AMBIGUOUS_START.has(c)) return /[零〇一二三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/u.test(s[i + 1] ?? '');
  if (c === '数') return /[十百千万亿]/u.test(s[i + 1] ?? '');
  if (c === '-' || c === '−' || c === '负') return /[0-9一二两三四五六七八九十]/u.test(s[i + 1] ?? '');
  return s.startsWith('百分之', i) || s.startsWith('千分之', i) || s.startsWith('万分之', i);
}

const isYear = (s: string, e: End): boolean =>
  e.unit === '年' && e.reading.scale === null && /^(?:[0-9]{4}|[零〇一二三四五六七八九]{4})$/u.test(s.slice(e.start, e.reading.end));

/** The number at `start` with the unit that follows it: the reading that lets the longest unit match. */
function endAt(s: string, start: number): End | null {
  const readings = readNumberAt(s, start);
  if (readings.length === 0) return null;
  let best: End | null = null;
  for (const reading of readings) {
    const unit = reading.unit ? { unit: reading.unit, end: reading.end } : matchUnit(s, skipSpaces(s, reading.end));
    // Readings come longest first; on a tie the shorter numeral wins, leaving the longer unit (3千米 is 3 公里).
    if (unit && (best === null || unit.end >= best.end)) best = { reading, start, end: unit.end, unit: unit.unit };
  }
  const end = best ?? { reading: readings[0]!, start, end: readings[0]!.end, unit: null };
  if (LATIN.test(s[end.reading.end] ?? '')) return null;
  return isYear(s, end) ? null : end;
}

function isFraction(s: string, e: End): boolean {
  const written = s.slice(e.start, e.reading.end);
  return written.includes('分之') || written === '一半';
}

/**
 * Two numerals in a row joined by 、, the first bare (两、三倍, 三、五个): a range, as 两三倍 is; a figure with its unit before
 * 、 is an item of a list (30%、20%和10%).
 */
function enumeratedRange(s: string, first: End, at: number): boolean {
  return (
    s[at] === '、' &&
    first.unit === null &&
    first.reading.scale === null &&
    /^[一二两三四五六七八九]$/u.test(s.slice(first.start, first.reading.end)) &&
    /^[二两三四五六七八九十][^一二两三四五六七八九十百千万亿、]/u.test(s.slice(at + 1, at + 3))
  );
}

/** The second end of a range after `first`, if a separator and a compatible number follow. */
function rangeEnd(s: string, first: End): End | null {
  const at = skipSpaces(s, first.end);
  const sep = RANGE_SEPARATORS.find((x) => s.startsWith(x, at)) ?? (enumeratedRange(s, first, at) ? '、' : undefined);
  if (sep === undefined) return null;
  const second = endAt(s, skipSpaces(s, at + sep.length));
  if (!second || second.reading.value === null || first.reading.value === null) return null;
  if (first.unit !== null && second.unit !== null && first.unit !== second.unit) return null;
  const measured = (e: End): boolean => e.unit !== null || e.reading.scale !== null;
  return measured(first) || measured(second) ? second : null;
}

/** 一人一亩: so much to each head, a rate as one written with a slash is (1 亩/人); the noun after it names what is counted. */
const PER_HEAD = /一([人户])一/uy;

function perHeadAt(s: string, start: number): Quantity | null {
  PER_HEAD.lastIndex = start;
  const head = PER_HEAD.exec(s);
  if (!head) return null;
  const rate = endAt(s, start + 2);
  if (!rate || rate.unit === null || rate.reading.scale !== null) return null;
  const unit = `${rate.unit}/${head[1]}`;
  return {
    start,
    end: rate.end,
    amount: rate.reading.value,
    amountMax: null,
    unit,
    scale: null,
    more: false,
    numerals: 'chinese',
    counter: true,
  };
}

function quantityAt(s: string, start: number): Quantity | null {
  const perHead = perHeadAt(s, start);
  if (perHead) return perHead;
  const first = endAt(s, start);
  if (!first) return null;
  const second = rangeEnd(s, first);
  const r = first.reading;
  if (second) {
    const bare = first.unit === null && r.scale === null;
    // 3—5万人: the scale written on the upper end applies to a bare lower end.
    const scale = bare ? second.reading.scale : r.scale;
    const amount = bare && scale !== null ? shiftDecimal(r.value!, scalePower(scale)) : r.value;
    const unit = first.unit ?? second.unit;
    return {
      start,
      end: second.end,
      amount,
      amountMax: second.reading.value,
      unit,
      scale,
      more: false,
      numerals: r.numerals,
      counter: isCounter(unit),
    };
  }
  if (first.unit === null && r.scale === null && !isFraction(s, first)) return null;
  return {
    start,
    end: first.end,
    amount: r.value,
    amountMax: null,
    unit: first.unit,
    scale: r.scale,
    more: r.vague === 'more',
    numerals: r.numerals,
    counter: isCounter(first.unit),
  };
}

/** Every quantity in `text`, in order, none overlapping. */
export function findQuantities(text: string): Quantity[] {
  return findFoldedQuantities(foldText(text));
}

/** findQuantities of a text that foldText has folded already, for a caller that holds the folded text and would fold it twice. */
export function findFoldedQuantities(s: string): Quantity[] {
  const excluded = excludedSpans(s);
  const found: Quantity[] = [];
  let i = 0;
  while (i < s.length) {
    const q = !excluded[i] && canStart(s, i) ? quantityAt(s, i) : null;
    // A figure before 级 names a class (“十亿元级”税收楼宇, 千万级), and years before 计划 or 规划 name a plan (第四个五年计划, 十年规划):
    // no amount.
    if (q && (s[q.end] === '级' || (q.unit === '年' && /^(?:长远)?(?:计划|规划)/u.test(s.slice(q.end, q.end + 4))))) {
      i = q.end;
    } else if (q) {
      found.push(q);
      i = q.end;
    } else i++;
  }
  return found;
}

/**
 * The first quantity in `text` that starts at or after index `from`: number,
 * scale and unit (range included), with the amount exact in base units.
 *
 * @example parseQuantity('城镇新增就业1200万人左右') // { amount: "12000000", unit: "人", scale: "万", … }
 * @example parseQuantity('4.5%至5%') // { amount: "4.5", amountMax: "5", unit: "%", … }
 */
export function parseQuantity(text: string, from = 0): Quantity | null {
  return findQuantities(text).find((q) => q.start >= from) ?? null;
}
