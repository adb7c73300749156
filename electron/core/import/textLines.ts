/** Turns CRLF, stray CR and LF alike into LF. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The non-empty lines of a text, each trimmed (String#trim also removes the
 * ideographic space U+3000 that Chinese documents indent with).
 * With `collapseSpaces`, each run of whitespace inside a line becomes one space.
 */
export function textLines(text: string, collapseSpaces: boolean): string[] {
  const lines: string[] = [];
  for (const raw of normaliseLineEndings(text).split('\n')) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    lines.push(collapseSpaces ? trimmed.replace(/\s+/gu, ' ') : trimmed);
  }
  return lines;
}
