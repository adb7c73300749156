import { z } from 'zod';
import { TargetValueSchema } from '../values/valueSchema';

/**
 * A span the rule engine proposes (issue 12 §3) for the analyst to accept or
 * dismiss. Shared so that the contract, the CLI and a later UI read one
 * shape. `achievement` is a quantified result in the review part of a work
 * report: worded like a target, but not one.
 */
export const SuggestionTagSchema = z.enum(['target', 'project', 'policy', 'achievement']);
export type SuggestionTag = z.infer<typeof SuggestionTagSchema>;

export const SuggestionSchema = z
  .object({
    /** Code-point offsets into the document's text, end exclusive. */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    tag: SuggestionTagSchema,
    /** The document's text between start and end. */
    quote: z.string().min(1),
    /** Id of the rule in the engine's table that made it. */
    rule: z.string().min(1),
    /** How much the rule is trusted, 0–1. */
    score: z.number().min(0).max(1),
    /** A target's (or achievement's) parsed value; absent for other tags, null where the quote has none. */
    value: TargetValueSchema.nullable().optional(),
  })
  .strict()
  .refine((s) => s.end > s.start, { message: 'a suggestion is not empty', path: ['end'] });
export type Suggestion = z.infer<typeof SuggestionSchema>;
