import type { Block } from './importTypes';
import { joinLines } from './lineShape';
import { normaliseLineEndings } from './textLines';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BULLET = /^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/;
const ORDERED_ITEM = /^[ \t]*\d{1,9}[.)][ \t]+/;
const BLOCKQUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_DIVIDER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Markup removed from inside a line, in order: what each construct shows as text. */
const INLINE: readonly [RegExp, string][] = [
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'],
  [/<((?:https?|mailto):[^>\s]+)>/g, '$1'],
  [/<\/?[A-Za-z][^>]*>/g, ''],
  [/(`+)(.+?)\1/g, '$2'],
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'],
  [/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, '$1'],
  [/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1'],
  [/~~(?=\S)(.+?)(?<=\S)~~/g, '$1'],
  [/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, '$1'],
];

function stripInline(text: string): string {
  let out = text;
  for (const [pattern, replacement] of INLINE) out = out.replace(pattern, replacement);
  return out.trim();
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' ');
}

/**
 * The text of a Markdown document as blocks: ATX and setext headings become
 * headings of their level; paragraphs (soft-wrapped lines joined), list items,
 * table rows and code lines become paragraphs; the markup itself is dropped.
 */
export function markdownBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string | null = null;
  let fence: string | null = null;

  const endParagraph = (): void => {
    if (paragraph !== null && paragraph !== '') blocks.push({ text: paragraph, level: null });
    paragraph = null;
  };

  for (const raw of normaliseLineEndings(source).split('\n')) {
    if (fence !== null) {
      if (raw.trim().startsWith(fence)) fence = null;
      else if (raw.trim() !== '') blocks.push({ text: raw.trim(), level: null });
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen) {
      endParagraph();
      fence = fenceOpen[1]!;
      continue;
    }
    if (raw.trim() === '') {
      endParagraph();
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(raw);
    if (underline && paragraph !== null) {
      blocks.push({ text: paragraph, level: underline[1]!.startsWith('=') ? 1 : 2 });
      paragraph = null;
      continue;
    }
    if (THEMATIC_BREAK.test(raw) || LINK_DEFINITION.test(raw) || (TABLE_DIVIDER.test(raw) && raw.includes('|'))) {
      endParagraph();
      continue;
    }
    const heading = ATX_HEADING.exec(raw);
    if (heading) {
      endParagraph();
      const text = stripInline(heading[2] ?? '');
      if (text !== '') blocks.push({ text, level: heading[1]!.length });
      continue;
    }
    let line = raw.replace(BLOCKQUOTE, '');
    if (BULLET.test(line) || ORDERED_ITEM.test(line)) {
      endParagraph();
      // Ordered numbers stay: '1.' is part of a numbered clause in the documents Pizhu reads.
      line = line.replace(BULLET, '');
      paragraph = stripInline(line);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      endParagraph();
      const row = stripInline(tableRow(line));
      if (row !== '') blocks.push({ text: row, level: null });
      continue;
    }
    const text = stripInline(line);
    if (text === '') continue;
    paragraph = paragraph === null ? text : joinLines(paragraph, text);
  }
  endParagraph();
  return blocks;
}
