import type { StepBudget } from './pikeVm';

/** The default cap on matches of one search: more than a reader could go through, fewer than would weigh on the core. */
export const DEFAULT_MAX_MATCHES = 10_000;

/**
 * The default cap on engine steps of one search: a few steps per character
 * of a 50-document corpus is the usual cost, so this allows a million
 * characters at a hundred threads each, about a second's work.
 */
export const DEFAULT_MAX_STEPS = 100_000_000;

/**
 * What one search may spend, shared by the documents it runs over: when
 * either cap is reached the search stops and says why, with the matches
 * found so far.
 */
export class SearchBudget implements StepBudget {
  steps = 0;
  matches = 0;

  constructor(
    readonly maxMatches: number = DEFAULT_MAX_MATCHES,
    readonly maxSteps: number = DEFAULT_MAX_STEPS,
  ) {}
}
