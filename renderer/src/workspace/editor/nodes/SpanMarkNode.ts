import { MarkNode } from '@lexical/mark';
import { $applyNodeReplacement, type EditorConfig, type LexicalNode } from 'lexical';

/**
 * A flat mark over one run of text, carrying the ids of every span covering
 * it. Unlike MarkNode it writes those ids into `data-ids` (space-separated,
 * so `[data-ids~="ID"]` finds every piece of a span for clicks, scrolling and
 * tests) and carries its paint as an inline style naming the covering
 * spans' tags (paint.ts): the colours themselves are custom properties set
 * once above the document, so a recoloured tag changes no mark. The style
 * goes through CSSOM (`style.cssText`), which the page's CSP allows, not a
 * style attribute, which it blocks.
 */
export class SpanMarkNode extends MarkNode {
  __paint = '';

  override $config() {
    return this.config('pizhu-span', { extends: MarkNode });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__paint = prevNode.__paint;
  }

  getPaint(): string {
    return this.getLatest().__paint;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.dataset.ids = this.__ids.join(' ');
    element.style.cssText = this.__paint;
    return element;
  }

  override updateDOM(prevNode: this, element: HTMLElement, config: EditorConfig): boolean {
    super.updateDOM(prevNode, element, config);
    if (prevNode.__ids !== this.__ids) element.dataset.ids = this.__ids.join(' ');
    if (prevNode.__paint !== this.__paint) element.style.cssText = this.__paint;
    return false;
  }
}

/** A mark for the spans `ids` (innermost first), painted with `paint`. */
export function $createSpanMarkNode(ids: readonly string[], paint: string): SpanMarkNode {
  const node = $applyNodeReplacement(new SpanMarkNode(ids));
  node.__paint = paint;
  return node;
}

export function $isSpanMarkNode(node: LexicalNode | null | undefined): node is SpanMarkNode {
  return node instanceof SpanMarkNode;
}
