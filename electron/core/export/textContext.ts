import type { OffsetMap } from '../../shared/codePoints';
import type { Heading } from '../../shared/model';
import { lastAtOrBefore } from './lastAtOrBefore';

const codes = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
const SENTENCE_END = codes('。！？；!?;\n');
/** Closing marks that belong to the sentence they follow, as in 。” or ！） */
const CLOSERS = codes('”’」』）)》】"\'');

/** The heading path separator of the csv and xlsx section column. */
const PATH_SEPARATOR = ' > ';

/**
 * Sentence and section lookup for one document. Built once per document in
 * one pass; each lookup is a binary search, so an export of n spans costs
 * O(text + n log n) rather than a rescan of the text per span.
 */
export class TextContext {
  /** Code-point offset where each sentence starts, ascending, beginning with 0. */
  private readonly sentenceStarts: number[] = [0];
  private readonly headingStarts: number[] = [];
  private readonly headingPaths: string[] = [];

  constructor(
    private readonly map: OffsetMap,
    headings: readonly Heading[],
  ) {
    // Scans UTF-16 units rather than iterating characters: a string per CJK
    // character would make this loop allocate one object per character.
    const text = map.text;
    let cp = 0;
    let afterEnd = false;
    for (let i = 0; i < text.length; i++, cp++) {
      const unit = text.charCodeAt(i);
      const isEnd = SENTENCE_END.has(unit);
      if (afterEnd && !isEnd && !CLOSERS.has(unit)) {
        this.sentenceStarts.push(cp);
        afterEnd = false;
      }
      if (isEnd) afterEnd = true;
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }

    // The level-1 headline names the whole document (it is usually its title),
    // so the section path starts at level 2.
    const stack: Array<{ level: number; text: string }> = [];
    for (const h of [...headings].sort((a, b) => a.start - b.start)) {
      while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
      if (h.level > 1) stack.push({ level: h.level, text: map.slice(h.start, h.end).trim() });
      this.headingStarts.push(h.start);
      this.headingPaths.push(stack.map((s) => s.text).join(PATH_SEPARATOR));
    }
  }

  /** The sentence holding `start`, or from the start of that sentence to the end of the one holding the span's last character. */
  sentence(start: number, end: number): string {
    const first = lastAtOrBefore(this.sentenceStarts, start);
    const last = lastAtOrBefore(this.sentenceStarts, Math.max(start, end - 1));
    const to = this.sentenceStarts[last + 1] ?? this.map.length;
    return this.map.slice(this.sentenceStarts[first]!, to).trim();
  }

  /** The heading path (level 2 and deeper) the position falls under, '' before the first section. */
  section(position: number): string {
    const i = lastAtOrBefore(this.headingStarts, position);
    return i < 0 ? '' : this.headingPaths[i]!;
  }
}
