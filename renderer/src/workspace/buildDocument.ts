import { $createHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $createTextNode, $getRoot, type ElementNode } from 'lexical';
import type { OffsetMap } from '../../../electron/shared/codePoints';
import { $createReadingParagraphNode } from './ReadingParagraphNode';
import type { Line, Run } from './segments';
import { $createSpanMarkNode } from './SpanMarkNode';

/** The paint (inline style) of a run covered by `ids`. */
export type PaintOf = (ids: readonly string[]) => string;

function $createLine(map: OffsetMap, line: Line, runs: readonly Run[], paintOf: PaintOf): ElementNode {
  const block: ElementNode =
    line.level > 0
      ? $createHeadingNode(`h${Math.min(line.level + 1, 6)}` as HeadingTagType)
      : $createReadingParagraphNode(map.slice(line.start, line.end));
  for (const run of runs) {
    const text = $createTextNode(map.slice(run.start, run.end));
    if (run.ids.length === 0) {
      block.append(text);
    } else {
      block.append($createSpanMarkNode(run.ids, paintOf(run.ids)).append(text));
    }
  }
  return block;
}

/**
 * Replace the whole document with one block per line, marks built from the
 * runs. Call inside one `editor.update`: building the state in a single update
 * is what keeps long documents quick to open.
 */
export function $buildDocument(map: OffsetMap, lines: readonly Line[], runs: readonly Run[][], paintOf: PaintOf): void {
  const root = $getRoot();
  root.clear();
  root.append(...lines.map((line, i) => $createLine(map, line, runs[i]!, paintOf)));
}

/** Rebuild only the lines at `indices` (their marks changed); the rest of the tree is untouched. */
export function $rebuildLines(
  map: OffsetMap,
  lines: readonly Line[],
  runs: readonly Run[][],
  paintOf: PaintOf,
  indices: Iterable<number>,
): void {
  const root = $getRoot();
  for (const i of indices) {
    const old = root.getChildAtIndex(i);
    const fresh = $createLine(map, lines[i]!, runs[i]!, paintOf);
    if (old) old.replace(fresh);
    else root.append(fresh);
  }
}
