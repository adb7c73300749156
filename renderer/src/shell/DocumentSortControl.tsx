import { useId } from 'react';
import type { DocumentSort } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { DOCUMENT_SORT_KEYS } from './lib/documentOrder';
import { documentMetaStrings } from './strings/documentMetaStrings';
import './documentMeta.css';

const KEY_LABEL = {
  imported: 'sortImported',
  title: 'sortTitle',
  date: 'sortDate',
  region: 'sortRegion',
  issuer: 'sortIssuer',
} as const;

interface DocumentSortControlProps {
  sort: DocumentSort;
  onChange: (sort: DocumentSort) => void;
}

/** What the document list is ordered by, and a button that turns the order round. */
export function DocumentSortControl({ sort, onChange }: DocumentSortControlProps) {
  const { t } = useT(documentMetaStrings);
  const selectId = useId();
  return (
    <div className="doc-sort">
      <label htmlFor={selectId}>{t('sortBy')}</label>
      <select id={selectId} value={sort.key} onChange={(event) => onChange({ ...sort, key: event.target.value as DocumentSort['key'] })}>
        {DOCUMENT_SORT_KEYS.map((key) => (
          <option key={key} value={key}>
            {t(KEY_LABEL[key])}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="icon-button doc-sort-direction"
        aria-pressed={sort.descending}
        aria-label={t('descending')}
        title={sort.descending ? t('descending') : t('ascending')}
        onClick={() => onChange({ ...sort, descending: !sort.descending })}
      >
        <span aria-hidden="true">{sort.descending ? '↓' : '↑'}</span>
      </button>
    </div>
  );
}
