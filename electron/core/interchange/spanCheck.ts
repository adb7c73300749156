import type { OffsetMap } from '../../shared/codePoints';
import type { Fragment } from '../../shared/model';
import { fragmentProblem, fragmentQuote } from '../../shared/fragments';
import { badFile } from './badFile';

function shown(text: string): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > 30 ? chars.slice(0, 30).join('') + '…' : text);
}

/** Why two offsets read from a file are not a span of a text `length` long, or null when they are one. */
export function offsetProblem(start: unknown, end: unknown, length: number, unit = 'characters'): string | null {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end))
    return `offsets that are not whole numbers (${String(start)}, ${String(end)})`;
  const s = start as number;
  const e = end as number;
  if (s < 0 || e < s || e > length) return `${s}–${e} lies outside its text (${length} ${unit})`;
  return null;
}

/** Why a quote given by a file is not the text at its span, or null when it is. */
export function quoteProblem(quote: string, actual: string): string | null {
  return actual === quote ? null : `quotes ${shown(quote)} but the text there is ${shown(actual)}`;
}

/**
 * Checks that a span read from a file fits its document: whole code-point
 * offsets, in order, inside the text and, when the file gives the quoted
 * text, equal to the text there. `where` names the document in messages.
 */
export function checkSpan(
  fileName: string,
  where: string,
  map: OffsetMap,
  start: unknown,
  end: unknown,
  quote?: string,
): { start: number; end: number } {
  const problem = offsetProblem(start, end, map.length);
  if (problem) throw badFile(fileName, `a span in ${where}: ${problem}`);
  const s = start as number;
  const e = end as number;
  const mismatch = quote === undefined ? null : quoteProblem(quote, map.slice(s, e));
  if (mismatch) throw badFile(fileName, `span ${s}–${e} in ${where} ${mismatch}`);
  return { start: s, end: e };
}

/**
 * Checks the fragments a file gives a span (its offsets already checked):
 * valid pieces whose outer bounds are the span's start and end and, when the
 * file gives the quote, whose texts joined are it.
 */
export function checkFragments(
  fileName: string,
  where: string,
  map: OffsetMap,
  span: { start: number; end: number },
  fragments: readonly Fragment[],
  quote?: string,
): Fragment[] {
  const problem =
    fragmentProblem(fragments, map.length) ??
    (fragments[0]!.start !== span.start || fragments[fragments.length - 1]!.end !== span.end
      ? `has pieces from ${fragments[0]!.start} to ${fragments[fragments.length - 1]!.end}, not its bounds`
      : null);
  if (problem) throw badFile(fileName, `span ${span.start}–${span.end} in ${where} ${problem}`);
  const mismatch =
    quote === undefined
      ? null
      : quoteProblem(
          quote,
          fragmentQuote(fragments, (s, e) => map.slice(s, e)),
        );
  if (mismatch) throw badFile(fileName, `span ${span.start}–${span.end} in ${where} ${mismatch}`);
  return fragments.map((f) => ({ start: f.start, end: f.end }));
}
