import { codePointLength } from '../codePoints';
import type { DocumentLine } from './documentLines';
import { headingText } from './headingText';
import { isAttachmentLabel, isSalutation, isTitleLike } from './lineLooks';
import { numberingAt, type NumberedKind, type NumberingMatch } from './numbering';
import type { Section } from './outline';

/** A section with the index of its heading's line. */
export interface LineSection extends Section {
  line: number;
  /** Whether the heading is an item of a list (a run-in paragraph, or a number alone on its line) rather than a title that can hold a list. */
  item: boolean;
}

/** Where an accepted heading goes: how many open sections stay open around it, and at what level it sits. */
interface Placement {
  keep: number;
  /** The line before which the sections it closes end. */
  closeAt: number;
  level: number;
  /** The level of the heading's kind: the level it got where that kind first appeared. */
  kindLevel: number;
}

/**
 * Finds the numbered headings of a document, from line `from` on, and nests
 * them. A numbered line is a heading only where its number runs in sequence:
 * the next number after an open section of its kind (a sibling, closing what
 * is open inside that one), or a 1 (a new list inside the current section),
 * or the next after the last heading of its kind where that kind is not open
 * (lists that number on across their parents, as '3．' under '（二）'). A 1
 * of a kind already open, after a title or an attachment label, starts a new
 * document in the file and closes everything. Elsewhere a 1 right after an
 * item of its own kind (a run-in paragraph or a bare number) starts another
 * list beside that one; after a titled heading of its kind it is a list
 * inside it, as the '一、二、三、' points inside '四、…技术改造…' of the 1981
 * report. A salutation ('各位代表！') starts a new part of a speech: it
 * closes every open section but the outermost.
 */
export function numberedSections(lines: readonly DocumentLine[], from: number): LineSection[] {
  const sections: LineSection[] = [];
  const open: LineSection[] = [];
  const kindLevels = new Map<NumberedKind, number>();
  const lastOrdinals = new Map<NumberedKind, number>();
  /** The first title-like line since the last heading, where another document may begin. */
  let titleBreak: number | null = null;

  const close = (keep: number, before: number): void => {
    while (open.length > keep) open.pop()!.bodyEnd = lines[before - 1]!.end;
  };

  const place = ({ kind, ordinal }: NumberingMatch, at: number): Placement | null => {
    for (let depth = open.length - 1; depth >= 0; depth--) {
      const sibling = open[depth]!;
      if (sibling.numbering.kind === kind && sibling.numbering.ordinal + 1 === ordinal) {
        return { keep: depth, closeAt: at, level: sibling.level, kindLevel: kindLevels.get(kind)! };
      }
    }
    const isOpen = open.some((s) => s.numbering.kind === kind);
    const kindLevel = kindLevels.get(kind);
    if (ordinal === 1 && titleBreak !== null && (isOpen || kindLevel === 1))
      return { keep: 0, closeAt: titleBreak, level: kindLevel!, kindLevel: kindLevel! };
    const inSequence = ordinal === 1 || (!isOpen && ordinal === (lastOrdinals.get(kind) ?? 0) + 1);
    if (!inSequence) return null;
    const innermost = open[open.length - 1];
    if (innermost && innermost.numbering.kind === kind && innermost.item) {
      return { keep: open.length - 1, closeAt: at, level: innermost.level, kindLevel: kindLevel! };
    }
    const ownLevel = kindLevel ?? kindLevels.size + 1;
    return { keep: open.length, closeAt: at, level: innermost ? Math.max(ownLevel, innermost.level + 1) : ownLevel, kindLevel: ownLevel };
  };

  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isSalutation(line.text)) {
      close(1, i);
      continue;
    }
    const numbering = numberingAt(line.text);
    const placement = numbering && place(numbering, i);
    if (!numbering || !placement) {
      if (titleBreak === null && (isTitleLike(line.text) || isAttachmentLabel(line.text))) titleBreak = i;
      continue;
    }
    close(placement.keep, placement.closeAt);
    kindLevels.set(numbering.kind, placement.kindLevel);
    lastOrdinals.set(numbering.kind, numbering.ordinal);
    titleBreak = null;
    const { length, runIn } = headingText(line.text, numbering);
    const label = line.text.slice(0, length);
    const section: LineSection = {
      start: line.start,
      end: line.start + codePointLength(label),
      level: placement.level,
      label,
      numbering: { kind: numbering.kind, ordinal: numbering.ordinal },
      runIn,
      bodyEnd: line.end,
      line: i,
      item: runIn || length <= numbering.length,
    };
    sections.push(section);
    open.push(section);
  }
  close(0, lines.length);
  return sections;
}
