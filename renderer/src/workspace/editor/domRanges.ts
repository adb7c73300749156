import type { OffsetMap } from '../../../../electron/shared/codePoints';
import type { Line } from '../segments';
import { trimRange, type TextRange } from '../trimRange';
import { domRangeToOffsets, offsetsToDomRange } from './domOffsets';

/** The selected text of the document as a trimmed code-point range, or null when nothing in it is selected. */
export function selectedRange(root: HTMLElement, map: OffsetMap, lines: readonly Line[]): TextRange | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = domRangeToOffsets(root, selection.getRangeAt(0), map, lines);
  return range && trimRange(map, range);
}

/** The box around a range's text on screen (every line it covers), e.g. to put a popover beside it. */
export function rangeBox(root: HTMLElement, range: TextRange, map: OffsetMap, lines: readonly Line[]): DOMRect | null {
  return offsetsToDomRange(root, range, map, lines)?.getBoundingClientRect() ?? null;
}
