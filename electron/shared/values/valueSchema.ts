import { z } from 'zod';

/**
 * The value of a span tagged `target` (issue 12): what a quantified goal
 * says, as our parser reads it and as the analyst corrects it in the span's
 * popover. It is stored on spans, so it crosses process boundaries and is
 * validated with this schema on the way in.
 */

/**
 * An exact amount in base units: a canonical decimal ("40000", "5.5",
 * "1400000000000") or, for a fraction whose decimal does not terminate
 * (三分之一), the fraction in lowest terms ("1/3"). Never a float.
 */
export const AmountSchema = z
  .string()
  .regex(/^(?:0|-?[1-9]\d*(?:\.\d*[1-9])?|-?0\.\d*[1-9]|[1-9]\d*\/[1-9]\d*)$/, 'an amount is a canonical decimal or a fraction n/d');
export type Amount = z.infer<typeof AmountSchema>;

/** The multiplier as written before the unit: 4万人 → 万, 1.3万亿斤 → 万亿, 3千万元 → 千万. */
export const ScaleSchema = z.enum(['十', '百', '千', '万', '十万', '百万', '千万', '亿', '十亿', '百亿', '千亿', '万亿']);
export type Scale = z.infer<typeof ScaleSchema>;

/** How the amount bounds the goal: 左右/约 → around; 以上/不低于/超过/多 → at-least; 以内/以下/不超过 → at-most; 4.5%至5% → range. */
export const ComparatorSchema = z.enum(['point', 'around', 'at-least', 'at-most', 'range']);
export type Comparator = z.infer<typeof ComparatorSchema>;

/** 确保/务必/必须 → hard; 力争/争取/努力/力求 → soft. */
export const ModalitySchema = z.enum(['hard', 'soft']);
export type Modality = z.infer<typeof ModalitySchema>;

/**
 * end: reached by the end of the year (到2025年, 2025年底, 年底前, "十四五"末);
 * within: during the year or period (年内, 今年, 全年, "十四五"时期);
 * before: before the year begins (2025年前).
 */
export const DeadlineBySchema = z.enum(['end', 'within', 'before']);
export type DeadlineBy = z.infer<typeof DeadlineBySchema>;

export const DeadlineSchema = z.object({
  /** Null when the text names the year only relative to a document year that is not known (年内 without context, 三年内). */
  year: z.number().int().nullable(),
  by: DeadlineBySchema,
  /** The words as written: "到2025年", "年底前", "“十四五”末". */
  raw: z.string().min(1),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const BaselineSchema = z.object({
  /** The year compared with, when one is named or implied (比去年 → the document's year − 1). */
  year: z.number().int().nullable(),
  /** The words as written: "比2020年", "比去年", "在2020年基础上". */
  raw: z.string().min(1),
});
export type Baseline = z.infer<typeof BaselineSchema>;

export const TargetValueSchema = z
  .object({
    /** The noun phrase the amount measures, change verb included: "国内生产总值增长", "城镇新增就业", "粮食产量". */
    indicator: z.string().min(1).nullable(),
    /** The amount, or the lower end of a range; null when the text gives no definite number (几十个) or none at all. */
    amount: AmountSchema.nullable(),
    /** The upper end of a range; null unless comparator is 'range'. */
    amountMax: AmountSchema.nullable(),
    /** The unit in base form (人, 元, %, 个百分点, 斤, 千瓦 …); null when none is written (减少贫困人口1000万). */
    unit: z.string().min(1).nullable(),
    scale: ScaleSchema.nullable(),
    /** Null exactly when amount is. */
    comparator: ComparatorSchema.nullable(),
    modality: ModalitySchema.nullable(),
    deadline: DeadlineSchema.nullable(),
    baseline: BaselineSchema.nullable(),
  })
  .refine((v) => (v.comparator === 'range') === (v.amountMax !== null), {
    message: 'amountMax is set exactly for a range',
    path: ['amountMax'],
  })
  .refine((v) => (v.amount === null) === (v.comparator === null), {
    message: 'a comparator goes with an amount',
    path: ['comparator'],
  });
export type TargetValue = z.infer<typeof TargetValueSchema>;
