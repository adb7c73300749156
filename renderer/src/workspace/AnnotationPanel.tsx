import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { OffsetMap } from '../../../electron/shared/codePoints';
import type { Annotation, Heading, Language, PanelFilter, Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { TagChip } from '../ui/TagChip';
import { AnnotationList } from './AnnotationList';
import { panelRows, passes } from './panelRows';
import { SectionHeadings } from './sectionHeadings';
import { sentenceWindow } from './sentenceWindow';
import type { SpanContext } from './AnnotationRows';
import { useAfterPaint } from './useAfterPaint';
import { workspaceStrings } from './workspaceStrings';

interface AnnotationPanelProps {
  spans: readonly Annotation[];
  tags: readonly Tag[];
  language: Language;
  filter: PanelFilter;
  activeId: string | null;
  /** The document's text and headings, for each span's sentence and section. */
  map: OffsetMap;
  headings: readonly Heading[];
  /** Drawn at the end of the panel's title: the button that folds the panel. */
  headerAction: ReactNode;
  onFilter: (filter: PanelFilter) => void;
  /** Click: scroll the document to the span and flash it. */
  onShow: (id: string) => void;
  /** Enter: the same, and open its popover. */
  onOpen: (id: string) => void;
  /** Delete: delete the span (an undoable change). */
  onDelete: (span: Annotation) => void;
}

const NONE: readonly Annotation[] = [];

/**
 * Every span of the document in text order, filtered by tag chips and a
 * search over quotes and notes, optionally grouped by tag and with
 * identical quotes folded into one row. The list renders from a copy of the
 * spans that follows them one painted frame later (empty on the first
 * render), so the document and a new highlight paint before the panel catches up.
 */
export function AnnotationPanel({
  spans,
  tags,
  language,
  filter,
  activeId,
  map,
  headings,
  headerAction,
  onFilter,
  onShow,
  onOpen,
  onDelete,
}: AnnotationPanelProps) {
  const { t } = useT(workspaceStrings);
  const deferred = useAfterPaint(spans, NONE);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const counts = useMemo(() => {
    const byTag = new Map<string, number>();
    for (const span of deferred) byTag.set(span.tag, (byTag.get(span.tag) ?? 0) + 1);
    return byTag;
  }, [deferred]);
  const query = filter.query.trim().toLowerCase();
  const matching = useMemo(() => deferred.filter((span) => passes(span, filter, query)), [deferred, filter, query]);
  const groupQuotes = filter.groupQuotes ?? false;
  const rows = useMemo(
    () => panelRows(matching, tags, { groupByTag: filter.groupByTag, groupQuotes, expanded }),
    [matching, tags, filter.groupByTag, groupQuotes, expanded],
  );
  const sections = useMemo(() => new SectionHeadings(map, headings), [map, headings]);
  // Computed as rows scroll into view, never for all spans at once: a window costs a few dozen characters of the text.
  const contextOf = useCallback(
    (span: Annotation): SpanContext => ({ window: sentenceWindow(map, span.start, span.end), section: sections.at(span.start) }),
    [map, sections],
  );
  const toggleGroup = useCallback((key: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  const toggleTag = (id: string) =>
    onFilter({ ...filter, tags: filter.tags.includes(id) ? filter.tags.filter((x) => x !== id) : [...filter.tags, id] });

  return (
    <aside className="ws-panel" aria-label={t('panel')}>
      <div className="ws-panel-head">
        <div className="ws-panel-title">
          <h2>
            {t('panel')} <span className="ws-count">{t('spanCount', { count: deferred.length })}</span>
          </h2>
          {headerAction}
        </div>
        <input
          type="search"
          className="ws-panel-search"
          value={filter.query}
          aria-label={t('panelSearch')}
          placeholder={t('panelSearch')}
          onChange={(event) => onFilter({ ...filter, query: event.target.value })}
        />
        <div className="ws-chips" role="group" aria-label={t('panelFilter')}>
          <TagChip
            color={null}
            count={deferred.length}
            toggle={{ pressed: filter.tags.length === 0, onToggle: () => onFilter({ ...filter, tags: [] }) }}
          >
            {t('allTags')}
          </TagChip>
          {tags.map((tag) => (
            <TagChip
              key={tag.id}
              color={tag.color}
              count={counts.get(tag.id) ?? 0}
              toggle={{ pressed: filter.tags.includes(tag.id), onToggle: () => toggleTag(tag.id) }}
            >
              {tag.label[language]}
            </TagChip>
          ))}
        </div>
        <div className="ws-group-toggles">
          <label className="ws-group-toggle">
            <input
              type="checkbox"
              checked={filter.groupByTag}
              onChange={(event) => onFilter({ ...filter, groupByTag: event.target.checked })}
            />
            {t('groupByTag')}
          </label>
          <label className="ws-group-toggle">
            <input type="checkbox" checked={groupQuotes} onChange={(event) => onFilter({ ...filter, groupQuotes: event.target.checked })} />
            {t('groupQuotes')}
          </label>
        </div>
      </div>
      {deferred.length === 0 ? (
        <p className="ws-empty">{t('noSpans')}</p>
      ) : matching.length === 0 ? (
        <p className="ws-empty">{t('noMatchesInPanel')}</p>
      ) : (
        <AnnotationList
          rows={rows}
          tags={tags}
          language={language}
          activeId={activeId}
          contextOf={contextOf}
          onShow={onShow}
          onOpen={onOpen}
          onDelete={onDelete}
          onToggleGroup={toggleGroup}
        />
      )}
    </aside>
  );
}
