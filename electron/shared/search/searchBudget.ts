import type { StepBudget } from './pikeVm';

/** The default cap on matches of one search: more than a reader could go through, fewer than would weigh on the core. */
export const DEFAULT_MAX_MATCHES = 10_000;

/**
 * The default cap on engine steps of one search. The patterns analysts write
 * take 1 to 7 steps a character (a phrase in a bounded context far fewer,
 * requiredLiteral.ts), a few million over a 50-document corpus; 50 million
 * lets a pattern keep 50 threads alive over a million characters and stops
 * it after a second or two of the core's time (20 to 50 million steps a
 * second on the project's 2-core machine).
 */
export const DEFAULT_MAX_STEPS = 50_000_000;

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
