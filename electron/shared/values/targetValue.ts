import { findBaselines } from './baseline';
import { comparatorAfter, comparatorsBefore } from './comparator';
import { findDeadlines, findYearsOfNoun } from './deadline';
import { foldText } from './fold';
import { composeIndicator } from './indicator';
import { findModalityWords } from './modality';
import { findFoldedQuantities, type Quantity } from './quantity';
import type { Comparator, TargetValue } from './valueSchema';

/**
 * parseTargetValue reads one tagged quote. Which quantity it describes: the
 * first stated in Arabic figures, else the first definite one, else the
 * first at all, because modern reports give their targets in figures while
 * Chinese numerals in them are mostly incidental (启动新的三年棚改攻坚计划，今年开工580万套).
 */

export interface TargetValueContext {
  /** The year the document was issued in: what 今年, 年内, 年底前 and 比去年 resolve against. */
  documentYear?: number;
}

interface Span {
  start: number;
  end: number;
}

/** A clause ends at , ; : 。 ! ? or a line break (folded), but not at a thousands separator inside a quantity. */
const CLAUSE_END = /[,;:。!?\n]/u;

/** Bounds after which a noun is what the quantity qualifies: 30万千瓦以下煤电机组. */
const QUALIFYING = new Set(['以上', '及以上', '或以上', '以下', '及以下']);

/** A year written out in a deadline's words (2025年, 一九六五年), not one relative to the document (今年). */
const WRITTEN_YEAR = /[0-9]{4}|[〇零一二三四五六七八九]{4}/u;

/** The 在 right before each deadline (总产值在五年内增长): it goes with the deadline, out of the indicator. */
const prepositionsBefore = (s: string, deadlines: readonly Span[]): Span[] =>
  deadlines.filter((d) => s[d.start - 1] === '在').map((d) => ({ start: d.start - 1, end: d.start }));

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function clauseAround(s: string, span: Span, inside: readonly Span[]): Span {
  const isBoundary = (i: number): boolean => CLAUSE_END.test(s[i]!) && !inside.some((q) => i >= q.start && i < q.end);
  let start = span.start;
  while (start > 0 && !isBoundary(start - 1)) start--;
  let end = span.end;
  while (end < s.length && !isBoundary(end)) end++;
  return { start, end };
}

/** `text` between `from` and `to` without the cut spans. */
function cut(text: string, from: number, to: number, cuts: readonly Span[]): string {
  let out = '';
  let i = from;
  for (const c of [...cuts].filter((x) => x.end > from && x.start < to).sort((a, b) => a.start - b.start)) {
    if (c.start > i) out += text.slice(i, c.start);
    i = Math.max(i, c.end);
  }
  return i < to ? out + text.slice(i, to) : out;
}

/** Spans in （full-width） or (ASCII) brackets, brackets included. */
function bracketed(s: string): Span[] {
  const spans: Span[] = [];
  for (const m of s.matchAll(/[(（][^()（）]*[)）]/gu)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * Whether the quantity qualifies the noun after it rather than stating a
 * goal: 30万千瓦以下煤电机组, 90%的市场主体, 3岁以下婴幼儿; but not the level
 * a figure is held at (稳定在一亿吨的水平上).
 */
function qualifiesNoun(s: string, q: Quantity): boolean {
  const after = comparatorAfter(s, q.end, q.unit);
  const next = after?.end ?? q.end;
  return (
    (s[q.end] === '的' && !s.startsWith('的水平', q.end)) ||
    (after !== null && QUALIFYING.has(s.slice(after.start, after.end)) && /^[^\s,;:。!?、]/u.test(s[next] ?? ' '))
  );
}

/**
 * 一 with a measure word before the noun it counts, unbounded, reads as "a"
 * (建成一个独立的…体系, 形成一套…制度体系), not as a count (guidelines §2); 1个,
 * 至少一个, 一个以上, 只进一扇门, 最多跑一次 (a verb's count) and a rate per head (一人一亩) are counts.
 */
function isArticle(s: string, q: Quantity): boolean {
  return (
    q.counter &&
    q.unit !== '次' &&
    !q.unit!.includes('/') &&
    q.numerals === 'chinese' &&
    q.amount === '1' &&
    q.amountMax === null &&
    s[q.start] === '一' &&
    /[\u4e00-\u9fff“"]/u.test(s[q.end] ?? '') &&
    comparatorAfter(s, q.end, q.unit) === null &&
    !BOUNDS_ONE.test(s.slice(Math.max(0, q.start - 6), q.start))
  );
}
/** Words before 一 that make it a count: a bound or 只/仅, with or before their verb (至少建设一个, 只进一扇门), 每/各 (one each), 第 (an ordinal). */
const BOUNDS_ONE = /(?:(?:至少|不少于|最少|最多|至多|不超过|只|仅)[\u4e00-\u9fff]{0,2}|每|各|第)$/u;

/** The years an average is taken over (五年平均人口自然增长率): part of what is measured, not its figure. */
const isTermOfAverage = (s: string, q: Quantity): boolean => q.unit === '年' && s.startsWith('平均', q.end);

/**
 * The first quantity in Arabic figures, else the first definite one, else
 * the first; one that only qualifies a noun gives way to the next figure of
 * its clause (每千人口拥有3岁以下婴幼儿托位数4.5个 states 4.5个).
 */
function pick(s: string, all: readonly Quantity[]): Quantity | undefined {
  const quantities = all.filter((q) => !isTermOfAverage(s, q));
  const first =
    quantities.find((q) => q.numerals === 'arabic' && q.amount !== null) ?? quantities.find((q) => q.amount !== null) ?? quantities[0];
  if (!first || !qualifiesNoun(s, first)) return first;
  const clause = clauseAround(s, first, quantities);
  return quantities.find((q) => q.start >= first.end && q.end <= clause.end && q.amount !== null && !qualifiesNoun(s, q)) ?? first;
}

/** A verb that raises or lowers a level to another: 由240元提高到280元. */
const RAISED_TO = /^(?:提高|调高|增加|提升|降低|调低|下降|减少|扩大|压缩|缩短)(?:到|至)$/u;

/**
 * A level raised from one figure to another (标准由每人每年240元提高到280元, 部门从40个减少到29个):
 * the goal is the level reached, and what the figures measure is named
 * before 由. Null when the quantity is no such starting level.
 */
function raisedLevel(s: string, q: Quantity, quantities: readonly Quantity[]): { to: Quantity; from: number } | null {
  const to = quantities.find((x) => x.start > q.end);
  if (!to || !RAISED_TO.test(s.slice(q.end, to.start))) return null;
  const clause = clauseAround(s, q, quantities);
  const from = Math.max(s.lastIndexOf('由', q.start), s.lastIndexOf('从', q.start));
  return from >= clause.start ? { to, from } : null;
}

/** Heads of a named action whose figure is its goal: 千亿斤粮食产能提升行动 measures 粮食产能提升. */
const ACTION = /^(.+?)(?:专项行动|行动|工程|计划)$/u;
/** A material named after its unit (一千八百万吨钢): one or two characters closing the clause, not a verb of the frame. */
const MATERIAL = /^[\u4e00-\u9fff]{1,2}$/u;
const FRAME_WORD = /^(?:安排|为宜|为主|用于|以上|以下)/u;

/**
 * The indicator of a quantity whose unit counts nothing and which no
 * comparator closes: the words after it still name what is measured when
 * they are a named action (its figure is the action's goal, and the verb
 * before it only launches the action), a material (生产一千八百万吨钢 →
 * 生产钢), the only words there are (力争实现50兆进牧户 → 进牧户), what a
 * scaled number without a unit counts (增加500万农村沼气用户 → 增加农村沼气用户),
 * or the state a share is of (政务服务事项100%网上可办 → 政务服务事项网上可办).
 */
function uncountedIndicator(head: string, counted: string, rest: string, position: number, q: Quantity): string | null {
  const action = ACTION.exec(rest);
  if (action) return composeIndicator('', action[1]!);
  if (FRAME_WORD.test(rest)) return composeIndicator(head, counted, position);
  const before = composeIndicator(head, '', position);
  const scaled = q.unit === null && q.scale !== null;
  const share = q.unit === '%' || q.unit === '‰';
  if (before === null || MATERIAL.test(rest) || ((scaled || share) && rest !== '')) return composeIndicator(head, rest, position);
  return composeIndicator(head, counted, position);
}

/** A conjunction that closes the words between two figures. */
const LIST_JOINER = /(?:和|及|与|或|、)$/u;
/** A level reached or passed that names the state, not the indicator (单位面积产量要达到或者超过世界先进水平 → 单位面积产量). */
const LEVEL_REACHED = /(?:要|将)?(?:达到|超过|赶上)(?:或者?超过)?[^,;:。!?]{0,12}?(?:先进|最高)水平$/u;

const last = <T>(xs: readonly T[]): T | undefined => xs[xs.length - 1];

/** Spaces after a digit, inside a number or before its unit, as the 1998 report's source prints figures: 4 9 2 5 0 万吨, 8 ％. */
const SPACED_DIGITS = /(?<=[0-9０-９])[ \u3000]+(?=[0-9０-９%％‰\u4e00-\u9fff])/gu;

/**
 * The value of a span tagged `target`: indicator, exact amount(s) in base
 * units, unit, scale, comparator, modality, deadline and baseline, read from
 * its quote. Null when the quote states neither a quantity nor a deadline
 * (居民收入增长和经济增长基本同步): there is nothing to compute.
 *
 * @example parseTargetValue('城镇新增就业1200万人左右')
 * // { indicator: "城镇新增就业", amount: "12000000", unit: "人", scale: "万", comparator: "around", … }
 */
export function parseTargetValue(written: string, context: TargetValueContext = {}): TargetValue | null {
  const quote = written.replace(SPACED_DIGITS, '');
  const s = foldText(quote);
  const firstBaselines = findBaselines(s, quote, context.documentYear);
  const deadlines = findDeadlines(s, quote, context.documentYear).filter((d) => !firstBaselines.some((b) => overlaps(b, d)));
  // 一九六五年…比上年: a base named relative to a year is relative to the year the figure is due in, when the quote writes one.
  const yearsOfNoun = findYearsOfNoun(s, quote);
  const dueYear = [...deadlines, ...yearsOfNoun].find((d) => WRITTEN_YEAR.test(d.meaning.raw))?.meaning.year;
  const baselines = dueYear != null && dueYear !== context.documentYear ? findBaselines(s, quote, dueYear) : firstBaselines;
  const said: readonly Span[] = [...baselines, ...deadlines];
  const found = findFoldedQuantities(s).filter((q) => !said.some((x) => overlaps(x, q)));
  const articles: readonly Span[] = found.filter((q) => isArticle(s, q));
  const quantities = found.filter((q) => !articles.includes(q));
  const picked = pick(s, quantities);
  const raised = picked && raisedLevel(s, picked, quantities);
  const q = raised?.to ?? picked;

  if (!q) {
    const d = last(deadlines);
    if (!d) return null;
    // A deadline that is a clause of its own dates the clause after it (到2025年，基本建成…)
    // or, at the end of the quote, the one before it.
    const own = clauseAround(s, d, []);
    const nextClause = own.end < s.length ? clauseAround(s, { start: own.end + 1, end: own.end + 1 }, []) : null;
    const previousClause = own.start > 1 ? clauseAround(s, { start: own.start - 2, end: own.start - 2 }, []) : null;
    const modalityWords = findModalityWords(s, s.length);
    const prepositions = prepositionsBefore(s, deadlines);
    const indicator = [own, nextClause, previousClause]
      .map(
        (c) =>
          c &&
          composeIndicator(
            cut(quote, c.start, c.end, [...said, ...articles, ...modalityWords, ...prepositions]).replace(LEVEL_REACHED, ''),
            '',
          ),
      )
      .find((i) => i != null);
    return {
      indicator: indicator ?? null,
      amount: null,
      amountMax: null,
      unit: null,
      scale: null,
      comparator: null,
      modality: last(modalityWords)?.meaning ?? null,
      deadline: d.meaning,
      baseline: last(baselines)?.meaning ?? null,
    };
  }

  // A year said inside the starting level (由今年预计的3%提高到4%) is when that level holds, not when the goal is due.
  const due = raised ? deadlines.filter((d) => d.end <= raised.from || d.start >= q.start) : deadlines;
  const dated = due.some((d) => d.end <= q.start) ? due : [...yearsOfNoun.filter((y) => y.end <= q.start), ...due];
  const clause = clauseAround(s, q, quantities);
  const after = comparatorAfter(s, q.end, q.unit);
  const before = comparatorsBefore(s, clause.start, q.start);
  const modalityWords = findModalityWords(s, q.start);
  const bound: Comparator = q.amountMax !== null ? 'range' : (after?.meaning ?? last(before)?.meaning ?? (q.more ? 'at-least' : 'point'));
  const deadline = last(dated.filter((d) => d.end <= q.start)) ?? dated.find((d) => d.start >= q.end && d.end <= clause.end);
  // 在2020年基础上 may head the sentence as a clause of its own; a base without
  // a year there (在优化结构、提高效益…的基础上) is a condition, not what is compared with.
  // So may a comparison that is a clause of its own with the year it compares (一九五七年比一九五二年，…增长98.3%).
  const aloneInClause = (b: Span): boolean => {
    const own = clauseAround(s, b, []);
    return cut(s, own.start, own.end, said).trim() === '';
  };
  const baseline =
    baselines.find((b) => b.start >= clause.start && b.end <= clause.end) ??
    last(baselines.filter((b) => b.end <= clause.start && b.meaning.year !== null && (s[b.start] === '在' || aloneInClause(b))));

  // Asides in brackets (新增2400户（累计约3600户）餐饮单位) are left out of what is counted.
  const asides = bracketed(s);
  const prepositions = prepositionsBefore(s, dated);
  const cuts: Span[] = [...baselines, ...dated, ...prepositions, ...articles, ...before, ...modalityWords];
  const next = quantities.find((x) => x.start >= q.end && !asides.some((a) => overlaps(a, x)));
  const countedEnd = Math.min(clause.end, next?.start ?? clause.end);
  const countedStart = after?.end ?? q.end;
  // A conjunction before the next figure joins the figures (分别增长6.5%和8%), not a noun to the indicator.
  const words = cut(quote, countedStart, countedEnd, [...cuts, ...asides]);
  const rest = next ? words.replace(LIST_JOINER, '') : words;
  const head = cut(quote, clause.start, raised?.from ?? q.start, cuts);
  const position = quantities.filter((x) => x.start >= clause.start && x.end <= q.start).length;
  // A noun the quantity qualifies joins the indicator as a counted one does.
  const counted = q.counter || qualifiesNoun(s, q) ? rest : '';

  return {
    indicator:
      q.counter || after !== null ? composeIndicator(head, counted, position) : uncountedIndicator(head, counted, rest, position, q),
    amount: q.amount,
    amountMax: q.amountMax,
    unit: q.unit,
    scale: q.scale,
    comparator: q.amount === null ? null : bound,
    modality: last(modalityWords)?.meaning ?? null,
    deadline: deadline?.meaning ?? null,
    baseline: baseline?.meaning ?? null,
  };
}
