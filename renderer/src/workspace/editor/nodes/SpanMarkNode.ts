import { MarkNode } from '@lexical/mark';
import { $applyNodeReplacement, $getDocument, type EditorConfig, type LexicalNode } from 'lexical';

/**
 * One mark element per document, class list and paint, which new marks are
 * cloned from: a document's thousands of marks share a few dozen paints,
 * and a clone copies the parsed style where setting `cssText` parses it
 * again for every mark.
 */
const templates = new WeakMap<Document, Map<string, HTMLElement>>();

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
    const document = $getDocument();
    let byPaint = templates.get(document);
    if (!byPaint) templates.set(document, (byPaint = new Map()));
    // The class list depends on the theme and on whether the mark merges several spans (MarkNode.createDOM).
    const key = `${this.__ids.length > 1 ? '+' : '-'}${config.theme.mark ?? ''}|${this.__paint}`;
    let template = byPaint.get(key);
    if (!template) {
      template = super.createDOM(config);
      template.style.cssText = this.__paint;
      byPaint.set(key, template);
    }
    const element = template.cloneNode(false) as HTMLElement;
    element.setAttribute('data-ids', this.__ids.join(' '));
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
