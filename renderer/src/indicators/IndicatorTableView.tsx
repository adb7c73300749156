import type { IndicatorTable, IndicatorValue } from '../../../electron/shared/indicators/indicatorTableSchema';
import { valueText } from '../../../electron/shared/indicators/valueText';
import { useT } from '../i18n/i18n';
import { dateText } from './documentLabel';
import { indicatorStrings } from './indicatorStrings';

interface IndicatorTableViewProps {
  table: IndicatorTable;
  chosen: string | null;
  checked: ReadonlySet<string>;
  onChoose: (key: string) => void;
  onCheck: (key: string, on: boolean) => void;
  onOpenValue: (value: IndicatorValue) => void;
  /** Take a key merged into a row back out of it. */
  onSplit: (key: string) => void;
}

/**
 * Indicators × documents, the documents oldest first, those with no target
 * left out: in each cell the document's values of the indicator, as parsed
 * (≥900万人) over the quote as written, which opens the document at the span.
 */
export function IndicatorTableView({ table, chosen, checked, onChoose, onCheck, onOpenValue, onSplit }: IndicatorTableViewProps) {
  const { t } = useT(indicatorStrings);
  const titles = new Map(table.documents.map((d) => [d.id, d.title]));
  const stated = new Set(table.rows.flatMap((r) => r.values.map((v) => v.docId)));
  const documents = table.documents.filter((d) => stated.has(d.id));
  return (
    <div className="indicator-table-scroll">
      <table className="indicator-table">
        <caption className="visually-hidden">{t('table')}</caption>
        <thead>
          <tr>
            <th scope="col" className="indicator-check-cell">
              <span className="visually-hidden">{t('mergeInto')}</span>
            </th>
            <th scope="col">{t('indicator')}</th>
            {documents.map((d) => (
              <th scope="col" key={d.id}>
                <span className="indicator-doc-title">{d.title}</span>
                <span className="indicator-doc-date">{dateText(d) || t('undated')}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className={row.key === chosen ? 'is-chosen' : undefined}>
              <td className="indicator-check-cell">
                <input
                  type="checkbox"
                  aria-label={t('check', { name: row.name })}
                  checked={checked.has(row.key)}
                  onChange={(event) => onCheck(row.key, event.target.checked)}
                />
              </td>
              <th scope="row">
                <button
                  type="button"
                  className="indicator-link indicator-name"
                  aria-label={t('show', { name: row.name })}
                  onClick={() => onChoose(row.key)}
                >
                  {row.name}
                </button>
                {row.keys.length > 1 && (
                  <span className="indicator-keys">
                    {t('keys', { keys: row.keys[0] })}
                    {row.keys.slice(1).map((key) => (
                      <span key={key} className="indicator-merged-key">
                        、{key}
                        <button
                          type="button"
                          className="indicator-split"
                          aria-label={t('split', { key })}
                          title={t('split', { key })}
                          onClick={() => onSplit(key)}
                        >
                          ×
                        </button>
                      </span>
                    ))}
                  </span>
                )}
              </th>
              {documents.map((d) => (
                <td key={d.id}>
                  {row.values
                    .filter((v) => v.docId === d.id)
                    .map((v) => (
                      <div key={v.spanId} className="indicator-cell-value">
                        <span className="indicator-parsed">
                          {valueText(v) || <span className="indicator-no-amount">{t('noAmount')}</span>}
                        </span>
                        <button
                          type="button"
                          className="indicator-link indicator-quote"
                          title={t('openSpan', { title: titles.get(v.docId) ?? '' })}
                          onClick={() => onOpenValue(v)}
                        >
                          {v.quote}
                        </button>
                      </div>
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
