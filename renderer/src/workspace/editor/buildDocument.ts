import { $createHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $createTextNode, $getNodeByKey, $getRoot, $isElementNode, type ElementNode, type LexicalNode, type NodeKey } from 'lexical';
import type { OffsetMap } from '../../../../electron/shared/codePoints';
import type { Line, Run } from '../segments';
import { $createLineChunkNode } from './nodes/LineChunkNode';
import { $createReadingParagraphNode } from './nodes/ReadingParagraphNode';
import { $createSpanMarkNode } from './nodes/SpanMarkNode';

/** The paint (inline style) of a run covered by `ids`. */
export type PaintOf = (ids: readonly string[]) => string;

function $createRuns(map: OffsetMap, runs: readonly Run[], paintOf: PaintOf): LexicalNode[] {
  return runs.map((run) => {
    const text = $createTextNode(map.slice(run.start, run.end));
    return run.ids.length === 0 ? text : $createSpanMarkNode(run.ids, paintOf(run.ids)).append(text);
  });
}

function $createLine(map: OffsetMap, line: Line, runs: readonly Run[], paintOf: PaintOf): ElementNode {
  const block: ElementNode =
    line.level > 0
      ? $createHeadingNode(`h${Math.min(line.level + 1, 6)}` as HeadingTagType)
      : $createReadingParagraphNode(map.slice(line.start, line.end));
  return block.append(...$createRuns(map, runs, paintOf));
}

/**
 * Lines per chunk. A commit that rebuilds one line walks the root's chunks
 * and that line's chunk, so the walk is shortest near the square root of
 * the line count: 250 suits the 62,537 lines of a 30 MB text, and a
 * 200,000-character one (1,321 lines) still gets six chunks.
 */
export const CHUNK_LINES = 250;

/**
 * Replace the whole document with one block per line, grouped in chunks of
 * `chunkLines` (lineBlocks.ts), marks built from the runs, and return the
 * blocks' keys in line order. Call inside one `editor.update`: building the
 * state in a single update is what keeps long documents quick to open.
 */
export function $buildDocument(
  map: OffsetMap,
  lines: readonly Line[],
  runs: readonly Run[][],
  paintOf: PaintOf,
  chunkLines = CHUNK_LINES,
): NodeKey[] {
  const root = $getRoot();
  root.clear();
  const blocks = lines.map((line, i) => $createLine(map, line, runs[i]!, paintOf));
  const chunks: ElementNode[] = [];
  for (let i = 0; i < blocks.length; i += chunkLines) chunks.push($createLineChunkNode().append(...blocks.slice(i, i + chunkLines)));
  root.append(...chunks);
  return blocks.map((block) => block.getKey());
}

/**
 * Rebuild the runs of the lines at `indices` inside their blocks. The blocks
 * themselves stay: the lists of children of the root and the chunks are
 * unchanged, which lets Lexical reconcile only the dirty blocks instead of
 * diffing thousands of keys, and the browser keeps each block's element (and the layout
 * content-visibility has already done for it).
 */
export function $rebuildLines(
  map: OffsetMap,
  runs: readonly Run[][],
  paintOf: PaintOf,
  blocks: readonly NodeKey[],
  indices: Iterable<number>,
): void {
  for (const i of indices) {
    const block = $getNodeByKey(blocks[i]!);
    if (!$isElementNode(block)) throw new Error(`line ${i} has no block`);
    block.splice(0, block.getChildrenSize(), $createRuns(map, runs[i]!, paintOf));
  }
}
