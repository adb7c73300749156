import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { OffsetMap } from '../../electron/shared/codePoints';
import { TargetValueSchema, type TargetValue } from '../../electron/shared/values/valueSchema';

/**
 * Gold files for issue 12's suggestion quality measurement: every target,
 * project and policy span of a document's plan part, annotated by hand after
 * tests/fixtures/gold/GUIDELINES.md. A span is stored by its quote (and which
 * occurrence of it within the region), not by offsets, so that it resolves
 * both in the raw source file and in the text Pizhu's import makes of it
 * (which joins wrapped lines, drops blank lines and removes captions).
 */

export const GOLD_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'gold');

export const GoldTagSchema = z.enum(['target', 'project', 'policy']);
export type GoldTag = z.infer<typeof GoldTagSchema>;

export const GoldSpanSchema = z
  .object({
    tag: GoldTagSchema,
    /** The exact text of the span in the source. */
    quote: z.string().min(1),
    /** Which occurrence of the quote within the region (1-based); only when it occurs more than once there. */
    occurrence: z.number().int().positive().optional(),
    /** A target's value, as the analyst reads the quote; no other tag has one. */
    value: TargetValueSchema.optional(),
    /** Why the span or its value reads as it does, where that needed a judgement. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => (s.tag === 'target') === (s.value !== undefined), {
    message: 'a target has a value, a project or policy none',
    path: ['value'],
  });
export type GoldSpan = z.infer<typeof GoldSpanSchema>;

export const GoldFileSchema = z
  .object({
    /** The source file, relative to the shared folder (tests/sharedDir.ts). */
    source: z.string().min(1),
    /** rules: the rule writer may read it; measure: held out for measuring. */
    role: z.enum(['rules', 'measure']),
    region: z
      .object({
        /** Exact text that begins the annotated region (its first occurrence in the document). */
        from: z.string().min(1),
        /** Exact text that begins the part after the region (its first occurrence after `from`), or null for the end. */
        to: z.string().min(1).nullable(),
      })
      .strict(),
    /** What 今年, 年内 and 比去年 resolve against. */
    documentYear: z.number().int(),
    spans: z.array(GoldSpanSchema),
  })
  .strict();
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** A gold span located in one text: code-point offsets, end exclusive. */
export interface ResolvedGoldSpan {
  start: number;
  end: number;
  tag: GoldTag;
  quote: string;
  /** The target's value; null for a project or policy. */
  value: TargetValue | null;
}

/** A resolved span in one of the documents an import split a file into. */
export interface ResolvedDocumentSpan extends ResolvedGoldSpan {
  /** Index of the document in the list given. */
  document: number;
}

/** Every gold file's path, sorted. */
export function goldFiles(dir: string = GOLD_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads and validates one gold file; throws naming the file and each problem. */
export function loadGoldFile(path: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = GoldFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${path}: invalid gold file\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

/** The region's UTF-16 bounds in `text`, end exclusive; throws when a bound's text is missing. */
export function regionOf(gold: GoldFile, text: string): { start: number; end: number } {
  const start = text.indexOf(gold.region.from);
  if (start < 0) throw new Error(`${gold.source}: the region's start "${gold.region.from}" is not in the text`);
  if (gold.region.to === null) return { start, end: text.length };
  const end = text.indexOf(gold.region.to, start + gold.region.from.length);
  if (end < 0) throw new Error(`${gold.source}: the region's end "${gold.region.to}" is not in the text after its start`);
  return { start, end };
}

/** UTF-16 start of every occurrence of `quote` in text[from, to), overlapping ones included. */
export function occurrencesIn(text: string, quote: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote, from); i >= 0 && i + quote.length <= to; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/**
 * Resolves each span of `gold` to code-point offsets in `text`: the raw
 * source file's text, or the text Pizhu imports from it. The quote is looked
 * for within the region; `occurrence` picks among several, and without it
 * the quote must be unique there. Throws naming the span when its quote is
 * missing, ambiguous, or has fewer occurrences than asked for.
 */
export function resolveGoldSpans(gold: GoldFile, text: string): ResolvedGoldSpan[] {
  const region = regionOf(gold, text);
  const offsets = new OffsetMap(text);
  return gold.spans.map((span, index) => {
    const where = `${gold.source}: span ${index + 1} (${span.tag} "${span.quote}")`;
    const found = occurrencesIn(text, span.quote, region.start, region.end);
    if (found.length === 0) throw new Error(`${where}: the quote is not in the region`);
    if (span.occurrence === undefined && found.length > 1) {
      throw new Error(`${where}: the quote occurs ${found.length} times in the region; say which occurrence`);
    }
    const at = found[(span.occurrence ?? 1) - 1];
    if (at === undefined) {
      throw new Error(`${where}: occurrence ${span.occurrence} asked for, but the quote occurs ${found.length} time(s) in the region`);
    }
    return {
      start: offsets.toCodePoint(at),
      end: offsets.toCodePoint(at + span.quote.length),
      tag: span.tag,
      quote: span.quote,
      value: span.value ?? null,
    };
  });
}

/**
 * Resolves the spans in the documents one import made of the file (the
 * newspaper clean-up may split a page into articles): the documents are read
 * as one text, in order, one line end apart, which is where a region may run
 * on from one into the next; each span is then given in its own document's
 * code points. Throws if a span would run across two documents.
 */
export function resolveGoldInDocuments(gold: GoldFile, documents: readonly { text: string }[]): ResolvedDocumentSpan[] {
  const starts: number[] = [];
  let at = 0;
  for (const d of documents) {
    starts.push(at);
    at += new OffsetMap(d.text).length + 1;
  }
  return resolveGoldSpans(gold, documents.map((d) => d.text).join('\n')).map((span) => {
    let document = starts.length - 1;
    while (document > 0 && starts[document]! > span.start) document--;
    const base = starts[document]!;
    const length = new OffsetMap(documents[document]!.text).length;
    if (span.end - base > length)
      throw new Error(`${gold.source}: span "${span.quote}" runs across documents ${document} and ${document + 1}`);
    return { ...span, start: span.start - base, end: span.end - base, document };
  });
}
