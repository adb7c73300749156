import { $applyNodeReplacement, ParagraphNode, type EditorConfig } from 'lexical';

/** The class of a paragraph holding a long unbreakable Latin run (a link, a code): it is not justified. */
const LATIN_RUN_CLASS = 'ws-p-latin';

/**
 * Non-space ASCII characters in a row that wrap as one piece: at about eight
 * ideographs' width or more, the gap such a piece leaves at the end of the
 * line before it would be spread over that line by justification.
 */
const LONG_LATIN_RUN = /[!-~]{16,}/;

/** Whether a paragraph's text holds a run that justification would spread the line before it for. */
export function hasLongLatinRun(text: string): boolean {
  return LONG_LATIN_RUN.test(text);
}

/**
 * A paragraph of the document that knows whether it holds a long Latin run,
 * and says so with a class, so that the style sheet aligns it to the start
 * instead of justifying it ("原 文 链 接 :" spread across the column above a URL).
 */
export class ReadingParagraphNode extends ParagraphNode {
  __latinRun = false;

  override $config() {
    return this.config('pizhu-paragraph', { extends: ParagraphNode });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__latinRun = prevNode.__latinRun;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    if (this.__latinRun) element.classList.add(LATIN_RUN_CLASS);
    return element;
  }

  override updateDOM(prevNode: this, element: HTMLElement, config: EditorConfig): boolean {
    const replace = super.updateDOM(prevNode, element, config);
    if (prevNode.__latinRun !== this.__latinRun) element.classList.toggle(LATIN_RUN_CLASS, this.__latinRun);
    return replace;
  }
}

/** A document paragraph whose text is `text`. */
export function $createReadingParagraphNode(text: string): ReadingParagraphNode {
  const node = $applyNodeReplacement(new ReadingParagraphNode());
  node.__latinRun = hasLongLatinRun(text);
  return node;
}
