/** A range of code-point offsets into a document's original text, end exclusive. */
export interface CodePointRange {
  start: number;
  end: number;
}

/**
 * Where each UTF-16 unit of a folded text came from: the code-point offset,
 * in the original, of the character it was folded from. One original
 * character may fold to several units (… to ..., an astral ideograph to a
 * surrogate pair) or to none (dropped whitespace), so a folded range maps to
 * the original characters it touches, from the first one's start to the
 * last one's end, and whatever was dropped between them comes along.
 */
export class FoldMap {
  constructor(
    /** Code-point offset in the original of the character each folded unit came from; ascending. */
    private readonly origin: Int32Array,
    /** Length of the original text in code points. */
    readonly originalLength: number,
  ) {}

  /** Length of the folded text in UTF-16 units. */
  get foldedLength(): number {
    return this.origin.length;
  }

  /** The original code-point range that folded range [start, end) (UTF-16 units) came from; an empty range maps to an empty range. */
  toOriginal(start: number, end: number): CodePointRange {
    if (end <= start) {
      const at = start < this.origin.length ? this.origin[start]! : this.originalLength;
      return { start: at, end: at };
    }
    return { start: this.origin[start]!, end: this.origin[end - 1]! + 1 };
  }

  /**
   * Whether folded offset `i` lies between the folds of two original
   * characters rather than inside one: a literal match must start and end on
   * such offsets, or a query could find the first two dots of one ….
   */
  isBoundary(i: number): boolean {
    return i <= 0 || i >= this.origin.length || this.origin[i] !== this.origin[i - 1];
  }
}
