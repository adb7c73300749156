import type { OffsetMap } from '../../../../electron/shared/codePoints';
import { lineIndexAt, type Line } from '../segments';
import type { TextRange } from '../trimRange';
import { lineBlock, lineIndexAtPoint } from './lineBlocks';

/**
 * Mapping between DOM positions in the editor and code-point offsets of the
 * document. The editor's root holds one block element per line, in order
 * (grouped in chunks, lineBlocks.ts), so a position is its line's start plus
 * the text before it in that block.
 * This is read from the DOM because, with a read-only Lexical editor,
 * `$getSelection()` may still hold an older selection after a click.
 */

/** Code-point offset of the DOM point (node, offset); points before or after the root clamp to the text's ends. */
export function domPointToOffset(root: HTMLElement, node: Node, offset: number, map: OffsetMap, lines: readonly Line[]): number {
  if (!root.contains(node)) {
    return root.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING ? 0 : map.length;
  }
  const index = lineIndexAtPoint(root, node, offset);
  const line = index === null ? undefined : lines[index];
  if (index === null || !line) return map.length;
  // A point between blocks (on the root or a chunk) is at the start of the line after it.
  if (node === root || node.parentNode === root) return line.start;
  const block = lineBlock(root, index)!;
  const before = root.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEnd(node, offset);
  return map.toCodePoint(map.toUtf16(line.start) + before.toString().length);
}

/** The code-point range a DOM range covers within the root (untrimmed), or null when it is empty or elsewhere. */
export function domRangeToOffsets(root: HTMLElement, range: Range, map: OffsetMap, lines: readonly Line[]): TextRange | null {
  if (range.collapsed || !range.intersectsNode(root)) return null;
  const start = domPointToOffset(root, range.startContainer, range.startOffset, map, lines);
  const end = domPointToOffset(root, range.endContainer, range.endOffset, map, lines);
  return end > start ? { start, end } : null;
}

/** The DOM point at code-point `offset`: inside a text node of its line's block, or the empty block itself. */
export function offsetToDomPoint(
  root: HTMLElement,
  offset: number,
  map: OffsetMap,
  lines: readonly Line[],
): { node: Node; offset: number } | null {
  const index = lineIndexAt(lines, offset);
  const line = lines[index];
  const block = lineBlock(root, index);
  if (!line || !block) return null;
  let rest = map.toUtf16(Math.min(offset, line.end)) - map.toUtf16(line.start);
  const walker = root.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (rest <= text.length) return { node: text, offset: rest };
    rest -= text.length;
    last = text;
  }
  return last ? { node: last, offset: last.length } : { node: block, offset: 0 };
}

/**
 * The same as a StaticRange, for a highlight of many ranges: the browser updates
 * every live Range on each change to the page, which with tens of thousands of
 * them made each removed line cost seconds; a static one it leaves alone (its
 * owner paints again once a line is rebuilt).
 */
export function offsetsToStaticRange(root: HTMLElement, range: TextRange, map: OffsetMap, lines: readonly Line[]): StaticRange | null {
  const start = offsetToDomPoint(root, range.start, map, lines);
  const end = offsetToDomPoint(root, range.end, map, lines);
  if (!start || !end) return null;
  return new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
}

/** A DOM Range over the code-point range, e.g. for find highlights. */
export function offsetsToDomRange(root: HTMLElement, range: TextRange, map: OffsetMap, lines: readonly Line[]): Range | null {
  const start = offsetToDomPoint(root, range.start, map, lines);
  const end = offsetToDomPoint(root, range.end, map, lines);
  if (!start || !end) return null;
  const dom = root.ownerDocument.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  return dom;
}
