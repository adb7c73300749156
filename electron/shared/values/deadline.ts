import { parseChineseNumber } from './chineseNumerals';
import type { CueWord } from './cueWords';
import { PLAN_PERIOD, planEndYearOf } from './planPeriod';
import type { Deadline, DeadlineBy } from './valueSchema';

/**
 * When a target is due, as the text says it: by a year (到2025年, 2025年底前,
 * 到二〇二五年), before one (2025年前), within one (2025年内), at the end of a
 * five-year plan (“十四五”末) or during it (“十四五”时期), or relative to the
 * document's own year (年内, 今年, 全年, 年底前, 明年, 6月底前, 从今年起). A year named
 * only relative to a document whose year is unknown stays null, as does a
 * span of years or months (三年内, 半年内, 用二十年的时间), which counts from a start the text
 * leaves open.
 */

const YEAR = String.raw`(\d{4}|[〇零一二三四五六七八九]{4})`;
const MONTH = String.raw`(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月`;
/** 到2025年, 2025年底前, 截至2025年6月底, 2025年内, 2025年前; a bare year only as a clause's topic (2023年，…) or after 在 (比重在一九五四年将…). */
const ABSOLUTE = new RegExp(String.raw`(到|至|截至|截止到|截止)?${YEAR}年(?:${MONTH})?(年?底|年?末)?(前|以前|之前)?(内|之内)?`, 'uy');
const PLAN_SUFFIX = /(?:期末|末|时期|期间|期内|内)/uy;
const PLAN_PREFIX = /(?:到|至)?/uy;
/** Relative words: [written, years after the document's, by]. */
const RELATIVE_WORDS: ReadonlyArray<readonly [string, number, DeadlineBy]> = [
  ['今年年底前', 0, 'end'],
  ['今年底前', 0, 'end'],
  ['今年年底', 0, 'end'],
  ['今年底', 0, 'end'],
  ['年底前', 0, 'end'],
  ['年末前', 0, 'end'],
  ['年底', 0, 'end'],
  ['年末', 0, 'end'],
  ['明年年底', 1, 'end'],
  ['明年底', 1, 'end'],
  ['从今年起', 0, 'within'],
  ['从明年起', 1, 'within'],
  ['今年起', 0, 'within'],
  ['今年内', 0, 'within'],
  ['本年内', 0, 'within'],
  ['年度内', 0, 'within'],
  ['年内', 0, 'within'],
  ['今年上半年', 0, 'within'],
  ['今年下半年', 0, 'within'],
  ['上半年', 0, 'within'],
  ['下半年', 0, 'within'],
  ['本年度', 0, 'within'],
  ['今年', 0, 'within'],
  ['本年', 0, 'within'],
  ['当年', 0, 'within'],
  ['全年', 0, 'within'],
  ['明年', 1, 'within'],
];
/** Longest first, so that 今年底前 is read whole and not as 今年. */
const RELATIVE = [...RELATIVE_WORDS].sort((a, b) => b[0].length - a[0].length);
const MONTH_DEADLINE = new RegExp(String.raw`${MONTH}(底|末)?(前|以前|之前)?`, 'uy');
/** A span's count of years: 3, 2-3, 三, and two numerals in a row written with 、 (两、三年, a range). */
const YEARS = String.raw`(?:\d{1,2}(?:[-—~至到]\d{1,2})?|[一二两三四五六七八九]、[二两三四五六七八九十]|[一二两三四五六七八九十]{1,3})`;
/**
 * 三年内, 三个月内, 半年内, and 用二十年的时间 / 利用2-3年时间: a span of years or months from a start the text
 * leaves open. Hours and days are not: 48小时内放行 is a service standard, its time the figure (guidelines §2).
 */
const SPAN_OF_YEARS = new RegExp(
  String.raw`(?:${YEARS}年|${YEARS}个月|半年)(?:内|之内)|(?:利用|用|经过)${YEARS}年(?:左右)?(?:的)?时间`,
  'uy',
);
/** 到本世纪末, 在本世纪末: the last year of the document's century (1998 → 2000); 到二十世纪末 names its century (2000). */
const CENTURY_END = /(?:到|至|在)?(本|二十一|二十)世纪末/uy;
/** What may stand between a clause's start and a year that heads its goal (争取1997年粮食产量达到…). */
const CLAUSE_HEAD = /(?:^|[,;:。!?\n])\s*(?:争取|力争|确保|努力|要)?$/u;
/** Whether position `i` of `s` opens its clause's goal, but for a modality cue. */
const headsClause = (s: string, i: number): boolean => CLAUSE_HEAD.test(s.slice(Math.max(0, i - 6), i));
/** A span of years heading a figure it is the term of (五年新增装机容量6500万千瓦). */
const YEARS_OF_FIGURE = new RegExp(String.raw`${YEARS}年(?=新增|累计)`, 'uy');
/** 每年底 recurs and 去年底 is past: no deadline begins right after these. */
const NOT_AFTER = /[每去前往历近多同]/u;

function yearOf(written: string): number | null {
  const v = parseChineseNumber(written)?.value;
  return v == null ? null : Number(v);
}

function match(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

function deadlineAt(s: string, i: number, documentYear: number | undefined): { end: number; year: number | null; by: DeadlineBy } | null {
  const relativeYear = (offset: number): number | null => (documentYear === undefined ? null : documentYear + offset);
  const abs = /[0-9〇零一二三四五六七八九]/u.test(s[i - 1] ?? '') ? null : match(ABSOLUTE, s, i);
  if (abs) {
    const [text, to, year, endOf, before, within] = abs;
    const next = s[i + text.length];
    const by: DeadlineBy | null = within
      ? 'within'
      : endOf
        ? 'end'
        : before
          ? 'before'
          : to
            ? 'end'
            : next === ',' ||
                next === ';' ||
                ((headsClause(s, i) || s[i - 1] === '在') && /[\u4e00-\u9fff]/u.test(next ?? '') && next !== '的')
              ? 'within'
              : null;
    return by ? { end: i + text.length, year: yearOf(year!), by } : null;
  }
  const prefix = match(PLAN_PREFIX, s, i)![0].length;
  const plan = match(PLAN_PERIOD, s, i + prefix);
  if (plan) {
    const suffix = match(PLAN_SUFFIX, s, i + prefix + plan[0].length);
    if (!suffix) return null;
    const by: DeadlineBy = suffix[0].endsWith('末') ? 'end' : 'within';
    return { end: i + prefix + plan[0].length + suffix[0].length, year: planEndYearOf(plan[1]!), by };
  }
  if (NOT_AFTER.test(s[i - 1] ?? '')) return null;
  const century = match(CENTURY_END, s, i);
  if (century) {
    const named = century[1] === '本' ? null : century[1] === '二十' ? 2000 : 2100;
    const year = named ?? (documentYear === undefined ? null : Math.ceil(documentYear / 100) * 100);
    return { end: i + century[0].length, year, by: 'end' };
  }
  const span = match(SPAN_OF_YEARS, s, i) ?? (headsClause(s, i) ? match(YEARS_OF_FIGURE, s, i) : null);
  if (span) return { end: i + span[0].length, year: null, by: 'within' };
  const rel = RELATIVE.find(([w]) => s.startsWith(w, i));
  if (rel) return { end: i + rel[0].length, year: relativeYear(rel[1]), by: rel[2] };
  const month = match(MONTH_DEADLINE, s, i);
  if (month && (month[1] || month[2])) {
    return { end: i + month[0].length, year: relativeYear(0), by: month[1] ? 'end' : 'before' };
  }
  return null;
}

/** A year heading its clause and qualifying the noun after it: 1957年的工业总产值, 一九五九年的社会商品零售总额. */
const YEAR_OF_NOUN = new RegExp(String.raw`(?<=^|[,;:。!?\n])\s*(?:争取|力争|确保)?${YEAR}年的`, 'gu');

/**
 * Years that head a clause as the time of the noun after them (1957年的工业总产值比1956年将增长4.5%):
 * the year a figure stated for that noun is due in, though 2025年的目标 alone
 * states no deadline, so findDeadlines leaves them out and the caller takes
 * one only for a figure. The span runs to the 的, which goes with the year.
 */
export function findYearsOfNoun(s: string, original: string): CueWord<Deadline>[] {
  return [...s.matchAll(YEAR_OF_NOUN)].map((m) => {
    const end = m.index + m[0].length;
    const start = end - 2 - m[1]!.length;
    return { start, end, meaning: { year: yearOf(m[1]!), by: 'within', raw: original.slice(start, end - 1) } };
  });
}

/**
 * Every deadline said in folded text `s` (see foldText), in order; `raw` is
 * cut from `original`, the text as written.
 */
export function findDeadlines(s: string, original: string, documentYear?: number): CueWord<Deadline>[] {
  const found: CueWord<Deadline>[] = [];
  let i = 0;
  while (i < s.length) {
    const d = /[0-9〇零一二两三四五六七八九十到至截今本年明当全上下“"用利经从半在]/u.test(s[i]!) ? deadlineAt(s, i, documentYear) : null;
    if (d) {
      found.push({ start: i, end: d.end, meaning: { year: d.year, by: d.by, raw: original.slice(i, d.end) } });
      i = d.end;
    } else i++;
  }
  return found;
}
