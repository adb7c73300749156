import { findCueWords, type CueWord } from './cueWords';
import type { Comparator } from './valueSchema';

/**
 * The words that bound an amount. 多/余 on the number itself (8000多亿) and
 * ranges are read with the quantity; the rest are words around it.
 */

type Bound = Exclude<Comparator, 'point' | 'range'>;

/** Right after the quantity: 5%左右, 1.3万亿斤以上, 5.5%以内, 48小时内, 10%或者更多一些. */
const AFTER: ReadonlyArray<readonly [string, Bound]> = [
  ['左右', 'around'],
  ['上下', 'around'],
  ['以上', 'at-least'],
  ['及以上', 'at-least'],
  ['或以上', 'at-least'],
  ['以下', 'at-most'],
  ['及以下', 'at-most'],
  ['以内', 'at-most'],
  ['之内', 'at-most'],
  ['或更多', 'at-least'],
  ['或者更多', 'at-least'],
  ['或者更多一些', 'at-least'],
];
/** Written between a quantity and its bound, folded: （含）. */
const INCLUSIVE = '(含)';
/** The longest of them, how far after the quantity one may reach. */
const AFTER_LENGTH = Math.max(...AFTER.map(([w]) => w.length));
/** 内 alone bounds only a span of time (48小时内); after a count it begins a word (10项内容). */
const TIME_UNITS = new Set(['年', '月', '周', '天', '小时', '分钟', '工作日']);

/**
 * Anywhere before the quantity in its clause (年内至少降低30%). 低于 and
 * 高于 are strict, but an analyst's at-most/at-least is what they mean.
 */
const BEFORE: ReadonlyArray<readonly [string, Bound]> = [
  ['不低于', 'at-least'],
  ['不少于', 'at-least'],
  ['不小于', 'at-least'],
  ['至少', 'at-least'],
  ['最低', 'at-least'],
  ['超过', 'at-least'],
  ['高于', 'at-least'],
  ['多于', 'at-least'],
  ['大于', 'at-least'],
  ['不超过', 'at-most'],
  ['不高于', 'at-most'],
  ['不多于', 'at-most'],
  ['不大于', 'at-most'],
  ['至多', 'at-most'],
  ['最多', 'at-most'],
  ['最高', 'at-most'],
  ['控制在', 'at-most'],
  ['低于', 'at-most'],
  ['少于', 'at-most'],
  ['小于', 'at-most'],
];

/** 最低/最高 naming a standard rather than bounding the figure: 基础养老金最低标准提高20元. */
const NAMED_LIMIT = /^(?:最低|最高)(?:标准|工资|限额|收购价|价格|生活)/u;

/**
 * Only directly before the number, since elsewhere they are other words
 * (近年来, 超大城市, 突破口): 约1000万, 近50%, 逾百亿, 突破1万亿元. 近 means
 * "nearly", which analysts read as around.
 */
const ADJACENT: ReadonlyArray<readonly [string, Bound]> = [
  ['约', 'around'],
  ['大约', 'around'],
  ['近', 'around'],
  ['将近', 'around'],
  ['接近', 'around'],
  ['逾', 'at-least'],
  ['超', 'at-least'],
  ['突破', 'at-least'],
];

/** 约 also bounds the figure from right before the change verb that leads to it: 约增长百分之三十三. */
const ABOUT_BEFORE_CHANGE = /(?<![节制缩契预公条签违隐])约(?=增长|增加|提高|下降|降低|减少|递增)/gu;

/** The bounding word that starts at `at`, right after a quantity in `unit`, if any. */
export function comparatorAfter(folded: string, quantityEnd: number, unit: string | null): CueWord<Bound> | null {
  // 1000万元（含）以上: the bracket says the bound is inclusive, which at-least already is.
  const at = folded.startsWith(INCLUSIVE, quantityEnd) ? quantityEnd + INCLUSIVE.length : quantityEnd;
  const word = findCueWords(folded, AFTER, at, Math.min(folded.length, at + AFTER_LENGTH)).find((w) => w.start === at);
  if (word) return word;
  return unit !== null && TIME_UNITS.has(unit) && folded[at] === '内' ? { start: at, end: at + 1, meaning: 'at-most' } : null;
}

/** Bounding words between `from` (the clause's start) and `at` (the quantity's start), in order. */
export function comparatorsBefore(folded: string, from: number, at: number): CueWord<Bound>[] {
  const words = findCueWords(folded, BEFORE, from, at).filter((w) => !NAMED_LIMIT.test(folded.slice(w.start)));
  let end = at;
  while (end > from && folded[end - 1] === ' ') end--;
  const adjacent = ADJACENT.filter(([w]) => folded.startsWith(w, end - w.length) && end - w.length >= from).sort(
    (a, b) => b[0].length - a[0].length,
  )[0];
  if (adjacent && !words.some((w) => w.end > end - adjacent[0].length)) {
    words.push({ start: end - adjacent[0].length, end, meaning: adjacent[1] });
  }
  for (const m of folded.slice(from, at).matchAll(ABOUT_BEFORE_CHANGE)) {
    const start = from + m.index;
    if (!words.some((w) => w.start <= start && start < w.end)) words.push({ start, end: start + 1, meaning: 'around' });
  }
  return words.sort((a, b) => a.start - b.start);
}
