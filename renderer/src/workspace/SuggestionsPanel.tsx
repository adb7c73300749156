import { memo, useId, useMemo, useRef, type CSSProperties } from 'react';
import type { Language, Tag } from '../../../electron/shared/model';
import { PROJECTION_RULE, type SuggestionItem } from '../../../electron/shared/suggest/suggestionItem';
import { useT } from '../i18n/i18n';
import { Icon } from '../shell/Icon';
import { isMac } from '../shell/lib/platform';
import { ariaKeyShortcuts } from '../shell/lib/shortcuts';
import type { SectionHeadings } from './sectionHeadings';
import type { SuggestionFilter } from './suggestionFilter';
import { SuggestionList } from './SuggestionList';
import { workspaceStrings } from './workspaceStrings';

interface SuggestionsPanelProps {
  /** The section's element id, which the bar above it controls. */
  id: string;
  /** Whether the section is unfolded below its header. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Every suggestion the document has now. */
  all: readonly SuggestionItem[];
  /** Those the filter lets through, in text order. */
  shown: readonly SuggestionItem[];
  filter: SuggestionFilter;
  tags: readonly Tag[];
  language: Language;
  sections: SectionHeadings;
  /** Whether suggestions are drawn in the text (and listed here). */
  visible: boolean;
  currentId: string | null;
  onVisible: (visible: boolean) => void;
  onFilter: (filter: SuggestionFilter) => void;
  onCurrent: (id: string) => void;
  onAccept: (ids: string[]) => void;
  onReject: (ids: string[]) => void;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * The document's suggestions: a switch that shows or hides them, filters by
 * tag, rule and section with their counts, and the list of those shown
 * (SuggestionList: one tab stop, A or Enter accepts, X or Delete rejects);
 * "accept all shown" takes the filtered set as one undoable step. Its header
 * folds the rest away. Memoised: a new highlight re-renders the workspace
 * before it is painted, and the panel, whose props it leaves alone, need not
 * render with it.
 */
export const SuggestionsPanel = memo(function SuggestionsPanel(props: SuggestionsPanelProps) {
  const { all, shown, filter, tags, language, sections, visible, currentId, open } = props;
  const { t } = useT(workspaceStrings);
  const id = useId();
  const section = useRef<HTMLElement>(null);
  const tagById = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const byTag = useMemo(() => countBy(all, (s) => s.tag), [all]);
  const byRule = useMemo(() => countBy(all, (s) => s.rule), [all]);
  const bySection = useMemo(() => countBy(all, (s) => sections.at(s.start) ?? ''), [all, sections]);
  const current = shown.find((s) => s.id === currentId) ?? null;
  const ruleLabel = (rule: string) => (rule === PROJECTION_RULE ? t('suggestProjection') : rule);
  const tagLabel = (tag: string) => tagById.get(tag)?.label[language] ?? tag;

  return (
    <section
      ref={section}
      id={props.id}
      className={open ? 'ws-panel ws-suggest' : 'ws-panel ws-suggest is-folded'}
      aria-labelledby={`${id}-title`}
    >
      <div className="ws-panel-head">
        <div className="ws-panel-title">
          <h2 id={`${id}-title`}>
            <button
              type="button"
              className="ws-suggest-fold"
              aria-expanded={open}
              aria-controls={open ? `${id}-body` : undefined}
              title={t(open ? 'foldSuggestions' : 'unfoldSuggestions')}
              onClick={() => props.onOpenChange(!open)}
            >
              <Icon name={open ? 'chevron' : 'chevronRight'} size={16} />
              {t('suggestions')}{' '}
              <span className="ws-count">
                {visible && shown.length !== all.length
                  ? t('suggestShownCount', { shown: shown.length, count: all.length })
                  : t('suggestCount', { count: all.length })}
              </span>
            </button>
          </h2>
          <label className="ws-group-toggle ws-suggest-switch">
            <input type="checkbox" role="switch" checked={visible} onChange={(event) => props.onVisible(event.target.checked)} />
            {t('showSuggestions')}
          </label>
        </div>
        {open && visible && all.length > 0 && (
          <>
            <div className="ws-chips" role="group" aria-label={t('suggestFilterTag')}>
              <button
                type="button"
                className="ws-chip"
                aria-pressed={filter.tag === null}
                onClick={() => props.onFilter({ ...filter, tag: null })}
              >
                {t('allTags')} <span className="ws-chip-count">{all.length}</span>
              </button>
              {[...byTag].map(([tag, count]) => (
                <button
                  key={tag}
                  type="button"
                  className="ws-chip"
                  style={{ '--tag': tagById.get(tag)?.color } as CSSProperties}
                  aria-pressed={filter.tag === tag}
                  onClick={() => props.onFilter({ ...filter, tag: filter.tag === tag ? null : tag })}
                >
                  <span className="ws-swatch" aria-hidden="true" />
                  {tagLabel(tag)} <span className="ws-chip-count">{count}</span>
                </button>
              ))}
            </div>
            <div className="ws-suggest-selects">
              <label>
                {t('suggestRule')}
                <select value={filter.rule ?? ''} onChange={(event) => props.onFilter({ ...filter, rule: event.target.value || null })}>
                  <option value="">{t('anyRule')}</option>
                  {[...byRule].map(([rule, count]) => (
                    <option key={rule} value={rule}>
                      {ruleLabel(rule)} ({count})
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('suggestSection')}
                <select
                  value={filter.section ?? '\u0000'}
                  onChange={(event) => props.onFilter({ ...filter, section: event.target.value === '\u0000' ? null : event.target.value })}
                >
                  <option value={'\u0000'}>{t('anySection')}</option>
                  {[...bySection].map(([section, count]) => (
                    <option key={section} value={section}>
                      {section || t('suggestNoSection')} ({count})
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div className="ws-suggest-actions">
              <button
                type="button"
                className="ws-suggest-button"
                disabled={!current}
                aria-keyshortcuts={ariaKeyShortcuts(['suggestAccept'], isMac)}
                onClick={() => current && props.onAccept([current.id])}
              >
                {t('acceptSuggestion')}
              </button>
              <button
                type="button"
                className="ws-suggest-button"
                disabled={!current}
                aria-keyshortcuts={ariaKeyShortcuts(['suggestReject'], isMac)}
                onClick={() => current && props.onReject([current.id])}
              >
                {t('rejectSuggestion')}
              </button>
              <button
                type="button"
                className="ws-suggest-button"
                disabled={shown.length === 0}
                onClick={() => props.onAccept(shown.map((s) => s.id))}
              >
                {t('acceptShown', { count: shown.length })}
              </button>
            </div>
          </>
        )}
      </div>
      {!open ? null : !visible ? (
        <p className="ws-empty">{t('suggestionsHidden')}</p>
      ) : all.length === 0 ? (
        <p className="ws-empty">{t('noSuggestions')}</p>
      ) : shown.length === 0 ? (
        <p className="ws-empty">{t('noShownSuggestions')}</p>
      ) : (
        <SuggestionList
          id={`${id}-body`}
          scroller={section}
          shown={shown}
          currentId={currentId}
          tagById={tagById}
          language={language}
          sections={sections}
          onCurrent={props.onCurrent}
          onAccept={props.onAccept}
          onReject={props.onReject}
        />
      )}
    </section>
  );
});
