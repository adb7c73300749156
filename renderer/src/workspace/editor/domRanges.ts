import type { OffsetMap } from '../../../../electron/shared/codePoints';
import { lineIndexAt, type Line } from '../segments';
import { trimRange, type TextRange } from '../trimRange';
import { domPointToOffset, domRangeToOffsets, offsetsToDomRange } from './domOffsets';
import { lineBlock } from './lineBlocks';

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

/** The box of the one character at code point `offset`, or null where there is none (a line's end). */
export function charBox(root: HTMLElement, offset: number, map: OffsetMap, lines: readonly Line[]): DOMRect | null {
  const index = lineIndexAt(lines, offset);
  const line = lines[index];
  const block = lineBlock(root, index);
  if (!line || !block || offset < line.start || offset >= line.end) return null;
  let rest = map.toUtf16(offset) - map.toUtf16(line.start);
  const width = map.toUtf16(offset + 1) - map.toUtf16(offset);
  const walker = root.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  // Runs end on code-point boundaries, so a character never straddles two text nodes.
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (rest < text.length) {
      const range = root.ownerDocument.createRange();
      range.setStart(text, rest);
      range.setEnd(text, rest + width);
      return range.getBoundingClientRect();
    }
    rest -= text.length;
  }
  return null;
}

/** The code-point offset of the caret position nearest the viewport point (x, y), or null when that is not in the text. */
export function caretOffsetAt(root: HTMLElement, x: number, y: number, map: OffsetMap, lines: readonly Line[]): number | null {
  const caret = root.ownerDocument.caretPositionFromPoint(x, y);
  if (!caret || !root.contains(caret.offsetNode)) return null;
  return domPointToOffset(root, caret.offsetNode, caret.offset, map, lines);
}
