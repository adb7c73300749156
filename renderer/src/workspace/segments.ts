import { spanPieces } from '../../../electron/shared/fragments';
import type { Fragment, Heading } from '../../../electron/shared/model';

/** What the mark builder needs of a stored span: its id and code-point range. */
export interface SpanRange {
  id: string;
  start: number;
  end: number;
  /** What decides the span's paint (its tag); a span whose tag changes must be repainted. */
  tag?: string;
  /** The pieces of a discontinuous span: it is painted in each, under its one id, and not between them. */
  fragments?: readonly Fragment[];
}

/**
 * One line of the document (a paragraph, or a heading when `level` > 0), in
 * code points. `end` is where its '\n' (or the text's end) is; the '\n'
 * itself belongs to no line, as Lexical has no node for it.
 */
export interface Line {
  start: number;
  end: number;
  level: number;
}

/**
 * A maximal stretch of one line covered by the same set of spans. `ids` is
 * empty for plain text and otherwise lists every covering span, innermost
 * (shortest) first: marks are flat, and overlaps merge ids rather than nest.
 */
export interface Run {
  start: number;
  end: number;
  ids: string[];
}

/** The lines of `text` (split at '\n', counted in code points), headings marked by their level. */
export function splitLines(text: string, headings: readonly Heading[]): Line[] {
  const lines: Line[] = [];
  let cp = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push({ start: lineStart, end: cp, level: 0 });
      lineStart = cp + 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    cp++;
  }
  lines.push({ start: lineStart, end: cp, level: 0 });
  for (const h of headings) {
    const line = lines[lineIndexAt(lines, h.start)];
    if (line && h.end > h.start) line.level = h.level;
  }
  return lines;
}

/** Index of the line holding code point `offset` (a '\n' counts as the end of its line). */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function innermostFirst(a: SpanRange, b: SpanRange): number {
  return a.end - a.start - (b.end - b.start) || b.start - a.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The runs of every line, in one sweep over span boundaries: each line's runs
 * cover it exactly, so their texts concatenate to the line's text. Empty
 * spans, and spans outside the text, produce nothing.
 */
export function buildRuns(lines: readonly Line[], spans: readonly SpanRange[]): Run[][] {
  const textEnd = lines.length ? lines[lines.length - 1]!.end : 0;
  const opening = new Map<number, SpanRange[]>();
  const closing = new Map<number, SpanRange[]>();
  const points = new Set<number>();
  for (const line of lines) {
    points.add(line.start);
    points.add(line.end);
  }
  for (const span of spans) {
    for (const piece of spanPieces(span)) {
      const start = Math.max(0, piece.start);
      const end = Math.min(textEnd, piece.end);
      if (end <= start) continue;
      (opening.get(start) ?? opening.set(start, []).get(start)!).push(span);
      (closing.get(end) ?? closing.set(end, []).get(end)!).push(span);
      points.add(start);
      points.add(end);
    }
  }
  const sorted = [...points].sort((a, b) => a - b);
  const runs: Run[][] = lines.map(() => []);
  const active = new Set<SpanRange>();
  let ids: string[] = [];
  let li = 0;
  for (let i = 0; i < sorted.length - 1; i++) {
    const p = sorted[i]!;
    const closed = closing.get(p);
    const opened = opening.get(p);
    if (closed) for (const s of closed) active.delete(s);
    if (opened) for (const s of opened) active.add(s);
    if (closed || opened) ids = [...active].sort(innermostFirst).map((s) => s.id);
    while (li < lines.length && lines[li]!.end <= p) li++;
    const line = lines[li];
    if (!line || p < line.start) continue;
    runs[li]!.push({ start: p, end: Math.min(sorted[i + 1]!, line.end), ids });
  }
  return runs;
}

/** A key that changes whenever a line's runs would render differently; lines with equal keys need no update. */
export function runsKey(runs: readonly Run[], paintOf: (ids: readonly string[]) => string): string {
  let key = '';
  for (const run of runs) key += `${run.start}-${run.end}:${run.ids.join(' ')}|${run.ids.length ? paintOf(run.ids) : ''};`;
  return key;
}
