import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import { lineIndexAt, type Line, type SpanRange } from '../../segments';
import { domRangeToOffsets, offsetsToDomRange } from '../domOffsets';
import { MarkSync } from '../markSync';

/** Lines marked in the first update, either side of where the reader starts. */
const FIRST_SCREEN_LINES = 40;
/** Lines marked by the first later update; the next ones are sized from how long it took. */
const FILL_LINES = 60;
/**
 * How long one later update should take. Each commit costs Lexical a pass
 * over the root's children, each listener a look at what changed, and the
 * browser a frame laying out the lines it rebuilt before the next one
 * starts: at 40 ms a 200,000-character text took seven slices and 0.78 s
 * to have every mark, at 100 ms four and 0.69 s (issue 11's benchmark).
 * Input that comes meanwhile waits at most one slice, and only in the half
 * second after the first screen is already marked.
 */
const FILL_BUDGET_MS = 100;
/**
 * The lines are built whole, as their runs say, and no transform is
 * registered for these nodes: Lexical's pass over every new node after an
 * update (merging neighbouring texts, running transforms) finds nothing to
 * do, and took a third of the first update of a long document.
 */
const UPDATE = { discrete: true, skipTransforms: true, tag: SKIP_DOM_SELECTION_TAG } as const;

interface MarkSyncPluginProps {
  map: OffsetMap;
  lines: readonly Line[];
  spans: readonly SpanRange[];
  /** Where the reader starts, as a fraction of the text: the lines there get their marks first. */
  initialScroll: number;
}

/**
 * Rebuilt lines are new text nodes: a selection the reader is making in one
 * of them (say, while the core answers the previous tag) is put back.
 */
function keepSelection(editor: LexicalEditor, map: OffsetMap, lines: readonly Line[], rebuild: () => void): void {
  const root = editor.getRootElement();
  const selection = root?.ownerDocument.getSelection();
  const kept = root && selection && selection.rangeCount > 0 ? domRangeToOffsets(root, selection.getRangeAt(0), map, lines) : null;
  rebuild();
  if (!root || !selection || !kept) return;
  const now = selection.rangeCount > 0 ? domRangeToOffsets(root, selection.getRangeAt(0), map, lines) : null;
  if (now && now.start === kept.start && now.end === kept.end) return;
  const range = offsetsToDomRange(root, kept, map, lines);
  if (range) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

/**
 * The marks follow the stored spans. The first sync shows the whole text
 * with marks on the first screen only; the other lines get theirs a slice
 * per task afterwards, so a long document is readable, and answers input,
 * before its thousands of marks exist. Later syncs rebuild only the lines
 * whose marks changed, before the browser paints.
 */
export function MarkSyncPlugin({ map, lines, spans, initialScroll }: MarkSyncPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const sync = useMemo(() => new MarkSync(map, lines), [map, lines]);
  // Read by the first sync only: later ones rebuild lines wherever they are.
  const focus = useRef(lineIndexAt(lines, Math.floor(initialScroll * map.length)));

  useLayoutEffect(() => {
    keepSelection(editor, map, lines, () => editor.update(() => void sync.$sync(spans, focus.current, FIRST_SCREEN_LINES), UPDATE));
  }, [editor, map, lines, sync, spans]);

  useEffect(() => {
    if (sync.pending === 0) return;
    // A message is a task of its own, as a timeout is, without the 4 ms a chain of timeouts is held back by.
    const channel = new MessageChannel();
    let slice = FILL_LINES;
    channel.port1.onmessage = () => {
      const started = performance.now();
      keepSelection(editor, map, lines, () => editor.update(() => void sync.$fill(slice), UPDATE));
      const took = Math.max(1, performance.now() - started);
      slice = Math.max(FILL_LINES, Math.min(slice * 4, Math.round((slice * FILL_BUDGET_MS) / took)));
      if (sync.pending > 0) channel.port2.postMessage(null);
    };
    // Only from the next frame on: a slice run before it would hold back the first screen's paint.
    const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    return () => {
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, [editor, map, lines, sync]);

  return null;
}
