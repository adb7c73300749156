import type { Outline, Section } from './outline';

/**
 * The clause path at any position of one document, built once from its
 * outline. The sections cut the text into stretches with one path each; a
 * lookup is a binary search over where the stretches start, so 50,000 spans
 * cost 50,000 × log(stretches), not a walk of the outline each.
 */
export class ClauseIndex {
  /** Code-point offset where each stretch starts, ascending, beginning with 0. */
  private readonly starts: number[] = [0];
  /** The clause path of each stretch, outermost first; shared between lookups, hence frozen. */
  private readonly paths: ReadonlyArray<readonly string[]> = [];

  constructor(outline: Outline) {
    const paths: Array<readonly string[]> = [Object.freeze([])];
    const open: Section[] = [];
    const mark = (at: number): void => {
      const path = Object.freeze(open.map((s) => s.label));
      // Several sections may open or close at one offset: the last path set there holds.
      if (this.starts[this.starts.length - 1] === at) paths[paths.length - 1] = path;
      else {
        this.starts.push(at);
        paths.push(path);
      }
    };
    const closeUntil = (position: number): void => {
      while (open.length && open[open.length - 1]!.bodyEnd <= position) {
        const ended = open.pop()!;
        mark(ended.bodyEnd);
      }
    };
    for (const section of outline.sections) {
      closeUntil(section.start);
      open.push(section);
      mark(section.start);
    }
    closeUntil(Number.POSITIVE_INFINITY);
    this.paths = paths;
  }

  /** The labels of the sections enclosing code-point offset `position`, outermost first; empty outside every section. */
  pathAt(position: number): readonly string[] {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return this.paths[lo]!;
  }
}

/** One index per outline object: outlines are values, never changed once analysed. */
const indexes = new WeakMap<Outline, ClauseIndex>();

/**
 * The clause path at code-point offset `position`: the labels of the
 * sections that enclose it, outermost first, e.g. ['三、2025年政府工作任务',
 * '（一）大力提振消费、提高投资效益，全方位扩大国内需求', '实施提振消费专项行动'].
 * The outline's index is built on the first call and kept for the next.
 */
export function clausePathAt(outline: Outline, position: number): string[] {
  let index = indexes.get(outline);
  if (!index) {
    index = new ClauseIndex(outline);
    indexes.set(outline, index);
  }
  return [...index.pathAt(position)];
}
