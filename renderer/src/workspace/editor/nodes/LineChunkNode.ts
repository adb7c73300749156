import { $applyNodeReplacement, $getDocument, ElementNode } from 'lexical';

/** The class of a chunk's element (theme.css). */
const CHUNK_CLASS = 'ws-chunk';
/** The height a line is taken to have until it has been laid out: the estimate theme.css gives a paragraph. */
const LINE_EM = 6;

/**
 * A run of consecutive lines under the root, so that the root holds a few
 * hundred children instead of one per line. Lexical reconciles a clean
 * subtree without entering it: a commit that rebuilds one line walks the
 * root's chunks and that line's chunk, where with the lines directly under
 * the root it walked all of them (62,537 in a 30 MB text) on every commit.
 * A chunk has no text of its own and no behaviour: what addresses lines in
 * the DOM finds them through lineBlocks.ts. Off screen, the browser skips
 * laying out what is inside it (theme.css), and takes it to be as high as
 * its lines' estimates together until it has been laid out once.
 */
export class LineChunkNode extends ElementNode {
  override $config() {
    return this.config('pizhu-chunk', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = CHUNK_CLASS;
    // A chunk's lines are built with it and never change, so their count is known here.
    element.style.containIntrinsicSize = `auto ${this.__size * LINE_EM}em`;
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
