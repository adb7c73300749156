import { z } from 'zod';
import { asciiDigits, cardinalValue, digitwiseValue } from './chineseNumerals';
import { documentLines } from './documentLines';
import { frontMatterLength } from './frontMatter';
import { isDateLine } from './lineLooks';

/**
 * When a document was issued or delivered, as its text or title says.
 * Kept in the document's metadata and exported with its spans.
 */
export const DocumentDateSchema = z.object({
  year: z.number().int().min(1000).max(9999),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  /** The date as printed: '2023年3月5日', '一九五七年六月二十六日', '2025年'. */
  raw: z.string().min(1),
  /** dateline: under the title; text: a 发文日期, the date under a signature, or the year of the document number; title: in the title. */
  source: z.enum(['dateline', 'title', 'text']),
});
export type DocumentDate = z.infer<typeof DocumentDateSchema>;

const YEAR = '([0-9０-９]{4}|[〇零一二三四五六七八九]{4}|(?:[0-9] ?){3}[0-9])';
const MONTH_DAY = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}) ?日';
/** A full date, as Chinese documents print it. */
const FULL_DATE = new RegExp(`${YEAR} ?年 ?${MONTH_DAY}`, 'u');
/** A dateline under a report's title: '——2023年3月5日在…', '1957年6月26日在…', '（二〇〇三年三月五日）'. */
const DATELINE = new RegExp(`^(?:——|—|--|[（(])?[\\s　]*${YEAR} ?年 ?${MONTH_DAY}`, 'u');
/** A line that gives the issue date: '发文日期：2021年9月2日'. */
const DATE_LABEL = /^(?:发文|成文|印发|发布)日期[：:]/u;
/** The year of a document number: '包府办发〔2022〕43号'. */
const DOCUMENT_NUMBER_YEAR = /[〔［[]([0-9]{4})[〕］\]][0-9]+号/u;
/** A date in a title: '2023年1月28日', '2023-01-28', '2023.01.28', or a year, '2025年'. */
const TITLE_DATE = /((?:19|20)[0-9]{2})(?:[-./_]([0-9]{1,2})[-./_]([0-9]{1,2})(?![0-9])|年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?)/u;

function plausible(date: DocumentDate): DocumentDate | null {
  const monthOk = date.month === undefined || (date.month >= 1 && date.month <= 12);
  const dayOk = date.day === undefined || (date.day >= 1 && date.day <= 31);
  return date.year >= 1000 && date.year <= 9999 && monthOk && dayOk ? date : null;
}

function fromMatch(match: RegExpExecArray, source: DocumentDate['source']): DocumentDate | null {
  const year = digitwiseValue(match[1]!);
  const month = cardinalValue(match[2]!);
  const day = cardinalValue(match[3]!);
  if (year === null || month === null || day === null) return null;
  const at = match[0].search(/[0-9０-９〇零一二三四五六七八九]/u);
  return plausible({ year, month, day, raw: match[0].slice(at), source });
}

function titleDate(title: string): DocumentDate | null {
  const match = TITLE_DATE.exec(asciiDigits(title));
  if (!match) return null;
  const [raw, year, isoMonth, isoDay, month, day] = match;
  const m = isoMonth ?? month;
  const d = isoDay ?? day;
  return plausible({
    year: Number(year),
    ...(m !== undefined && { month: Number(m) }),
    ...(m !== undefined && d !== undefined && { day: Number(d) }),
    raw: raw!,
    source: 'title',
  });
}

/**
 * The date of a document: from its dateline (in the lines above the body:
 * under the title, with the speaker), else
 * from its text (a 发文日期 line, else the first line that is only a date, as
 * under a signature), else from its title ('2025年…工作要点', a file name
 * with '2023-01-28'), else the year of its document number ('〔2022〕43号').
 * A full date in the text beats a year in the title. Null when none says.
 */
export function documentDate(text: string, title?: string): DocumentDate | null {
  const allLines = documentLines(text);
  const lines = allLines.map((line) => line.text);
  for (const line of lines.slice(0, frontMatterLength(allLines))) {
    const match = DATELINE.exec(line);
    const date = match && fromMatch(match, 'dateline');
    if (date) return date;
  }
  for (const line of lines) {
    const match = DATE_LABEL.test(line) || isDateLine(line) ? FULL_DATE.exec(line) : null;
    const date = match && fromMatch(match, 'text');
    if (date) return date;
  }
  const fromTitle = title === undefined ? null : titleDate(title);
  if (fromTitle) return fromTitle;
  for (const line of lines) {
    const match = DOCUMENT_NUMBER_YEAR.exec(asciiDigits(line));
    if (match) return plausible({ year: Number(match[1]), raw: match[0], source: 'text' });
  }
  return null;
}
