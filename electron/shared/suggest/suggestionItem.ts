import { z } from 'zod';
import { DocumentIdSchema } from '../model';
import { SuggestionSchema } from './suggestionSchema';

export const SUGGESTION_ID_PATTERN = /^s_[A-Za-z0-9_-]{1,64}$/;
export const SuggestionIdSchema = z.string().regex(SUGGESTION_ID_PATTERN, 'a suggestion id is s_ followed by 1–64 letters, digits, - or _');

/**
 * A suggestion as the session offers it: the engine's (or a projection's)
 * proposal with an id that stays the same as long as the text does (a hash
 * of document, range, tag and rule), so that a decision on it can be kept.
 */
export const SuggestionItemSchema = z.object({
  id: SuggestionIdSchema,
  docId: DocumentIdSchema,
  ...SuggestionSchema.shape,
});
export type SuggestionItem = z.infer<typeof SuggestionItemSchema>;

/** The rule of a suggestion projected from text the analyst accepted elsewhere in the session. */
export const PROJECTION_RULE = 'projection';

/** The origin of a span made by accepting a suggestion of `rule`. */
export const ruleOrigin = (rule: string): string => `rule:${rule}`;
