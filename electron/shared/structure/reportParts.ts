import { z } from 'zod';
import { codePointLength } from '../codePoints';
import { documentLines, type DocumentLine } from './documentLines';
import { isSalutation } from './lineLooks';
import type { Outline, Section } from './outline';

/**
 * Which part of a work report a position falls in. Work reports spend half
 * their length on last year's results: a quantity there ('增长5.2%') is an
 * achievement, not a target. review: the account of past work; plan: the
 * tasks and targets ahead; other: the opening, foreign affairs, the close.
 * Policies are all plan.
 */
export const ReportPartSchema = z.enum(['review', 'plan', 'other']);
export type ReportPart = z.infer<typeof ReportPartSchema>;

/** One stretch of a document and its part; the stretches of a document are in order and cover it. */
export const PartRangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  part: ReportPartSchema,
});
export type PartRange = z.infer<typeof PartRangeSchema>;

/** Headings of the account of past work: '一、过去一年和五年工作回顾', '一、改革开放和现代化建设取得伟大成就的五年'. */
const REVIEW_HEADING = /回顾|过去|[一二三四五六七八九十几]年来|总结|成就|当前的?经济形势/u;
/** Headings of what is to be done: '二、对今年政府工作的建议', '三、2025年政府工作任务', '二、2018年经济社会发展总体要求和政策取向'. */
const PLAN_HEADING = /建议|任务|总体要求|预期目标|政策取向|今后|今年|明年|部署/u;
/** How a paragraph of the account of past work opens: '过去一年，', '一年来，', '五年来，', '去年…', '今年以来，'. */
const REVIEW_OPENING = /^(?:过去|回顾|刚刚过去|[一二三四五六七八九十几]年来|去年|上年|今年以来)/u;
/** Results told mid-paragraph: '比上年增长', '完成了'. */
const REVIEW_PHRASE = /比上年|比去年|完成了/u;
/** A heading that is a sentence of a list ('一、继续坚持…价格体系，逐步调整…；'), not the title of a part. */
const RUN_IN = /[，；。,;]/u;
/** How a paragraph of the plan opens: '今年发展主要预期目标是：', '今后五年…', '新的一年…', '我们要在一九七五年完成…'. */
const PLAN_OPENING = /^(?:今年|明年|今后|新的一年|做好今年|我们要(?!求))/u;
/**
 * The title of a work report ('2018年中华人民共和国国务院政府工作报告', '政府工作报告（摘要）'),
 * not of a text about one ('关于落实《政府工作报告》重点工作分工的通知').
 */
const REPORT_TITLE = /^[^《》“”]*工作报告(?:[（(]摘要[）)])?$/u;
/** How many lines from the top the report's title or its salutation stands. */
const REPORT_OPENING_LINES = 8;

/** The part a heading names, or null when it names none or both ('一、三年来的斗争和新时期的总任务'). */
function headingPart(label: string): ReportPart | null {
  const review = REVIEW_HEADING.test(label);
  const plan = PLAN_HEADING.test(label);
  return review === plan ? null : review ? 'review' : 'plan';
}

/** The part a paragraph's own words point to, or null when they point to none. */
function paragraphPart(text: string): ReportPart | null {
  if (REVIEW_OPENING.test(text)) return 'review';
  if (PLAN_OPENING.test(text)) return 'plan';
  return REVIEW_PHRASE.test(text) ? 'review' : null;
}

/** Whether the text is a work report: its title says so, or its first lines are a report's title or address the deputies. */
function isWorkReport(lines: readonly DocumentLine[], title: string | undefined): boolean {
  if (title !== undefined && REPORT_TITLE.test(title)) return true;
  return lines.slice(0, REPORT_OPENING_LINES).some((line) => REPORT_TITLE.test(line.text) || isSalutation(line.text));
}

/** Index of the first line that starts at or after `position` (lines are in order). */
function firstLineFrom(lines: readonly DocumentLine[], position: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The outermost sections of an outline: those inside no other. */
function topSections(outline: Outline): Section[] {
  const tops: Section[] = [];
  for (const section of outline.sections) {
    const last = tops[tops.length - 1];
    if (!last || section.start >= last.bodyEnd) tops.push(section);
  }
  return tops;
}

/** Options of the review/plan split. */
export interface ReportPartsOptions {
  /** The document's title, which may name it a work report. */
  title?: string;
  /** Whether the text is a work report; by default its title and first lines tell. */
  isReport?: boolean;
}

/**
 * Splits a document into review, plan and other stretches. In a work
 * report, each outermost section whose heading names one part
 * ('…工作回顾' review, '…的建议' plan) is that part; elsewhere (the opening,
 * sections whose heading names neither or both, reports without numbered
 * headings) each paragraph takes the part its opening words name ('过去一年，',
 * '一年来，', '今年…') or its results ('比上年'), and else the part of the
 * paragraph before it, from 'other' at the start of each stretch. Any other
 * document is plan throughout.
 */
export function reportParts(text: string, outline: Outline, options: ReportPartsOptions = {}): PartRange[] {
  const lines = documentLines(text);
  const length = codePointLength(text);
  if (!(options.isReport ?? isWorkReport(lines, options.title))) return [{ start: 0, end: length, part: 'plan' }];

  const ranges: PartRange[] = [];
  const add = (start: number, end: number, part: ReportPart): void => {
    const last = ranges[ranges.length - 1];
    if (last && last.part === part && last.end === start) last.end = end;
    else if (end > start) ranges.push({ start, end, part });
  };
  /** Gives each paragraph from `start` to `end` the part its words point to, carrying the last one on from `initial`. */
  const byParagraph = (start: number, end: number, initial: ReportPart): void => {
    const first = firstLineFrom(lines, start);
    const last = ranges[ranges.length - 1];
    // Only line breaks between two sections: they go with the section before.
    if (last && (first === lines.length || lines[first]!.start >= end)) {
      last.end = end;
      return;
    }
    let part = initial;
    let from = start;
    for (let i = first; i < lines.length && lines[i]!.start < end; i++) {
      const line = lines[i]!;
      const next: ReportPart = paragraphPart(line.text) ?? part;
      if (next !== part) {
        add(from, line.start, part);
        from = line.start;
        part = next;
      }
    }
    add(from, end, part);
  };

  let position = 0;
  let initial: ReportPart = 'other';
  for (const top of topSections(outline)) {
    const part = headingPart(top.label);
    if (part === null) {
      // A heading of its own line that names no part ('三、加快社会主义经济建设') opens a new part of the report: the
      // account of past work told in the section before it does not carry into it, which is plan unless its words say
      // otherwise, as a report goes from its review to its plan. A run-in item ('一、继续坚持…，…；') opens none.
      if (RUN_IN.test(top.label)) continue;
      byParagraph(position, top.start, initial);
      const last = ranges[ranges.length - 1]?.part ?? 'other';
      initial = last === 'review' ? 'plan' : last;
      position = top.start;
      continue;
    }
    byParagraph(position, top.start, initial);
    add(top.start, top.bodyEnd, part);
    position = top.bodyEnd;
    initial = 'other';
  }
  byParagraph(position, length, initial);
  return ranges;
}

/** The part at code-point offset `position`, by binary search over `ranges` (as reportParts gives them); 'other' outside them. */
export function partAt(ranges: readonly PartRange[], position: number): ReportPart {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid]!;
    if (position < range.start) hi = mid - 1;
    else if (position >= range.end) lo = mid + 1;
    else return range.part;
  }
  return 'other';
}
