import type { OffsetMap } from '../../../electron/shared/codePoints';
import { lineIndexAt, type Line } from './segments';
import type { TextRange } from './trimRange';

/**
 * Word boundaries of one document, as code-point offsets, from the
 * platform's own segmenter (`Intl.Segmenter('zh', { granularity: 'word' })`,
 * in Node and Chromium alike: 确保|年内|游客|接待|量). Words never cross a line,
 * so each line is segmented on its own, the first time it is asked about:
 * snapping one span costs a paragraph, not the whole text.
 */
export class WordBoundaries {
  private readonly segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  private readonly byLine = new Map<number, number[]>();

  constructor(
    private readonly map: OffsetMap,
    private readonly lines: readonly Line[],
  ) {}

  /** The boundaries of line `index`, ascending, its start and end included. */
  private of(index: number): number[] {
    const known = this.byLine.get(index);
    if (known) return known;
    const line = this.lines[index]!;
    const from = this.map.toUtf16(line.start);
    const boundaries = [...this.segmenter.segment(this.map.slice(line.start, line.end))].map((s) => this.map.toCodePoint(from + s.index));
    boundaries.push(line.end);
    this.byLine.set(index, boundaries);
    return boundaries;
  }

  /** The last boundary at or before `offset`. */
  atOrBefore(offset: number): number {
    const list = this.of(lineIndexAt(this.lines, offset));
    return list.findLast((b) => b <= offset) ?? list[0]!;
  }

  /** The first boundary at or after `offset`. */
  atOrAfter(offset: number): number {
    const list = this.of(lineIndexAt(this.lines, offset));
    return list.find((b) => b >= offset) ?? list.at(-1)!;
  }

  /** The boundary nearest `offset` within its line (the earlier one on a tie). */
  nearest(offset: number): number {
    const before = this.atOrBefore(offset);
    const after = this.atOrAfter(offset);
    return after - offset < offset - before ? after : before;
  }

  /** The next boundary after `offset` (`step` 1) or before it (`step` -1), crossing into the next or previous line at its ends. */
  next(offset: number, step: 1 | -1): number {
    const index = lineIndexAt(this.lines, offset);
    const list = this.of(index);
    const found = step > 0 ? list.find((b) => b > offset) : list.findLast((b) => b < offset);
    if (found !== undefined) return found;
    const neighbour = this.lines[index + step];
    if (!neighbour) return offset;
    return step > 0 ? neighbour.start : neighbour.end;
  }

  /** A new span's range grown to whole words: its start back to a word's start, its end on to a word's end. */
  snap(range: TextRange): TextRange {
    return { start: this.atOrBefore(range.start), end: this.atOrAfter(range.end) };
  }
}
