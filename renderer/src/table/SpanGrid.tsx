import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import type { SpanEntry } from '../../../electron/shared/table/spanEntries';
import type { SpanSort } from '../../../electron/shared/table/sortSpans';
import type { SpanColumnId } from '../../../electron/shared/table/spanColumns';
import { useT } from '../i18n/i18n';
import { isMac } from '../shell/lib/platform';
import { useRowFocus } from '../ui/useRowFocus';
import type { CellContext, SpanColumnView } from './spanColumnViews';
import { tableStrings } from './tableStrings';

/** A line of the grid: a group's heading, or a span. */
export type GridItem =
  | { kind: 'group'; key: string; label: string; count: number; ids: readonly string[]; collapsed: boolean }
  | { kind: 'span'; key: string; entry: SpanEntry };

/**
 * The grid's lines, made as they are asked for: 50,000 rows in no groups
 * are never copied into 50,000 line objects on each sort.
 */
export interface GridItems {
  length: number;
  at: (index: number) => GridItem;
  /** The index of the line with this key, -1 when there is none. */
  indexOf: (key: string) => number;
}

const ROW_HEIGHT = 34;
const PAGE = 15;

interface SpanGridProps {
  items: GridItems;
  columns: readonly SpanColumnView[];
  cellContext: CellContext;
  sort: SpanSort | null;
  onSort: (column: SpanColumnId) => void;
  selected: ReadonlySet<string>;
  /** Select or unselect rows; `range` extends from the last row picked (Shift). */
  onSelect: (ids: readonly string[], on: boolean) => void;
  onSelectRange: (toKey: string) => void;
  onSelectAll: () => void;
  allSelected: boolean;
  someSelected: boolean;
  onOpen: (entry: SpanEntry) => void;
  onToggleGroup: (key: string) => void;
  onDelete: () => void;
}

/**
 * The span table's rows, virtualised: only the rows in view are in the page,
 * whatever the number of spans. One tab stop: ↑/↓, Page Up/Down, Home/End
 * move (with Shift they select as they go), Space selects, Enter or a double
 * click opens the span, Ctrl+A selects every row shown, Delete deletes the
 * selected rows. The headings sort the rows by their column.
 */
export function SpanGrid(props: SpanGridProps) {
  const { items, columns, cellContext, sort, selected, onSelect, onSelectRange, onOpen } = props;
  const { t } = useT(tableStrings);
  const scroller = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const focusWanted = useRowFocus(scroller, current, 'data-row-key');
  const currentIndex = Math.max(0, current === null ? 0 : items.indexOf(current));
  const template = { '--span-columns': `40px ${columns.map((c) => c.width).join(' ')}` } as CSSProperties;

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => (index < items.length ? items.at(index).key : index),
    overscan: 10,
    useFlushSync: false,
    // The column headings stay above the rows, inside the scroller.
    scrollPaddingStart: ROW_HEIGHT,
  });

  const moveTo = (index: number, extend: boolean) => {
    const to = Math.max(0, Math.min(items.length - 1, index));
    if (to >= items.length) return;
    const item = items.at(to);
    focusWanted.current = true;
    setCurrent(item.key);
    virtualizer.scrollToIndex(to, { align: 'auto' });
    if (extend && item.kind === 'span') onSelectRange(item.key);
  };

  const toggle = (item: GridItem) => {
    const ids = item.kind === 'span' ? [item.key] : item.ids;
    onSelect(ids, !ids.every((id) => selected.has(id)));
  };

  const onKeyDown = (index: number, item: GridItem) => (event: KeyboardEvent<HTMLDivElement>) => {
    const primary = isMac ? event.metaKey : event.ctrlKey;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves && !primary && !event.altKey) {
      event.preventDefault();
      moveTo(moves[event.key]!, event.shiftKey);
    } else if (event.key === ' ' && !primary) {
      event.preventDefault();
      toggle(item);
    } else if (event.key === 'Enter' && !primary && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (item.kind === 'span') onOpen(item.entry);
      else props.onToggleGroup(item.key);
    } else if (primary && !event.shiftKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      props.onSelectAll();
    } else if (event.key === 'Delete' && !primary) {
      event.preventDefault();
      props.onDelete();
    }
  };

  const onRowClick = (item: GridItem) => (event: MouseEvent) => {
    setCurrent(item.key);
    if (item.kind !== 'span') return;
    if (event.shiftKey) onSelectRange(item.key);
    else if (isMac ? event.metaKey : event.ctrlKey) toggle(item);
  };

  return (
    <div className="span-grid-scroller" ref={scroller}>
      <div
        role="grid"
        aria-label={t('grid')}
        aria-rowcount={items.length + 1}
        aria-colcount={columns.length + 1}
        aria-multiselectable="true"
        className="span-grid"
        style={{ ...template, height: virtualizer.getTotalSize() + ROW_HEIGHT }}
      >
        <div role="row" aria-rowindex={1} className="span-grid-row span-grid-head">
          <div role="columnheader" className="span-grid-cell span-grid-check">
            <input
              type="checkbox"
              aria-label={t('checkAll')}
              checked={props.allSelected}
              disabled={items.length === 0}
              ref={(box) => {
                if (box) box.indeterminate = props.someSelected;
              }}
              onChange={() => props.onSelectAll()}
            />
          </div>
          {columns.map((column) => {
            const label = t(`col_${column.id}`);
            const direction = sort?.column === column.id ? sort.direction : 'none';
            return (
              <div key={column.id} role="columnheader" aria-sort={direction} className="span-grid-cell">
                <button
                  type="button"
                  className="span-sort"
                  data-column={column.id}
                  title={t('sortBy', { column: label })}
                  onClick={() => props.onSort(column.id)}
                >
                  {label}
                  <span className="span-sort-mark" aria-hidden="true">
                    {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items.at(virtual.index);
          const style = { transform: `translateY(${virtual.start + ROW_HEIGHT}px)` };
          const common = {
            role: 'row',
            'aria-rowindex': virtual.index + 2,
            'data-row-key': item.key,
            tabIndex: virtual.index === currentIndex ? 0 : -1,
            style,
            onFocus: () => setCurrent(item.key),
            onKeyDown: onKeyDown(virtual.index, item),
          } as const;
          if (item.kind === 'group') {
            const all = item.ids.every((id) => selected.has(id));
            return (
              <div key={virtual.key} {...common} className="span-grid-row span-grid-group">
                <div role="gridcell" className="span-grid-cell span-grid-check">
                  <input type="checkbox" tabIndex={-1} aria-label={t('checkRow')} checked={all} onChange={() => toggle(item)} />
                </div>
                <div role="gridcell" aria-colspan={columns.length} className="span-grid-cell span-group-cell">
                  <button
                    type="button"
                    tabIndex={-1}
                    aria-expanded={!item.collapsed}
                    className="span-group-toggle"
                    onClick={() => props.onToggleGroup(item.key)}
                  >
                    <span aria-hidden="true">{item.collapsed ? '▸' : '▾'}</span> <span lang="zh">{item.label || t('noIndicator')}</span>
                  </button>
                  <span className="span-group-count">{t('groupCount', { count: item.count })}</span>
                </div>
              </div>
            );
          }
          const isSelected = selected.has(item.key);
          return (
            <div
              key={virtual.key}
              {...common}
              aria-selected={isSelected}
              className={`span-grid-row span-grid-span${isSelected ? ' is-selected' : ''}`}
              onClick={onRowClick(item)}
              onDoubleClick={() => onOpen(item.entry)}
            >
              <div role="gridcell" className="span-grid-cell span-grid-check">
                <input
                  type="checkbox"
                  tabIndex={-1}
                  aria-label={t('checkRow')}
                  checked={isSelected}
                  onClick={(event) => {
                    event.stopPropagation();
                    setCurrent(item.key);
                    if (event.shiftKey) {
                      event.preventDefault();
                      onSelectRange(item.key);
                    }
                  }}
                  onChange={(event) => onSelect([item.key], event.target.checked)}
                />
              </div>
              {columns.map((column) => (
                <div
                  key={column.id}
                  role="gridcell"
                  className={`span-grid-cell span-cell-${column.id}`}
                  title={column.full?.(item.entry, cellContext) || undefined}
                >
                  {column.cell(item.entry, cellContext)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
