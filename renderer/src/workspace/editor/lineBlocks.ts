/**
 * The line blocks of the document in the editor's root. The root holds
 * chunks (LineChunkNode), each a run of line blocks in order: every chunk
 * but the last holds as many lines as the first, so line `i` is found by
 * arithmetic, never by a walk. Everything that addresses lines in the DOM
 * goes through here, so that the chunks stay invisible to it.
 */

/** Line blocks in order, read like an HTMLCollection. */
export interface LineBlocks {
  readonly length: number;
  item(index: number): Element | null;
}

/** Lines in each chunk but the last, as the root's DOM says (its first chunk's size). */
function chunkSize(root: Element): number {
  return Math.max(1, root.firstElementChild?.childElementCount ?? 1);
}

/** The blocks of every line in the root, in line order. */
export function lineBlocks(root: Element): LineBlocks {
  const chunks = root.children;
  const size = chunkSize(root);
  const last = chunks[chunks.length - 1];
  return {
    length: last ? (chunks.length - 1) * size + last.childElementCount : 0,
    item: (index) => (index < 0 ? null : (chunks[Math.floor(index / size)]?.children[index % size] ?? null)),
  };
}

/** The block of line `index`, or null past the last line. */
export function lineBlock(root: Element, index: number): Element | null {
  return lineBlocks(root).item(index);
}

function indexIn(list: HTMLCollection, element: Element): number {
  return Array.prototype.indexOf.call(list, element) as number;
}

/**
 * The line a DOM point in the root is on: the index of the line whose block
 * holds `node`, or for a point between blocks (`node` the root or a chunk),
 * of the line `offset` is before. Null for a node outside the root.
 */
export function lineIndexAtPoint(root: Element, node: Node, offset: number): number | null {
  const size = chunkSize(root);
  if (node === root) return offset * size;
  if (node.parentNode === root) return indexIn(root.children, node as Element) * size + offset;
  let block = node;
  while (block.parentNode?.parentNode !== root) {
    if (!block.parentNode) return null;
    block = block.parentNode;
  }
  const chunk = block.parentNode as Element;
  return indexIn(root.children, chunk) * size + indexIn(chunk.children, block as Element);
}
