/**
 * The lines of a document with their places in code points. A stored
 * document holds one paragraph or heading per line, but the analysis also
 * reads text as it came from a file: CRLF or stray CR endings, blank lines,
 * and the ideographic-space indentation of Chinese documents.
 */

/** One non-empty line: its text without edge whitespace, and where that text lies. */
export interface DocumentLine {
  /** The line's text, trimmed of whitespace, zero-width spaces and BOMs at its edges. */
  readonly text: string;
  /** Code-point offset of the first character of `text`. */
  readonly start: number;
  /** Code-point offset just after the last character of `text`. */
  readonly end: number;
}

/** Whitespace at a line's edges, including the zero-width space and BOM that web copies leave behind. */
const EDGE = /[\s\u200b\ufeff]/u;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Code points in `text` from UTF-16 index `from` to `to`. */
function codePointsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++, n++) {
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n;
}

/**
 * Splits `text` into its non-empty lines, each trimmed, with code-point
 * offsets into `text`. Any of LF, CRLF and CR ends a line.
 */
export function documentLines(text: string): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let cp = 0;
  let from = 0;
  while (from <= text.length) {
    let to = from;
    while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
    let first = from;
    let last = to;
    while (first < last && EDGE.test(text[first]!)) first++;
    while (last > first && EDGE.test(text[last - 1]!)) last--;
    if (first < last) {
      const start = cp + codePointsBetween(text, from, first);
      const length = codePointsBetween(text, first, last);
      lines.push({ text: text.slice(first, last), start, end: start + length });
    }
    cp += codePointsBetween(text, from, to);
    const breakLength = text[to] === '\r' && text[to + 1] === '\n' ? 2 : 1;
    cp += to < text.length ? breakLength : 0;
    from = to + breakLength;
  }
  return lines;
}
