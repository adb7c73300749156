import { z } from 'zod';

/**
 * The outline of a document: its sections, in document order, as the
 * structure analysis finds them. Offsets count code points, as everywhere
 * in Pizhu. Stored with the document and sent to the renderer, hence zod.
 */

/**
 * How a heading is numbered: '一、' chinese-dun, '（一）' paren-chinese,
 * '1.' '1．' '1、' arabic, '（1）' paren-arabic, '①' circled, '第一章' chapter,
 * '第一节' section, '第一条' article; a run-in heading made of a short titled
 * sentence ('实施提振消费专项行动。…') is titled-sentence; an unnumbered
 * heading line is none.
 */
export const NumberingKindSchema = z.enum([
  'chinese-dun',
  'paren-chinese',
  'arabic',
  'paren-arabic',
  'circled',
  'chapter',
  'section',
  'article',
  'titled-sentence',
  'none',
]);
export type NumberingKind = z.infer<typeof NumberingKindSchema>;

export const NumberingSchema = z.object({
  kind: NumberingKindSchema,
  /** The number the heading carries ('（三）' → 3); for titled-sentence and none, its place among its siblings, from 1. */
  ordinal: z.number().int().positive(),
});
export type Numbering = z.infer<typeof NumberingSchema>;

export const SectionSchema = z
  .object({
    /** Code-point offset where the heading text starts. */
    start: z.number().int().nonnegative(),
    /** Code-point offset where the heading text ends (for a run-in heading, before its closing 。). */
    end: z.number().int().nonnegative(),
    /** 1 for the outermost sections; deeper numbering kinds get higher levels in the order they first appear. */
    level: z.number().int().positive(),
    /** The heading text, as the clause path shows it: '（一）大力提振消费、提高投资效益，全方位扩大国内需求'. */
    label: z.string().min(1),
    numbering: NumberingSchema,
    /** Whether the heading opens a paragraph that goes on after it, rather than standing alone on its line. */
    runIn: z.boolean(),
    /** Code-point offset where the section (heading and body) ends. */
    bodyEnd: z.number().int().nonnegative(),
  })
  .refine((s) => s.start < s.end && s.end <= s.bodyEnd, 'a section is start < end ≤ bodyEnd');
export type Section = z.infer<typeof SectionSchema>;

/** Whether `inner` lies wholly inside `outer`. */
function nestsIn(inner: Section, outer: Section): boolean {
  return outer.start <= inner.start && inner.bodyEnd <= outer.bodyEnd;
}

export const OutlineSchema = z
  .object({
    /** Sections in document order; a section after another either lies inside it, at a deeper level, or after its end. */
    sections: z.array(SectionSchema),
  })
  .superRefine((outline, ctx) => {
    const open: Section[] = [];
    outline.sections.forEach((section, i) => {
      while (open.length && open[open.length - 1]!.bodyEnd <= section.start) open.pop();
      const parent = open[open.length - 1];
      const before = outline.sections[i - 1];
      if ((before && section.start < before.start) || (parent && (!nestsIn(section, parent) || section.level <= parent.level))) {
        ctx.addIssue({ code: 'custom', path: ['sections', i], message: 'sections must be in order and nest, deeper inside shallower' });
      }
      open.push(section);
    });
  });
export type Outline = z.infer<typeof OutlineSchema>;
