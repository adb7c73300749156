/** Turns CRLF, stray CR and LF alike into LF. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Whitespace at a line's edges, including the zero-width space and BOM that web copies leave behind. */
const EDGE_SPACE = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu;

/**
 * The non-empty lines of a text, each trimmed (\s also covers the ideographic
 * space U+3000 that Chinese documents indent with).
 * With `collapseSpaces`, each run of whitespace inside a line becomes one space.
 */
export function textLines(text: string, collapseSpaces: boolean): string[] {
  const lines: string[] = [];
  for (const raw of normaliseLineEndings(text).split('\n')) {
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (trimmed === '') continue;
    lines.push(collapseSpaces ? trimmed.replace(/\s+/gu, ' ') : trimmed);
  }
  return lines;
}
