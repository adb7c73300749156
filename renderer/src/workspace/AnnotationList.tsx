import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { Annotation, Language, Tag } from '../../../electron/shared/model';
import { isMac } from '../shell/lib/platform';
import { isShortcut } from '../shell/lib/shortcuts';
import { QuoteGroupRow, SectionHeadingRow, SpanRow, TagHeadingRow, type SpanContext } from './AnnotationRows';
import { isFocusable, stepRow, type PanelRow } from './panelRows';
import './annotationList.css';
import { useRowFocus } from '../ui/useRowFocus';

interface AnnotationListProps {
  rows: readonly PanelRow[];
  tags: readonly Tag[];
  language: Language;
  activeId: string | null;
  contextOf: (span: Annotation) => SpanContext;
  onShow: (id: string) => void;
  onOpen: (id: string) => void;
  onDelete: (span: Annotation) => void;
  onToggleGroup: (key: string) => void;
}

/** Heights rows are assumed to have until they are measured: most rows hold a tag line, two lines of context and no note. */
const ESTIMATE = { tag: 40, row: 92 } as const;

/**
 * The rows of the annotation panel, virtualised: only the rows in view (and
 * a few beyond) are in the page, each measured as it renders, so thousands
 * of spans scroll as lightly as a dozen. The list is one tab stop (roving
 * tabindex): ↑/↓, Home and End move, Enter opens a span's popover or a group,
 * ←/→ close and open a group, Delete deletes a span (an undoable change).
 * Memoised: a new highlight re-renders the workspace before it is painted,
 * and the list, whose rows follow a frame later, need not render with it.
 */
export const AnnotationList = memo(function AnnotationList({
  rows,
  tags,
  language,
  activeId,
  contextOf,
  onShow,
  onOpen,
  onDelete,
  onToggleGroup,
}: AnnotationListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const focusWanted = useRowFocus(scroller, current, 'data-row-key');
  const tagOf = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);

  const currentIndex = current === null ? -1 : rows.findIndex((row) => row.key === current);
  const stop = currentIndex >= 0 ? currentIndex : rows.findIndex(isFocusable);

  // The row holding the tab stop stays in the page while scrolled away: Tab still reaches the list, and a focused row is never dropped.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (stop < 0 || indexes.includes(stop)) return indexes;
      return [...indexes, stop].sort((a, b) => a - b);
    },
    [stop],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'tag' || rows[index]?.kind === 'section' ? ESTIMATE.tag : ESTIMATE.row),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
    rangeExtractor,
    useFlushSync: false,
  });

  const moveTo = (index: number) => {
    const row = rows[index];
    if (!row) return;
    focusWanted.current = true;
    setCurrent(row.key);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const row = rows[index]!;
    if (isShortcut('panelMove', event, isMac)) {
      const target = stepRow(rows, index, event.key);
      event.preventDefault();
      if (target !== null) moveTo(target);
      return;
    }
    if (row.kind === 'quotes') {
      if (isShortcut('panelGroup', event, isMac) && (event.key === 'ArrowRight') !== row.expanded) {
        event.preventDefault();
        onToggleGroup(row.key);
      }
      return;
    }
    if (row.kind !== 'span') return;
    if (isShortcut('panelOpen', event, isMac)) {
      event.preventDefault();
      onOpen(row.span.id);
    } else if (isShortcut('panelDelete', event, isMac)) {
      event.preventDefault();
      // The focus goes on to the next row (the previous one at the end) once this one is gone.
      const next = stepRow(rows, index, 'ArrowDown') ?? stepRow(rows, index, 'ArrowUp');
      if (next !== null) {
        focusWanted.current = true;
        setCurrent(rows[next]!.key);
      }
      onDelete(row.span);
    } else if (event.key === 'ArrowLeft' && row.nested) {
      event.preventDefault();
      const group = rows.findLastIndex((r, i) => i < index && r.kind === 'quotes');
      if (group >= 0) moveTo(group);
    }
  };

  const onFocus = (key: string) => () => setCurrent(key);

  return (
    <div className="ws-panel-list" ref={scroller}>
      <div role="list" className="ws-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const button = { rowKey: row.key, tabStop: item.index === stop, onKeyDown: onKeyDown(item.index), onFocus: onFocus(row.key) };
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={row.kind === 'span' && row.nested ? 'ws-row ws-row-nested' : 'ws-row'}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'section' ? (
                <SectionHeadingRow path={row.path} count={row.count} />
              ) : row.kind === 'tag' ? (
                <TagHeadingRow tag={row.tag} count={row.count} language={language} />
              ) : row.kind === 'quotes' ? (
                <QuoteGroupRow
                  {...button}
                  quote={row.quote}
                  count={row.spans.length}
                  tag={tagOf.get(row.tag)}
                  tagId={row.tag}
                  language={language}
                  expanded={row.expanded}
                  onClick={() => onToggleGroup(row.key)}
                />
              ) : (
                <SpanRow
                  {...button}
                  span={row.span}
                  tag={tagOf.get(row.span.tag)}
                  language={language}
                  context={contextOf(row.span)}
                  nested={row.nested}
                  active={row.span.id === activeId}
                  onClick={() => onShow(row.span.id)}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});
