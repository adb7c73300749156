/**
 * Conversions between code-point offsets (what Pizhu stores and exports) and
 * UTF-16 offsets (what JavaScript strings, the DOM and Lexical use).
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Maps offsets both ways for one text. Built once per document: O(n) memory
 * only when the text holds astral characters, O(1) otherwise.
 */
export class OffsetMap {
  /** UTF-16 index of each astral character's first unit, ascending; empty for BMP-only text. */
  private readonly astral: number[] = [];
  readonly utf16Length: number;
  readonly length: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.utf16Length = text.length;
    this.length = text.length - this.astral.length;
  }

  /** UTF-16 offset of code-point offset `cp` (clamped to the text). */
  toUtf16(cp: number): number {
    const p = Math.max(0, Math.min(cp, this.length));
    if (this.astral.length === 0) return p;
    // Each astral character before the target adds one unit; find how many with a binary search on code-point positions.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! - mid < p) lo = mid + 1;
      else hi = mid;
    }
    return p + lo;
  }

  /** Code-point offset of UTF-16 offset `u`; an offset inside a surrogate pair rounds down. */
  toCodePoint(u: number): number {
    const p = Math.max(0, Math.min(u, this.utf16Length));
    if (this.astral.length === 0) return p;
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    // `lo` astral characters start before p, each one unit more than a code point; one cut in half by p rounds down.
    return p - lo;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
