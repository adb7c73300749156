import { Parser } from 'htmlparser2';
import type { Block } from './importTypes';

/** Elements whose content is never shown as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object']);

/** Elements that start and end a line of text. */
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'section', 'article', 'aside', 'header', 'footer',
  'main', 'nav', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'address', 'hr',
  'form', 'fieldset', 'details', 'summary', 'body', 'html', 'center',
]);

/** Table cells separate their text with a space instead of a line. */
const CELL = new Set(['td', 'th']);

const HEADING = /^h([1-6])$/;

/** HTML's own collapsible whitespace; the ideographic space U+3000 is content, not layout. */
const HTML_SPACE = /[ \t\n\f\r]+/g;

/**
 * The visible text of an HTML document as blocks: h1–h6 become headings,
 * p/li/div/br and other block elements end a paragraph, script, style,
 * noscript and template are dropped, entities are decoded, <pre> keeps its lines.
 */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let hiddenDepth = 0;
  let preDepth = 0;
  let headingLevel: number | null = null;

  const flush = (): void => {
    const lines = preDepth > 0 ? buffer.split('\n') : [buffer.replace(HTML_SPACE, ' ')];
    for (const line of lines) {
      const text = line.trim();
      if (text !== '') blocks.push({ text, level: headingLevel });
    }
    buffer = '';
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) {
          hiddenDepth++;
          return;
        }
        if (hiddenDepth > 0) return;
        const heading = HEADING.exec(name);
        if (heading) {
          flush();
          headingLevel = Number(heading[1]);
        } else if (name === 'pre') {
          flush();
          preDepth++;
        } else if (name === 'br') {
          if (preDepth > 0) buffer += '\n';
          else flush();
        } else if (BLOCK.has(name)) {
          flush();
        } else if (CELL.has(name)) {
          buffer += ' ';
        }
      },
      ontext(text) {
        if (hiddenDepth === 0) buffer += text;
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1);
          return;
        }
        if (hiddenDepth > 0) return;
        if (HEADING.test(name)) {
          flush();
          headingLevel = null;
        } else if (name === 'pre') {
          flush();
          preDepth = Math.max(0, preDepth - 1);
        } else if (BLOCK.has(name)) {
          flush();
        } else if (CELL.has(name)) {
          buffer += ' ';
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** The text of the document's <title>, if it has one. */
export function htmlTitle(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html.slice(0, 64 * 1024));
  if (!match) return null;
  const blocks = htmlBlocks(`<p>${match[1]!}</p>`);
  return blocks[0]?.text ?? null;
}
