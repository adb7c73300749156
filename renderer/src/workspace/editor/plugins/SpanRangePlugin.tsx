import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type PointerEvent as ReactPointerEvent } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import { useT } from '../../../i18n/i18n';
import { isTyping } from '../../../keys';
import { isMac } from '../../../shell/lib/platform';
import { isShortcut } from '../../../shell/lib/shortcuts';
import type { Line } from '../../segments';
import type { TextRange } from '../../trimRange';
import type { WordBoundaries } from '../../wordBoundaries';
import { workspaceStrings } from '../../workspaceStrings';
import { offsetsToDomRange } from '../domOffsets';
import { caretOffsetAt, charBox } from '../domRanges';
import { tagColorVar } from '../paint';
import { dragEdge, stepEdge, type Edge } from '../spanEdges';

interface SpanRangePluginProps {
  map: OffsetMap;
  lines: readonly Line[];
  /** The active span (its popover is open): its edges get handles, and its keys move them. */
  span: { id: string; start: number; end: number; tag: string } | null;
  /** The word boundaries edges move to, or null to move them by characters. */
  words: WordBoundaries | null;
  /** A new range for the span, once an edge is let go or a key has moved it. */
  onResize: (id: string, range: TextRange) => void;
}

interface Place {
  left: number;
  top: number;
  height: number;
}

const PREVIEW = 'ws-edge-preview';
const DRAGGING = 'ws-edge-dragging';

/** Where the handles of `range` go in `layer`: the start's on the left of its first character, the end's on the right of its last. */
function placeEdges(root: HTMLElement, layer: HTMLElement, range: TextRange, map: OffsetMap, lines: readonly Line[]) {
  const origin = layer.getBoundingClientRect();
  const at = (box: DOMRect | null, x: 'left' | 'right'): Place | null =>
    box && { left: box[x] - origin.left, top: box.top - origin.top, height: box.height };
  return {
    start: at(charBox(root, range.start, map, lines), 'left'),
    end: at(charBox(root, range.end - 1, map, lines), 'right'),
  };
}

/**
 * Changing the active span's range. Each edge has a handle to drag, and
 * Shift+Alt+←/→ (the end) or Ctrl+Shift+Alt+←/→ (the start) move it a
 * character, or a word when snapping is on. A drag shows where the span
 * would go as a highlight and changes the span only when it is let go, as one
 * change; it takes the pointer, so it never selects text (and so can never
 * tag any).
 */
export function SpanRangePlugin({ map, lines, span, words, onResize }: SpanRangePluginProps) {
  const [editor] = useLexicalComposerContext();
  const { t } = useT(workspaceStrings);
  const layer = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ edge: Edge; range: TextRange } | null>(null);
  const [places, setPlaces] = useState<ReturnType<typeof placeEdges> | null>(null);
  const stopDrag = useRef<((commit: boolean) => void) | null>(null);
  const shown = drag?.range ?? span;
  const [shownStart, shownEnd] = shown ? [shown.start, shown.end] : [-1, -1];

  // The text moves when the column's width changes or paragraphs above render at their real height.
  useLayoutEffect(() => {
    const root = editor.getRootElement();
    const box = layer.current;
    if (shownStart < 0 || !root || !box) {
      setPlaces(null);
      return;
    }
    const place = () => setPlaces(placeEdges(root, box, { start: shownStart, end: shownEnd }, map, lines));
    place();
    const observer = new ResizeObserver(place);
    observer.observe(root);
    return () => observer.disconnect();
  }, [editor, map, lines, shownStart, shownEnd]);

  useLayoutEffect(() => {
    const root = editor.getRootElement();
    const range = drag && root && offsetsToDomRange(root, drag.range, map, lines);
    if (!range) return;
    CSS.highlights.set(PREVIEW, new Highlight(range));
    return () => void CSS.highlights.delete(PREVIEW);
  }, [editor, map, lines, drag]);

  // A drag ends with its span: when the popover closes, or the span changes under it (an undo).
  useEffect(() => () => stopDrag.current?.(false), [span?.id, span?.start, span?.end]);

  useEffect(() => {
    if (!span) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const edge: Edge | null = isShortcut('spanStart', event, isMac) ? 'start' : isShortcut('spanEnd', event, isMac) ? 'end' : null;
      if (!edge) return;
      event.preventDefault();
      const next = stepEdge(map, span, edge, event.key === 'ArrowLeft' ? -1 : 1, words);
      if (next.start !== span.start || next.end !== span.end) onResize(span.id, next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [map, span, words, onResize]);

  const begin = (edge: Edge) => (event: ReactPointerEvent) => {
    const root = editor.getRootElement();
    if (event.button !== 0 || !span || !root) return;
    // No selection starts, no focus moves: the pointer is the handle's until it is let go.
    event.preventDefault();
    const origin: TextRange = { start: span.start, end: span.end };
    let range = origin;
    const move = (e: PointerEvent) => {
      const at = caretOffsetAt(root, e.clientX, e.clientY, map, lines);
      if (at === null) return;
      const next = dragEdge(map, origin, edge, at, words);
      if (next.start === range.start && next.end === range.end) return;
      range = next;
      setDrag({ edge, range });
    };
    const up = () => stop(true);
    const cancel = () => stop(false);
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // The popover would close on this Escape too; it only ends the drag.
      e.preventDefault();
      e.stopPropagation();
      stop(false);
    };
    const stop = (commit: boolean) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', escape, true);
      root.ownerDocument.documentElement.classList.remove(DRAGGING);
      stopDrag.current = null;
      setDrag(null);
      if (commit && (range.start !== origin.start || range.end !== origin.end)) onResize(span.id, range);
    };
    stopDrag.current = stop;
    root.ownerDocument.documentElement.classList.add(DRAGGING);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', escape, true);
    setDrag({ edge, range });
  };

  const handle = (edge: Edge, place: Place | null | undefined) =>
    span &&
    place && (
      <div
        className={`ws-edge ws-edge-${edge}${drag?.edge === edge ? ' ws-edge-moving' : ''}`}
        data-span-edge={edge}
        title={t(edge === 'start' ? 'edgeStart' : 'edgeEnd')}
        style={{ left: place.left, top: place.top, height: place.height, '--mark': `var(${tagColorVar(span.tag)})` } as CSSProperties}
        onPointerDown={begin(edge)}
      />
    );

  // Pointer affordances only: the keys in the popover do the same, and name themselves there.
  return (
    <div ref={layer} className="ws-edges" aria-hidden="true">
      {handle('start', places?.start)}
      {handle('end', places?.end)}
    </div>
  );
}
