import { memo, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Annotation, Language, PanelFilter, Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { workspaceStrings } from './workspaceStrings';
import { useAfterPaint } from './useAfterPaint';

interface AnnotationPanelProps {
  spans: readonly Annotation[];
  tags: readonly Tag[];
  language: Language;
  filter: PanelFilter;
  activeId: string | null;
  onFilter: (filter: PanelFilter) => void;
  /** Click: scroll the document to the span and flash it. */
  onShow: (id: string) => void;
  /** Enter: the same, and open its popover. */
  onOpen: (id: string) => void;
}

const NONE: readonly Annotation[] = [];
/** Items rendered at first, and added each time the list is scrolled to its end: a long document's thousands of spans stay cheap. */
const PAGE = 200;

/** Whether a span passes the panel's tag chips and search box. */
function passes(span: Annotation, filter: PanelFilter, query: string): boolean {
  if (filter.tags.length && !filter.tags.includes(span.tag)) return false;
  return !query || span.quote.toLowerCase().includes(query) || span.note.toLowerCase().includes(query);
}

/**
 * Every span of the document in text order, filtered by tag chips and a
 * search over quotes and notes, optionally grouped by tag. The list renders
 * from a copy of the spans that follows them one painted frame later
 * (empty on the first render), so the document and a new highlight paint
 * before the panel catches up.
 */
export function AnnotationPanel({ spans, tags, language, filter, activeId, onFilter, onShow, onOpen }: AnnotationPanelProps) {
  const { t } = useT('workspace', workspaceStrings);
  const deferred = useAfterPaint(spans, NONE);
  const [limit, setLimit] = useState(PAGE);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const sentinel = end.current;
    if (!sentinel) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + PAGE);
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, []);
  const counts = useMemo(() => {
    const byTag = new Map<string, number>();
    for (const span of deferred) byTag.set(span.tag, (byTag.get(span.tag) ?? 0) + 1);
    return byTag;
  }, [deferred]);
  const query = filter.query.trim().toLowerCase();
  const matching = useMemo(() => deferred.filter((span) => passes(span, filter, query)), [deferred, filter, query]);
  const ordered = filter.groupByTag ? tags.flatMap((tag) => matching.filter((span) => span.tag === tag.id)) : matching;
  const shown = ordered.length > limit ? ordered.slice(0, limit) : ordered;
  const groups = filter.groupByTag
    ? tags
        .map((tag) => ({ tag, spans: shown.filter((span) => span.tag === tag.id), total: matching.filter((span) => span.tag === tag.id).length }))
        .filter((g) => g.spans.length)
    : [{ tag: null, spans: shown, total: matching.length }];
  const tagOf = new Map(tags.map((tag) => [tag.id, tag]));

  const toggle = (id: string) =>
    onFilter({ ...filter, tags: filter.tags.includes(id) ? filter.tags.filter((x) => x !== id) : [...filter.tags, id] });

  return (
    <aside className="ws-panel" aria-label={t('panel')}>
      <div className="ws-panel-head">
        <h2>
          {t('panel')} <span className="ws-count">{t('spanCount', { count: deferred.length })}</span>
        </h2>
        <input
          type="search"
          className="ws-panel-search"
          value={filter.query}
          aria-label={t('panelSearch')}
          placeholder={t('panelSearch')}
          onChange={(event) => onFilter({ ...filter, query: event.target.value })}
        />
        <div className="ws-chips" role="group" aria-label={t('panelFilter')}>
          <button type="button" className="ws-chip" aria-pressed={filter.tags.length === 0} onClick={() => onFilter({ ...filter, tags: [] })}>
            {t('allTags')} <span className="ws-chip-count">{deferred.length}</span>
          </button>
          {tags.map((tag) => (
            <button
              key={tag.id}
              type="button"
              className="ws-chip"
              style={{ '--tag': tag.color } as CSSProperties}
              aria-pressed={filter.tags.includes(tag.id)}
              onClick={() => toggle(tag.id)}
            >
              <span className="ws-swatch" aria-hidden="true" />
              {tag.label[language]} <span className="ws-chip-count">{counts.get(tag.id) ?? 0}</span>
            </button>
          ))}
        </div>
        <label className="ws-group-toggle">
          <input type="checkbox" checked={filter.groupByTag} onChange={(event) => onFilter({ ...filter, groupByTag: event.target.checked })} />
          {t('groupByTag')}
        </label>
      </div>
      <div className="ws-panel-list">
        {deferred.length === 0 ? (
          <p className="ws-empty">{t('noSpans')}</p>
        ) : matching.length === 0 ? (
          <p className="ws-empty">{t('noMatchesInPanel')}</p>
        ) : (
          groups.map((group) => (
            <section key={group.tag?.id ?? 'all'} aria-label={group.tag?.label[language]}>
              {group.tag && (
                <h3 className="ws-group-title" style={{ '--tag': group.tag.color } as CSSProperties}>
                  <span className="ws-swatch" aria-hidden="true" />
                  {group.tag.label[language]} <span className="ws-chip-count">{group.total}</span>
                </h3>
              )}
              <ul>
                {group.spans.map((span) => {
                  const tag = tagOf.get(span.tag);
                  return (
                    <PanelItem
                      key={span.id}
                      span={span}
                      color={tag?.color ?? '#868e96'}
                      tagLabel={tag?.label[language] ?? span.tag}
                      active={span.id === activeId}
                      onShow={onShow}
                      onOpen={onOpen}
                    />
                  );
                })}
              </ul>
            </section>
          ))
        )}
        <div ref={end} className="ws-panel-end" aria-hidden="true" />
      </div>
    </aside>
  );
}

interface PanelItemProps {
  span: Annotation;
  color: string;
  tagLabel: string;
  active: boolean;
  onShow: (id: string) => void;
  onOpen: (id: string) => void;
}

const PanelItem = memo(function PanelItem({ span, color, tagLabel, active, onShow, onOpen }: PanelItemProps) {
  const { t } = useT('workspace', workspaceStrings);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(span.id);
    }
  };
  return (
    <li className="ws-item" style={{ '--tag': color } as CSSProperties}>
      <button
        type="button"
        className={active ? 'ws-item-button ws-item-active' : 'ws-item-button'}
        aria-label={t('showSpan', { tag: tagLabel, quote: span.quote })}
        data-span-id={span.id}
        onClick={() => onShow(span.id)}
        onKeyDown={onKeyDown}
      >
        <span className="ws-item-tag">{tagLabel}</span>
        <span className="ws-item-quote">{span.quote}</span>
        {span.note && <span className="ws-item-note">{span.note}</span>}
      </button>
    </li>
  );
});
