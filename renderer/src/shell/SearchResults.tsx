import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit, SearchResult } from '../../../electron/shared/contract';
import { useT } from '../i18n/i18n';
import { isMac } from './lib/platform';
import { isShortcut } from './lib/shortcuts';
import { searchStrings } from './strings/searchStrings';
import { useRowFocus } from '../ui/useRowFocus';

/** A hit's key, the same in every answer to the same search: document and offsets. */
export const hitKey = (hit: Pick<SearchHit, 'docId' | 'start' | 'end'>): string => `${hit.docId}:${hit.start}:${hit.end}`;

type Row =
  | { kind: 'doc'; key: string; title: string; count: number; hits: readonly SearchHit[] }
  | { kind: 'hit'; key: string; title: string; hit: SearchHit };

const ESTIMATE = { doc: 34, hit: 52 };

interface SearchResultsProps {
  result: SearchResult;
  checked: ReadonlySet<string>;
  onCheck: (keys: readonly string[], on: boolean) => void;
  onOpen: (hit: SearchHit) => void;
}

/**
 * The hits of a search as concordance lines, grouped under their documents
 * with counts; only the rows in view are in the page (thousands of hits stay
 * a few dozen rows). The hit lines are one tab stop: ↑/↓ (Home/End) move,
 * Enter opens the document at the hit, Space checks it.
 */
export function SearchResults({ result, checked, onCheck, onOpen }: SearchResultsProps) {
  const { t } = useT(searchStrings);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo<Row[]>(
    () =>
      result.documents.flatMap((doc) => [
        { kind: 'doc' as const, key: `doc:${doc.docId}`, title: doc.title, count: doc.count, hits: doc.hits },
        ...doc.hits.map((hit) => ({ kind: 'hit' as const, key: hitKey(hit), title: doc.title, hit })),
      ]),
    [result],
  );
  const hitRows = useMemo(() => rows.flatMap((row, i) => (row.kind === 'hit' ? [i] : [])), [rows]);
  const [current, setCurrent] = useState<string | null>(null);
  const currentIndex = Math.max(
    0,
    rows.findIndex((row) => row.key === current),
  );
  const stop = rows[currentIndex]?.kind === 'hit' ? currentIndex : (hitRows[0] ?? -1);
  const focusWanted = useRowFocus(scroller, current, 'data-hit-key');

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'doc' ? ESTIMATE.doc : ESTIMATE.hit),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    useFlushSync: false,
  });

  const moveTo = (index: number | undefined) => {
    if (index === undefined) return;
    focusWanted.current = true;
    setCurrent(rows[index]!.key);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (index: number, hit: SearchHit) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = hitRows.indexOf(index);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: hitRows.length - 1 }[event.key];
      moveTo(hitRows[Math.max(0, Math.min(hitRows.length - 1, to))]);
    } else if (isShortcut('listOpen', event, isMac)) {
      event.preventDefault();
      onOpen(hit);
    } else if (event.key === ' ') {
      event.preventDefault();
      const key = hitKey(hit);
      onCheck([key], !checked.has(key));
    }
  };

  return (
    <div className="search-results" ref={scroller}>
      <div role="list" aria-label={t('results')} className="search-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`search-row search-row-${row.kind}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'doc' ? (
                <DocHeading row={row} checked={checked} onCheck={onCheck} />
              ) : (
                <>
                  <input
                    type="checkbox"
                    className="search-check"
                    tabIndex={-1}
                    aria-label={t('check')}
                    checked={checked.has(row.key)}
                    onChange={(event) => onCheck([row.key], event.target.checked)}
                  />
                  <button
                    type="button"
                    className="search-hit"
                    data-hit-key={row.key}
                    tabIndex={item.index === stop ? 0 : -1}
                    onFocus={() => setCurrent(row.key)}
                    onKeyDown={onKeyDown(item.index, row.hit)}
                    onClick={() => onOpen(row.hit)}
                  >
                    <span className="visually-hidden">{t('hitDoc', { title: row.title })}</span>
                    {row.hit.section && <span className="search-section">{row.hit.section.join(' › ')}</span>}
                    <span className="search-line" lang="zh">
                      <span className="search-before">
                        {row.hit.context.clippedBefore && '…'}
                        {row.hit.context.before}
                      </span>
                      <mark className="search-mark">{row.hit.context.hit}</mark>
                      <span className="search-after">
                        {row.hit.context.after}
                        {row.hit.context.clippedAfter && '…'}
                      </span>
                    </span>
                  </button>
                </>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function DocHeading({
  row,
  checked,
  onCheck,
}: {
  row: Extract<Row, { kind: 'doc' }>;
  checked: ReadonlySet<string>;
  onCheck: (keys: readonly string[], on: boolean) => void;
}) {
  const { t } = useT(searchStrings);
  const keys = row.hits.map(hitKey);
  const all = keys.every((key) => checked.has(key));
  const some = !all && keys.some((key) => checked.has(key));
  return (
    <>
      <input
        type="checkbox"
        className="search-check"
        aria-label={t('checkDoc', { title: row.title, count: row.count })}
        checked={all}
        ref={(box) => {
          if (box) box.indeterminate = some;
        }}
        onChange={(event) => onCheck(keys, event.target.checked)}
      />
      <span className="search-doc-title">{row.title}</span>
      <span className="search-doc-count">{t('docCount', { count: row.count })}</span>
    </>
  );
}
