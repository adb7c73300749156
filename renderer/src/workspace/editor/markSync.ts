import { $setSelection, type NodeKey } from 'lexical';
import type { OffsetMap } from '../../../../electron/shared/codePoints';
import { buildRuns, lineIndexAt, runsKey, type Line, type Run, type SpanRange } from '../segments';
import { $buildDocument, $rebuildLines, CHUNK_LINES, type PaintOf } from './buildDocument';
import { paintStyle } from './paint';

/**
 * Keeps one document's marks equal to the stored spans. The first sync shows
 * the whole text but marks only the lines around `focus` (the first screen);
 * the other lines start as plain text and get their marks from `$fill`, a
 * slice at a time, so a long document is readable before all its thousands of
 * marks exist. Later syncs rebuild only the marked lines whose runs or paint
 * changed, so tagging one span in a long document touches one paragraph.
 * A mark's paint names its spans' tags, not colours: recolouring a tag is
 * no change here at all.
 */
export class MarkSync {
  /** Each line's key as built, or null while it still waits for its marks. */
  private keys: (string | null)[] | null = null;
  /** The block of each line, by Lexical key: blocks are built once and only their runs are rebuilt. */
  private blocks: NodeKey[] = [];
  private runs: Run[][] = [];
  private paint: PaintOf = () => '';
  private waiting: number[] = [];
  /** Each span as last synced: what tells a later sync which lines it must redo. */
  private seen = new Map<string, SpanRange>();

  /**
   * @param sweepAbove how many changed spans make one sweep over all lines cheaper than redoing lines one by one.
   * @param chunkLines lines per chunk of the document (buildDocument.ts).
   */
  constructor(
    readonly map: OffsetMap,
    readonly lines: readonly Line[],
    private readonly sweepAbove = 64,
    private readonly chunkLines = CHUNK_LINES,
  ) {}

  /** Lines still shown without their marks. */
  get pending(): number {
    return this.waiting.length;
  }

  /**
   * Bring the editor's marks in line with `spans`; call inside `editor.update`.
   * On the first call only lines within `window` lines of `focus` get marks.
   * Returns how many lines were rebuilt.
   */
  $sync(spans: readonly SpanRange[], focus = 0, window = Infinity): number {
    // Lexical follows the DOM selection even when read-only; lines rebuilt below would leave it on removed nodes.
    $setSelection(null);
    const seen = new Map(spans.map((span) => [span.id, span]));
    const cache = new Map<string, string>();
    const tagOf = (id: string) => seen.get(id)?.tag;
    this.paint = (ids) => {
      const key = ids.join(' ');
      let style = cache.get(key);
      if (style === undefined) cache.set(key, (style = paintStyle(ids, tagOf)));
      return style;
    };
    const previous = this.keys;
    if (!previous) {
      this.seen = seen;
      this.runs = buildRuns(this.lines, spans);
      const marked = (i: number) => Math.abs(i - focus) <= window || this.runs[i]!.every((run) => run.ids.length === 0);
      const shown = this.runs.map((runs, i) => (marked(i) ? runs : plain(this.lines[i]!)));
      this.blocks = $buildDocument(this.map, this.lines, shown, this.paint, this.chunkLines);
      // A waiting line's key is made when it is filled: the first screen does not wait for the paint of every mark.
      this.keys = this.runs.map((runs, i) => (marked(i) ? runsKey(runs, this.paint) : null));
      this.waiting = this.keys.flatMap((key, i) => (key === null ? [i] : []));
      return this.lines.length;
    }
    const dirty = this.dirtyLines(spans, seen);
    this.seen = seen;
    // Many changes (tag all matches, an undo of one): one sweep over all lines beats a span scan per line.
    const all = dirty === null ? buildRuns(this.lines, spans) : null;
    const changed: number[] = [];
    for (const i of dirty ?? this.lines.keys()) {
      const line = this.lines[i]!;
      const runs = all
        ? all[i]!
        : buildRuns(
            [line],
            spans.filter((span) => span.start < line.end && span.end > line.start),
          )[0]!;
      this.runs[i] = runs;
      if (previous[i] === null) continue;
      const key = runsKey(runs, this.paint);
      if (previous[i] !== key) {
        previous[i] = key;
        changed.push(i);
      }
    }
    $rebuildLines(this.map, this.runs, this.paint, this.blocks, changed);
    return changed.length;
  }

  /** The lines touched by spans that were added, removed, moved or retagged since the last sync, ascending; null for too many to list. */
  private dirtyLines(spans: readonly SpanRange[], seen: Map<string, SpanRange>): number[] | null {
    const ranges: SpanRange[] = [];
    // Unchanged spans are usually the very same objects, so most comparisons stop at identity.
    for (const [id, span] of this.seen) if (!same(seen.get(id), span)) ranges.push(span);
    for (const [id, span] of seen) if (!same(this.seen.get(id), span)) ranges.push(span);
    if (ranges.length > this.sweepAbove) return null;
    const dirty = new Set<number>();
    for (const { start, end } of ranges) {
      const last = lineIndexAt(this.lines, Math.max(start, end - 1));
      for (let i = lineIndexAt(this.lines, start); i <= last; i++) dirty.add(i);
    }
    return [...dirty].sort((a, b) => a - b);
  }

  /** Give up to `count` more waiting lines their marks (nearest the start first); call inside `editor.update`. */
  $fill(count: number): number {
    if (!this.keys) return 0;
    $setSelection(null);
    const slice = this.waiting.splice(0, count);
    for (const i of slice) this.keys[i] = runsKey(this.runs[i]!, this.paint);
    $rebuildLines(this.map, this.runs, this.paint, this.blocks, slice);
    return slice.length;
  }
}

function same(a: SpanRange | undefined, b: SpanRange): boolean {
  return a === b || (a !== undefined && a.start === b.start && a.end === b.end && a.tag === b.tag && samePieces(a.fragments, b.fragments));
}

function samePieces(a: SpanRange['fragments'], b: SpanRange['fragments']): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((f, i) => f.start === b[i]!.start && f.end === b[i]!.end);
}

/** A line as one plain run: its text without marks. */
function plain(line: Line): Run[] {
  return line.end > line.start ? [{ start: line.start, end: line.end, ids: [] }] : [];
}
