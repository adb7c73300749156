import { useId, useRef, useState } from 'react';
import type { RelationType, Tag } from '../../../electron/shared/model';
import type { RelationFilter, SpanFilter } from '../../../electron/shared/table/filterSpans';
import type { SpanGrouping } from '../../../electron/shared/table/groupSpans';
import type { SpanTableDocument } from '../../../electron/shared/table/spanTableSchema';
import { useT } from '../i18n/i18n';
import { tableStrings } from './tableStrings';

interface SpanTableFiltersProps {
  tags: readonly Tag[];
  relationTypes: readonly RelationType[];
  documents: readonly SpanTableDocument[];
  filter: SpanFilter;
  grouping: SpanGrouping;
  onFilter: (change: Partial<SpanFilter>) => void;
  onGrouping: (grouping: SpanGrouping) => void;
  onClear: () => void;
}

const GROUPINGS: readonly SpanGrouping[] = ['none', 'quote', 'indicator'];

/** A relation filter as the value of an option of its select, and back: 'type:ID' for one of a type. */
function relationOption(filter: RelationFilter): string {
  return typeof filter === 'string' ? filter : `type:${filter.type}`;
}

function relationFilter(option: string): RelationFilter {
  if (option === 'with' || option === 'without') return option;
  return option.startsWith('type:') ? { type: option.slice('type:'.length) } : 'any';
}

/** A typed bound as the filter takes it: null for an empty or unreadable field. */
function bound(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const n = Number(trimmed.normalize('NFKC').replace(/[,，\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}

/**
 * A text field that filters as it is typed, but not in the middle of an
 * input method's composition: the pinyin letters are not words of the text.
 */
function FilterText({
  label,
  value,
  placeholder,
  onChange,
}: {
  label: string;
  value: string;
  placeholder?: string;
  onChange: (v: string) => void;
}) {
  const [typed, setTyped] = useState(value);
  const composing = useRef(false);
  return (
    <label className="span-filter">
      <span>{label}</span>
      <input
        type="search"
        value={typed}
        placeholder={placeholder}
        onChange={(event) => {
          setTyped(event.target.value);
          if (!composing.current) onChange(event.target.value);
        }}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(event) => {
          composing.current = false;
          onChange(event.currentTarget.value);
        }}
      />
    </label>
  );
}

/** The span table's filters (tag, document, section, amount range, words, relations) and its grouping. */
export function SpanTableFilters({
  tags,
  relationTypes,
  documents,
  filter,
  grouping,
  onFilter,
  onGrouping,
  onClear,
}: SpanTableFiltersProps) {
  const { t, language } = useT(tableStrings);
  const hintId = useId();
  // Clearing gives every field a fresh start, typed text included.
  const [generation, setGeneration] = useState(0);
  return (
    <div className="span-table-filters" role="search" aria-label={t('filters')} key={generation}>
      <FilterText
        label={t('filterText')}
        value={filter.text}
        placeholder={t('filterTextPlaceholder')}
        onChange={(text) => onFilter({ text })}
      />
      <label className="span-filter">
        <span>{t('filterTag')}</span>
        <select value={filter.tags[0] ?? ''} onChange={(event) => onFilter({ tags: event.target.value ? [event.target.value] : [] })}>
          <option value="">{t('all')}</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.label[language]}
            </option>
          ))}
        </select>
      </label>
      <label className="span-filter span-filter-doc">
        <span>{t('filterDoc')}</span>
        <select value={filter.docIds[0] ?? ''} onChange={(event) => onFilter({ docIds: event.target.value ? [event.target.value] : [] })}>
          <option value="">{t('all')}</option>
          {documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.title}
            </option>
          ))}
        </select>
      </label>
      <FilterText
        label={t('filterSection')}
        value={filter.section}
        placeholder={t('filterSectionPlaceholder')}
        onChange={(section) => onFilter({ section })}
      />
      <label className="span-filter span-filter-amount">
        <span>{t('amountMin')}</span>
        <input
          type="text"
          inputMode="decimal"
          aria-describedby={hintId}
          title={t('amountHint')}
          defaultValue={filter.amountMin ?? ''}
          onChange={(event) => onFilter({ amountMin: bound(event.target.value) })}
        />
      </label>
      <label className="span-filter span-filter-amount">
        <span>{t('amountMax')}</span>
        <input
          type="text"
          inputMode="decimal"
          aria-describedby={hintId}
          title={t('amountHint')}
          defaultValue={filter.amountMax ?? ''}
          onChange={(event) => onFilter({ amountMax: bound(event.target.value) })}
        />
      </label>
      <span id={hintId} className="visually-hidden">
        {t('amountHint')}
      </span>
      <label className="span-filter">
        <span>{t('filterRelations')}</span>
        <select value={relationOption(filter.relations)} onChange={(event) => onFilter({ relations: relationFilter(event.target.value) })}>
          {(['any', 'with', 'without'] as const).map((value) => (
            <option key={value} value={value}>
              {t(`relations_${value}`)}
            </option>
          ))}
          {relationTypes.map((type) => (
            <option key={type.id} value={`type:${type.id}`}>
              {t('relationsOfType', { type: type.label[language] })}
            </option>
          ))}
        </select>
      </label>
      <label className="span-filter">
        <span>{t('groupBy')}</span>
        <select value={grouping} onChange={(event) => onGrouping(event.target.value as SpanGrouping)}>
          {GROUPINGS.map((value) => (
            <option key={value} value={value}>
              {t(`group_${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button span-filter-clear"
        onClick={() => {
          onClear();
          setGeneration((n) => n + 1);
        }}
      >
        {t('clearFilters')}
      </button>
    </div>
  );
}
