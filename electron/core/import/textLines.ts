import type { Block } from './importTypes';

/** Turns CRLF, stray CR and LF alike into LF. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Whitespace at a line's edges, including the zero-width space and BOM that web copies leave behind. */
const EDGE_SPACE = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu;

/**
 * The non-empty lines of a text as paragraphs, each trimmed (\s also covers
 * the ideographic space U+3000 that Chinese documents indent with), each
 * marked when blank lines stood before it.
 */
export function textLines(text: string): Block[] {
  const lines: Block[] = [];
  let blank = false;
  for (const raw of normaliseLineEndings(text).split('\n')) {
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (trimmed === '') {
      blank = lines.length > 0;
      continue;
    }
    lines.push({ text: trimmed, level: null, afterBlank: blank });
    blank = false;
  }
  return lines;
}
