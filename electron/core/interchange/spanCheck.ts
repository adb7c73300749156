import type { OffsetMap } from '../../shared/codePoints';
import { badFile } from './badFile';

function shown(text: string): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > 30 ? chars.slice(0, 30).join('') + '…' : text);
}

/**
 * Checks that a span read from a file fits its document: whole code-point
 * offsets, in order, inside the text and, when the file gives the quoted
 * text, equal to the text there. `where` names the document in messages.
 */
export function checkSpan(fileName: string, where: string, map: OffsetMap, start: unknown, end: unknown, quote?: string): { start: number; end: number } {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    throw badFile(fileName, `a span in ${where} has offsets that are not whole numbers (${String(start)}, ${String(end)})`);
  }
  const s = start as number;
  const e = end as number;
  if (s < 0 || e < s || e > map.length) {
    throw badFile(fileName, `span ${s}–${e} in ${where} lies outside its text (${map.length} characters)`);
  }
  if (quote !== undefined) {
    const actual = map.slice(s, e);
    if (actual !== quote) throw badFile(fileName, `span ${s}–${e} in ${where} quotes ${shown(quote)} but the text there is ${shown(actual)}`);
  }
  return { start: s, end: e };
}
