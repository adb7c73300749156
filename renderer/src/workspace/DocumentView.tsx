import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useImperativeHandle, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode, type Ref } from 'react';
import { SKIP_DOM_SELECTION_TAG } from 'lexical';
import type { OffsetMap } from '../../../electron/shared/codePoints';
import type { PaintOf } from './buildDocument';
import { domRangeToOffsets, offsetToDomPoint, offsetsToDomRange } from './domOffsets';
import { EDITOR_NODES } from './editorNodes';
import { MarkSync } from './markSync';
import { lineIndexAt, type Line, type SpanRange } from './segments';
import { trimRange, type TextRange } from './trimRange';

/** What the workspace may ask of the document view. */
export interface DocumentViewHandle {
  /** The selected text as a trimmed code-point range, or null when nothing in the document is selected. */
  selection(): TextRange | null;
  clearSelection(): void;
  /** Scroll a span into the middle of the view; `flash` briefly highlights it. */
  reveal(id: string, flash: boolean): void;
  /** Outline one span (the one the popover edits), or none. */
  setActive(id: string | null): void;
  /** Paint find matches, the current one stronger, and scroll it into view. */
  showMatches(matches: readonly TextRange[], current: number): void;
  /** The first on-screen box of a span, to anchor a popover to. */
  rectOf(id: string): DOMRect | null;
}

export interface DocumentViewProps {
  map: OffsetMap;
  lines: readonly Line[];
  spans: readonly SpanRange[];
  paintOf: PaintOf;
  /** Changes whenever tag colours do, so that every mark is repainted. */
  palette: string;
  label: string;
  /**
   * Where the reader was, as a fraction of the text (in code points) at the top
   * of the view. The text, not pixels: off-screen paragraphs have estimated
   * heights (content-visibility), and the window's width changes the layout,
   * but the same fraction of the text is the same place.
   */
  initialScroll: number;
  onScroll: (fraction: number) => void;
  onMarkClick: (ids: string[], anchor: DOMRect) => void;
  /** Shown under the text, outside the editor (the document's source). */
  footer?: ReactNode;
  onContextMenu: (range: TextRange, x: number, y: number) => void;
  handle: Ref<DocumentViewHandle>;
}

const THEME = {
  paragraph: 'ws-p',
  heading: { h1: 'ws-h ws-h1', h2: 'ws-h ws-h2', h3: 'ws-h ws-h3', h4: 'ws-h ws-h4', h5: 'ws-h ws-h5', h6: 'ws-h ws-h6' },
  mark: 'ws-mark',
  markOverlap: 'ws-mark-overlap',
};

/** Lines marked in the first update, either side of where the reader starts. */
const FIRST_SCREEN_LINES = 40;
/** Lines marked per later update: small enough for one frame. */
const FILL_LINES = 60;

/** Caret keys and how Selection.modify moves for them. */
const CARET_KEYS: Record<string, [direction: 'backward' | 'forward', granularity: string]> = {
  ArrowLeft: ['backward', 'character'],
  ArrowRight: ['forward', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
  Home: ['backward', 'lineboundary'],
  End: ['forward', 'lineboundary'],
};

function byIds(root: HTMLElement, id: string): NodeListOf<HTMLElement> {
  return root.querySelectorAll<HTMLElement>(`mark[data-ids~="${CSS.escape(id)}"]`);
}

/** The fraction of the text at the top edge of the scroller: found by a binary search over the line blocks. */
function textFractionAtTop(root: HTMLElement, scroller: HTMLElement, lines: readonly Line[], length: number): number {
  if (scroller.scrollTop <= 0 || length === 0) return 0;
  const top = scroller.getBoundingClientRect().top;
  const blocks = root.children;
  let lo = 0;
  let hi = Math.min(blocks.length, lines.length) - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.getBoundingClientRect().bottom <= top) lo = mid + 1;
    else hi = mid;
  }
  const box = blocks[lo]?.getBoundingClientRect();
  const line = lines[lo];
  if (!box || !line) return 0;
  const within = box.height > 0 ? Math.max(0, Math.min(1, (top - box.top) / box.height)) : 0;
  return Math.min(1, (line.start + within * (line.end - line.start)) / length);
}

/**
 * The document in a read-only Lexical editor. The text is never editable
 * (contenteditable=false), so typing and pasting cannot change it; keyboard
 * selection is provided with Selection.modify, which Chromium supports on
 * read-only text. Marks are rebuilt from the spans on every change.
 */
export function DocumentView(props: DocumentViewProps) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'pizhu-document',
      nodes: EDITOR_NODES,
      editable: false,
      theme: THEME,
      onError: (error: Error) => {
        throw error;
      },
    }),
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <DocumentBody {...props} />
    </LexicalComposer>
  );
}

function DocumentBody({ map, lines, spans, paintOf, palette, label, initialScroll, onScroll, onMarkClick, onContextMenu, handle, footer }: DocumentViewProps) {
  const [editor] = useLexicalComposerContext();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sync = useMemo(() => new MarkSync(map, lines), [map, lines]);
  const active = useRef<string | null>(null);
  const matches = useRef<{ list: readonly TextRange[]; current: number }>({ list: [], current: -1 });
  const restored = useRef(false);

  const root = () => editor.getRootElement();

  // The outlined marks are remembered rather than queried: a class query walks every node of a long document.
  const outlined = useRef<HTMLElement[]>([]);
  const paintActive = () => {
    const el = root();
    if (!el) return;
    for (const old of outlined.current) old.classList.remove('ws-active');
    outlined.current = active.current ? [...byIds(el, active.current)] : [];
    for (const mark of outlined.current) mark.classList.add('ws-active');
  };

  // Rebuilt lines are new DOM: a selection the reader is making in one of them (say, while the core answers the previous tag) is put back.
  const keepSelection = (rebuild: () => void) => {
    const el = root();
    const selection = getSelection();
    const kept = el && selection && selection.rangeCount > 0 ? domRangeToOffsets(el, selection.getRangeAt(0), map, lines) : null;
    rebuild();
    if (!el || !selection || !kept) return;
    const now = selection.rangeCount > 0 ? domRangeToOffsets(el, selection.getRangeAt(0), map, lines) : null;
    if (now && now.start === kept.start && now.end === kept.end) return;
    const range = offsetsToDomRange(el, kept, map, lines);
    if (range) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  };

  const paintMatches = () => {
    const el = root();
    if (!el || typeof CSS.highlights === 'undefined') return;
    const all: Range[] = [];
    let current: Range | null = null;
    matches.current.list.forEach((m, i) => {
      const range = offsetsToDomRange(el, m, map, lines);
      if (!range) return;
      if (i === matches.current.current) current = range;
      else all.push(range);
    });
    CSS.highlights.set('ws-find', new Highlight(...all));
    if (current) CSS.highlights.set('ws-find-current', new Highlight(current));
    else CSS.highlights.delete('ws-find-current');
  };

  useLayoutEffect(() => {
    const focus = lineIndexAt(lines, Math.floor(initialScroll * map.length));
    keepSelection(() =>
      editor.update(() => void sync.$sync(spans, paintOf, focus, FIRST_SCREEN_LINES, palette), { discrete: true, tag: SKIP_DOM_SELECTION_TAG }),
    );
    // A new block under content-visibility:auto costs an extra rendering pass before it shows; the reader is looking at the ones just retagged.
    for (const i of sync.changed) root()?.children[i]?.classList.add('ws-live');
    paintActive();
    if (matches.current.list.length) paintMatches();
    const scroller = scrollRef.current;
    if (!restored.current && scroller) {
      restored.current = true;
      const block = root()?.children[focus];
      const line = lines[focus];
      if (initialScroll > 0 && block && line) {
        const restore = () => {
          block.scrollIntoView({ block: 'start' });
          const within = line.end > line.start ? (initialScroll * map.length - line.start) / (line.end - line.start) : 0;
          scroller.scrollTop += Math.max(0, Math.min(1, within)) * block.getBoundingClientRect().height;
        };
        restore();
        // Paragraphs above the target have estimated heights (content-visibility) until they render; once the
        // retagged ones have rendered at their real size, the same line must be put at the top again.
        requestAnimationFrame(() => requestAnimationFrame(restore));
      }
    }
    if (sync.pending > 0) fill();
    // paintActive, paintMatches and initialScroll are read through refs or only once; the marks follow spans and paint.
  }, [editor, sync, spans, paintOf, palette]);

  // The marks of lines off the first screen arrive a slice per task, so the page answers input meanwhile.
  const filling = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fill = () => {
    if (filling.current !== null) return;
    filling.current = setTimeout(() => {
      filling.current = null;
      keepSelection(() => editor.update(() => void sync.$fill(FILL_LINES), { discrete: true, tag: SKIP_DOM_SELECTION_TAG }));
      paintActive();
      if (matches.current.list.length) paintMatches();
      if (sync.pending > 0) fill();
    });
  };

  useLayoutEffect(
    () => () => {
      if (filling.current !== null) clearTimeout(filling.current);
      CSS.highlights?.delete('ws-find');
      CSS.highlights?.delete('ws-find-current');
    },
    [],
  );

  useImperativeHandle(handle, () => ({
    selection() {
      const el = root();
      const selection = getSelection();
      if (!el || !selection || selection.rangeCount === 0) return null;
      const range = domRangeToOffsets(el, selection.getRangeAt(0), map, lines);
      return range && trimRange(map, range);
    },
    clearSelection() {
      getSelection()?.removeAllRanges();
    },
    reveal(id, flash) {
      const el = root();
      const first = el && byIds(el, id)[0];
      if (!el || !first) return;
      first.scrollIntoView({ block: 'center' });
      if (!flash) return;
      const marks = [...byIds(el, id)];
      for (const mark of marks) mark.classList.remove('ws-flash');
      // Re-adding the class in the next frame restarts the animation when the same span is flashed twice.
      requestAnimationFrame(() => {
        for (const mark of marks) mark.classList.add('ws-flash');
        setTimeout(() => marks.forEach((mark) => mark.classList.remove('ws-flash')), 1300);
      });
    },
    setActive(id) {
      active.current = id;
      paintActive();
    },
    showMatches(list, current) {
      matches.current = { list, current };
      paintMatches();
      const el = root();
      const match = list[current];
      if (!el || !match) return;
      const point = offsetToDomPoint(el, match.start, map, lines);
      const target = point && (point.node instanceof Element ? point.node : point.node.parentElement);
      target?.scrollIntoView({ block: 'center' });
    },
    rectOf(id) {
      const el = root();
      const first = el && byIds(el, id)[0];
      return first ? first.getBoundingClientRect() : null;
    },
  }));

  const onKeyDown = (event: KeyboardEvent) => {
    const el = root();
    const selection = getSelection();
    if (!el || !selection) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      selection.selectAllChildren(el);
      return;
    }
    const caret = CARET_KEYS[event.key];
    if (!caret || event.altKey) return;
    event.preventDefault();
    if (selection.rangeCount === 0 || !el.contains(selection.anchorNode)) {
      const start = offsetToDomPoint(el, 0, map, lines);
      if (start) selection.collapse(start.node, start.offset);
    }
    const [direction, unit] = caret;
    const granularity = (event.ctrlKey || event.metaKey) && unit === 'character' ? 'word' : unit;
    selection.modify(event.shiftKey ? 'extend' : 'move', direction, granularity);
  };

  const onClick = (event: MouseEvent) => {
    const selection = getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (event.target as Element).closest?.('mark[data-ids]');
    if (!(mark instanceof HTMLElement) || !mark.dataset.ids) return;
    onMarkClick(mark.dataset.ids.split(' '), mark.getBoundingClientRect());
  };

  const onMenu = (event: MouseEvent) => {
    const el = root();
    const selection = getSelection();
    if (!el || !selection || selection.rangeCount === 0) return;
    const range = domRangeToOffsets(el, selection.getRangeAt(0), map, lines);
    const trimmed = range && trimRange(map, range);
    if (!trimmed) return;
    event.preventDefault();
    onContextMenu(trimmed, event.clientX, event.clientY);
  };

  return (
    <div
      className="ws-doc-scroll"
      ref={scrollRef}
      onScroll={(event) => {
        const el = root();
        if (el) onScroll(textFractionAtTop(el, event.currentTarget, lines, map.length));
      }}
    >
      <article className="ws-doc" onKeyDown={onKeyDown} onClick={onClick} onContextMenu={onMenu}>
        <ContentEditable className="ws-doc-text" aria-label={label} aria-multiline tabIndex={0} />
        {footer}
      </article>
    </div>
  );
}
