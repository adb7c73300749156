import { $applyNodeReplacement, $getDocument, ElementNode } from 'lexical';

/** The class of a chunk's element (theme.css). */
const CHUNK_CLASS = 'ws-chunk';

/**
 * A run of consecutive lines under the root, so that the root holds a few
 * hundred children instead of one per line. Lexical reconciles a clean
 * subtree without entering it: a commit that rebuilds one line walks the
 * root's chunks and that line's chunk, where with the lines directly under
 * the root it walked all of them (62,537 in a 30 MB text) on every commit.
 * A chunk has no text of its own and no behaviour: what addresses lines in
 * the DOM finds them through lineBlocks.ts.
 */
export class LineChunkNode extends ElementNode {
  override $config() {
    return this.config('pizhu-chunk', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = CHUNK_CLASS;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }
}

/** An empty chunk, to append a run of line blocks to. */
export function $createLineChunkNode(): LineChunkNode {
  return $applyNodeReplacement(new LineChunkNode());
}
