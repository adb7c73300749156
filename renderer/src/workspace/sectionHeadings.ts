import type { OffsetMap } from '../../../electron/shared/codePoints';
import type { Heading } from '../../../electron/shared/model';

/**
 * The heading of the section each position of a document is in: the nearest
 * heading before it. The title line (a level-1 heading at the very start)
 * names the document, not a section, so the text before the first section
 * heading is in none; and a position in a heading itself is in none (its
 * sentence is that heading already). Built once per document; a lookup is
 * a binary search, so the annotation list's thousands of rows cost little.
 */
export class SectionHeadings {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly titles: string[] = [];

  constructor(map: OffsetMap, headings: readonly Heading[]) {
    const sections = headings.filter((h) => h.end > h.start && !(h.level === 1 && h.start === 0)).sort((a, b) => a.start - b.start);
    for (const heading of sections) {
      const title = map.slice(heading.start, heading.end).trim();
      if (!title) continue;
      this.starts.push(heading.start);
      this.ends.push(heading.end);
      this.titles.push(title);
    }
  }

  /** The heading text of the section holding code-point offset `position`, or null before the first one or within a heading. */
  at(position: number): string | null {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || position < this.ends[lo - 1]! ? null : this.titles[lo - 1]!;
  }
}
