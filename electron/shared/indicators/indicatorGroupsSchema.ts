import { z } from 'zod';

/**
 * The analyst's corrections to the grouping of targets by indicator, kept
 * in the session (session.json, `indicatorGroups`): groups merged into
 * others, and names given to groups. Both name groups by their key
 * (indicatorKey.ts); lists rather than maps, so that no key can be taken for
 * an object's built-in property.
 */
export const IndicatorGroupsSchema = z.object({
  /** The group of key `from` is shown as part of the group of key `into`. */
  merged: z.array(z.object({ from: z.string().min(1), into: z.string().min(1) })),
  /** The name shown for the group of `key` instead of the key itself. */
  names: z.array(z.object({ key: z.string().min(1), name: z.string().min(1).max(200) })),
});
export type IndicatorGroups = z.infer<typeof IndicatorGroupsSchema>;

export const NO_INDICATOR_GROUPS: IndicatorGroups = { merged: [], names: [] };
