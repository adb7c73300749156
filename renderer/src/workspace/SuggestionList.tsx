import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import type { Language, Tag } from '../../../electron/shared/model';
import { PROJECTION_RULE, type SuggestionItem } from '../../../electron/shared/suggest/suggestionItem';
import { useT } from '../i18n/i18n';
import { isMac } from '../shell/lib/platform';
import { ariaKeyShortcuts, isShortcut } from '../shell/lib/shortcuts';
import type { SectionHeadings } from './sectionHeadings';
import { workspaceStrings } from './workspaceStrings';

interface SuggestionListProps {
  /** The element id of the list, which the panel's fold button controls, and the prefix of its options' ids. */
  id: string;
  /** The element that scrolls the list (the panel, whose header scrolls away above it). */
  scroller: RefObject<HTMLElement | null>;
  shown: readonly SuggestionItem[];
  currentId: string | null;
  tagById: ReadonlyMap<string, Tag>;
  language: Language;
  sections: SectionHeadings;
  onCurrent: (id: string) => void;
  onAccept: (ids: string[]) => void;
  onReject: (ids: string[]) => void;
}

/** The height a row is assumed to have until it is measured: a tag line, a one-line quote and a meta line. */
const ESTIMATE = 70;

/**
 * The suggestions shown, as one listbox, virtualised: only the options in
 * view (and a few beyond) are in the page, so a 30 MB text's tens of
 * thousands of suggestions cost a dozen rows on each change. The list is one
 * tab stop whose current option follows the text view: ↑/↓ or Tab/Shift+Tab
 * move (Tab leaves the list past its ends), A or Enter accepts, X or Delete
 * rejects. The current option stays in the page while scrolled away, for
 * `aria-activedescendant` to point at.
 */
export function SuggestionList({
  id,
  scroller,
  shown,
  currentId,
  tagById,
  language,
  sections,
  onCurrent,
  onAccept,
  onReject,
}: SuggestionListProps) {
  const { t } = useT(workspaceStrings);
  const list = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  const index = shown.findIndex((s) => s.id === currentId);
  const current = index >= 0 ? shown[index]! : null;
  const optionId = (s: SuggestionItem) => `${id}-${s.id}`;
  const ruleLabel = (rule: string) => (rule === PROJECTION_RULE ? t('suggestProjection') : rule);

  // The rows are placed from the list's top, which lies below the panel's header in the scrolled content.
  useLayoutEffect(() => {
    const element = list.current;
    const box = scroller.current;
    const header = box?.firstElementChild;
    if (!element || !box) return;
    const measure = () => setOffset(element.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop);
    measure();
    const observer = new ResizeObserver(measure);
    if (header) observer.observe(header);
    return () => observer.disconnect();
  }, [scroller]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (index < 0 || indexes.includes(index)) return indexes;
      return [...indexes, index].sort((a, b) => a - b);
    },
    [index],
  );
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATE,
    getItemKey: (i) => shown[i]?.id ?? i,
    overscan: 6,
    scrollMargin: offset,
    rangeExtractor,
    useFlushSync: false,
  });

  useEffect(() => {
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [virtualizer, index, currentId]);

  const move = (to: number) => {
    const target = shown[to];
    if (target) onCurrent(target.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    // A key an input method is composing with is the input method's.
    if (shown.length === 0 || event.nativeEvent.isComposing) return;
    if (isShortcut('suggestNext', event, isMac) || event.key === 'ArrowDown') {
      // Past the last one, Tab leaves the list as it would anywhere else.
      if (index >= shown.length - 1 && event.key === 'Tab') return;
      event.preventDefault();
      move(Math.min(index + 1, shown.length - 1));
    } else if (isShortcut('suggestPrev', event, isMac) || event.key === 'ArrowUp') {
      if (index <= 0 && event.key === 'Tab') return;
      event.preventDefault();
      move(Math.max(index - 1, 0));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      move(event.key === 'Home' ? 0 : shown.length - 1);
    } else if (current && isShortcut('suggestAccept', event, isMac)) {
      event.preventDefault();
      onAccept([current.id]);
    } else if (current && isShortcut('suggestReject', event, isMac)) {
      event.preventDefault();
      onReject([current.id]);
    }
  };

  return (
    <ul
      ref={list}
      id={id}
      className="ws-suggest-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('suggestList')}
      aria-activedescendant={current ? optionId(current) : undefined}
      aria-keyshortcuts={ariaKeyShortcuts(['suggestAccept', 'suggestReject', 'suggestNext', 'suggestPrev'], isMac)}
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      onFocus={() => current === null && move(0)}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const s = shown[item.index]!;
        const section = sections.at(s.start);
        return (
          <li
            key={item.key}
            id={optionId(s)}
            role="option"
            aria-selected={s.id === currentId}
            aria-setsize={shown.length}
            aria-posinset={item.index + 1}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="ws-suggest-row"
            style={{ transform: `translateY(${item.start - offset}px)` }}
            onClick={() => onCurrent(s.id)}
          >
            <div className="ws-suggest-item" style={{ '--tag': tagById.get(s.tag)?.color } as CSSProperties}>
              <span className="ws-suggest-tag">
                <span className="ws-swatch" aria-hidden="true" />
                {tagById.get(s.tag)?.label[language] ?? s.tag}
              </span>
              <span className="ws-suggest-quote">{s.quote}</span>
              <span className="ws-suggest-meta">
                {t('suggestMeta', { rule: ruleLabel(s.rule), score: Math.round(s.score * 100) })}
                {section && ` · ${section}`}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
