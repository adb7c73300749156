import type { OffsetMap } from '../../../../electron/shared/codePoints';
import { lineIndexAt, type Line } from '../segments';
import type { TextRange } from '../trimRange';
import { offsetsToStaticRange } from './domOffsets';
import { firstBelow } from './firstBelow';
import { lineBlocks } from './lineBlocks';

/** A range to draw, and the CSS custom highlight (its name in CSS.highlights) that draws it. */
export interface NamedRange extends TextRange {
  name: string;
}

/**
 * Lines painted either side of those in view. Scrolling by less than half of
 * this paints nothing again; a document of a few hundred lines is painted
 * all through.
 */
export const NEAR_LINES = 300;

/** The first index of `sorted` holding `value` or more. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ranges drawn over the text as CSS custom highlights, only those starting
 * on the lines near the view. Painting a 30 MB text's 46,000 suggestions
 * again after each new mark took seconds, and the browser keeps a marker for
 * every range it is given; near the view they are a few hundred, whatever
 * the text's length. Ranges are static (the browser leaves them alone as the
 * page changes): after an editor update, those whose text nodes a rebuilt
 * line replaced are made again one by one; when the view nears the edge of
 * the painted lines, the lines around it are painted instead.
 */
export class NearViewHighlights {
  private items: NamedRange[] = [];
  /** The line each item starts on, ascending (items are in text order). */
  private lineOf = new Int32Array(0);
  private window = { from: 0, to: 0 };
  /** Each item drawn now, with its range, in the highlight of its name. */
  private painted: { item: NamedRange; range: StaticRange }[] = [];
  private readonly highlights = new Map<string, Highlight>();
  /** The window was found before the root held a block per line: find it again once it does. */
  private early = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly scroller: HTMLElement | null,
    private readonly map: OffsetMap,
    private readonly lines: readonly Line[],
    private readonly names: readonly string[],
  ) {}

  /** Draw `items` (in any order): those near the view now, the others as the view comes to them. */
  show(items: readonly NamedRange[]): void {
    this.items = [...items].sort((a, b) => a.start - b.start);
    this.lineOf = Int32Array.from(this.items, (item) => lineIndexAt(this.lines, item.start));
    // Finding the lines in view lays the page out: a document opening with nothing to draw yet must not pay for it.
    if (this.items.length === 0) {
      this.early = false;
      this.clear();
      return;
    }
    this.window = this.near();
    this.paint();
  }

  /** After a scroll or a resize of the view: paints the lines around it once it has come within half a window of the painted ones' edge. */
  follow(): void {
    if (this.items.length === 0) return;
    const view = this.inView();
    const { from, to } = this.window;
    const margin = NEAR_LINES / 2;
    const fromHolds = from === 0 || view.from - from >= margin;
    const toHolds = to >= this.lines.length || to - view.to >= margin;
    if (fromHolds && toHolds) return;
    this.window = this.near(view);
    this.paint();
  }

  /** After an editor update: ranges in text nodes that a rebuilt line took out of the page are made again. */
  refresh(): void {
    if (this.early) {
      this.window = this.near();
      this.paint();
      return;
    }
    for (const entry of this.painted) {
      const { startContainer, endContainer } = entry.range;
      if (startContainer.isConnected && endContainer.isConnected) continue;
      const highlight = this.highlights.get(entry.item.name)!;
      highlight.delete(entry.range);
      const range = offsetsToStaticRange(this.root, entry.item, this.map, this.lines);
      if (range) highlight.add((entry.range = range));
    }
  }

  /** Take every highlight this draws out of the page. */
  clear(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    this.highlights.clear();
    this.painted = [];
  }

  /** The lines in view: from the first whose bottom is below the view's top to the one past the last whose top is above its bottom. */
  private inView(): { from: number; to: number } {
    const blocks = lineBlocks(this.root);
    if (blocks.length === 0) return { from: 0, to: 0 };
    const box = (this.scroller ?? this.root).getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    return { from: firstBelow(blocks, top), to: firstBelow(blocks, bottom) + 1 };
  }

  private near(view = this.inView()): { from: number; to: number } {
    this.early = lineBlocks(this.root).length < this.lines.length;
    return { from: Math.max(0, view.from - NEAR_LINES), to: Math.min(this.lines.length, view.to + NEAR_LINES) };
  }

  private paint(): void {
    const byName = new Map<string, StaticRange[]>();
    this.painted = [];
    for (let i = lowerBound(this.lineOf, this.window.from); i < this.items.length && this.lineOf[i]! < this.window.to; i++) {
      const item = this.items[i]!;
      const range = offsetsToStaticRange(this.root, item, this.map, this.lines);
      if (!range) continue;
      this.painted.push({ item, range });
      const list = byName.get(item.name);
      if (list) list.push(range);
      else byName.set(item.name, [range]);
    }
    this.highlights.clear();
    for (const name of this.names) {
      const ranges = byName.get(name);
      if (!ranges) {
        CSS.highlights.delete(name);
        continue;
      }
      const highlight = new Highlight(...ranges);
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
  }
}
