import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type { OffsetMap } from '../../../electron/shared/codePoints';
import type { Annotation, Heading, Language, PanelFilter, Tag } from '../../../electron/shared/model';
import { ClauseIndex } from '../../../electron/shared/structure/clauseIndex';
import type { Outline } from '../../../electron/shared/structure/outline';
import { useT } from '../i18n/i18n';
import { TagChip } from '../ui/TagChip';
import { AnnotationList } from './AnnotationList';
import { outlineNodes } from './outline/outlineTree';
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
  /** The open document and its outline (null until the core has analysed it): each span's clause path, for grouping and the section filter. */
  docId: string;
  outline: Outline | null;
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
  docId,
  outline,
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
  const sectionChoiceId = useId();
  const groupChoiceId = useId();
  // A span's clause path is the one stored with it where there is one, else the outline's at its start.
  const pathOf = useMemo(() => {
    const index = outline ? new ClauseIndex(outline) : null;
    return (span: Annotation): readonly string[] => span.section ?? index?.pathAt(span.start) ?? [];
  }, [outline]);
  // The sections the filter offers, each with its clause path: its own label after its parents'.
  const choices = useMemo(() => {
    const nodes = outline ? outlineNodes(outline) : [];
    const paths: string[][] = [];
    return nodes.map((node) => {
      const path = [...(node.parent === null ? [] : paths[node.parent]!), node.section.label];
      paths.push(path);
      return { path, depth: node.depth, key: path.join('\u0000') };
    });
  }, [outline]);
  const chosenKey = filter.section?.docId === docId ? filter.section.path.join('\u0000') : null;
  const chosen = chosenKey === null ? -1 : choices.findIndex((choice) => choice.key === chosenKey);
  const sectionPath = chosen >= 0 ? choices[chosen]!.path : null;
  const query = filter.query.trim().toLowerCase();
  const matching = useMemo(
    () => deferred.filter((span) => passes(span, filter, query, sectionPath ? { path: sectionPath, pathOf } : undefined)),
    [deferred, filter, query, sectionPath, pathOf],
  );
  const groupQuotes = filter.groupQuotes ?? false;
  const groupBySection = filter.groupBySection;
  const rows = useMemo(
    () =>
      panelRows(matching, tags, {
        groupByTag: filter.groupByTag,
        groupQuotes,
        expanded,
        sections: groupBySection ? { by: groupBySection, pathOf } : undefined,
      }),
    [matching, tags, filter.groupByTag, groupQuotes, expanded, groupBySection, pathOf],
  );
  const sections = useMemo(() => new SectionHeadings(map, headings), [map, headings]);
  // Computed as rows scroll into view, never for all spans at once: a window costs a few dozen characters of the text.
  const contextOf = useCallback(
    (span: Annotation): SpanContext => ({
      window: sentenceWindow(map, span.start, span.end),
      section: pathOf(span).at(-1) ?? sections.at(span.start),
    }),
    [map, sections, pathOf],
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
        {choices.length > 0 && (
          <div className="ws-section-choices">
            <label htmlFor={sectionChoiceId}>{t('sectionFilter')}</label>
            <select
              id={sectionChoiceId}
              value={chosen}
              onChange={(event) => {
                const index = Number(event.target.value);
                const { section: _old, ...rest } = filter;
                onFilter(index >= 0 ? { ...rest, section: { docId, path: choices[index]!.path } } : rest);
              }}
            >
              <option value={-1}>{t('allSections')}</option>
              {choices.map((choice, i) => (
                <option key={choice.key} value={i}>
                  {'\u3000'.repeat(choice.depth - 1) + choice.path[choice.path.length - 1]}
                </option>
              ))}
            </select>
            <label htmlFor={groupChoiceId}>{t('groupBySection')}</label>
            <select
              id={groupChoiceId}
              value={groupBySection ?? 'none'}
              onChange={(event) => {
                const { groupBySection: _old, ...rest } = filter;
                const value = event.target.value;
                onFilter(value === 'top' || value === 'path' ? { ...rest, groupBySection: value } : rest);
              }}
            >
              <option value="none">{t('groupBySection_none')}</option>
              <option value="top">{t('groupBySection_top')}</option>
              <option value="path">{t('groupBySection_path')}</option>
            </select>
          </div>
        )}
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
