import { Parser } from 'htmlparser2';
import type { Block } from './importTypes';

/** Elements whose content is never shown as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object']);

/** Elements that start and end a line of text. */
// prettier-ignore
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

/** One tag (read on the lowercased text), with its name; attribute scanning is bounded so that an unclosed quote stays cheap. */
const TAG = /<\/?([a-z][a-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*'){0,1024}>/y;

/** What a tag becomes: block elements only end a line here, as <br> does; cells add a space; inline elements nothing. */
function flatTag(name: string, tag: string): string {
  if (BLOCK.has(name)) return '<br>';
  if (CELL.has(name)) return ' ';
  return HEADING.test(name) || name === 'pre' || name === 'br' || HIDDEN.has(name) ? tag : '';
}

/**
 * The markup reduced to what decides lines, in one linear pass. htmlparser2
 * keeps its open elements in an array it unshifts, so deep nesting costs
 * time in proportion to its square (a page of 300,000 unclosed <span>s took
 * over a minute); flat markup parses in linear time. Comments and the
 * content of hidden elements (script, style, …) pass through untouched.
 */
function flattenMarkup(html: string): string {
  // ASCII only: toLowerCase() can change a string's length (U+0130 becomes two units), and the indexes must match.
  const lower = html.replace(/[A-Z]+/g, (run) => run.toLowerCase());
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      out.push(html.slice(lt, i));
      continue;
    }
    TAG.lastIndex = lt;
    const match = TAG.exec(lower);
    if (!match) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const name = match[1]!;
    const tag = html.slice(lt, TAG.lastIndex);
    i = TAG.lastIndex;
    if (HIDDEN.has(name) && lower[lt + 1] !== '/') {
      const end = lower.indexOf(`</${name}`, i);
      const stop = end < 0 ? html.length : end;
      out.push(tag, html.slice(i, stop));
      i = stop;
      continue;
    }
    out.push(flatTag(name, tag));
  }
  return out.join('');
}

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
  parser.write(flattenMarkup(html));
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
