import { useEffect, useId, useMemo, useState } from 'react';
import type { IndicatorTable, IndicatorValue } from '../../../electron/shared/indicators/indicatorTableSchema';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { Dialog } from '../shell/Dialog';
import { errorMessage } from '../shell/lib/errorMessage';
import { showToast } from '../shell/toastStore';
import { chartSeries } from './chartSeries';
import { dateText } from './documentLabel';
import { IndicatorChart, type ChartKind } from './IndicatorChart';
import { indicatorStrings } from './indicatorStrings';
import { IndicatorTableView } from './IndicatorTableView';
import { RenameField } from './RenameField';
import './indicators.css';

interface IndicatorsDialogProps {
  /** Open a document at a span of the table. */
  onOpenValue: (value: IndicatorValue) => void;
  onClose: () => void;
}

/**
 * The targets of the session by indicator (indicators.list): a chart of the
 * chosen indicator over the documents, with its data as a table, and the
 * table of every indicator × document. Checked indicators merge into one
 * (indicators.merge) and come apart again (indicators.split), and the chosen
 * one can be renamed (indicators.rename); all are kept in the session.
 */
export function IndicatorsDialog({ onOpenValue, onClose }: IndicatorsDialogProps) {
  const { t } = useT(indicatorStrings);
  const [table, setTable] = useState<IndicatorTable | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [kind, setKind] = useState<ChartKind>('line');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [into, setInto] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const ids = useId();

  useEffect(() => {
    call('indicators.list', {})
      .then(setTable)
      .catch((error: unknown) => showToast('error', errorMessage(error)));
  }, []);

  const row = table?.rows.find((r) => r.key === chosen) ?? table?.rows[0] ?? null;
  const series = useMemo(() => (row && table ? chartSeries(row, table.documents) : null), [row, table]);
  const checkedRows = table?.rows.filter((r) => checked.has(r.key)) ?? [];
  const target = checkedRows.find((r) => r.key === into) ?? checkedRows[0] ?? null;

  const merge = async () => {
    if (!target) return;
    try {
      const from = checkedRows.filter((r) => r !== target).map((r) => r.key);
      setTable(await call('indicators.merge', { from, into: target.key }));
      setChecked(new Set());
      setChosen(target.key);
      showToast('info', t('merged', { count: from.length, name: target.name }));
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  };

  const split = async (key: string) => {
    try {
      setTable(await call('indicators.split', { key }));
      showToast('info', t('splitDone', { key }));
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  };

  const rename = async (key: string, name: string) => {
    try {
      const next = await call('indicators.rename', { key, name });
      setTable(next);
      setRenaming(null);
      showToast('info', t('renamed', { name: next.rows.find((r) => r.key === key)?.name ?? name }));
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  };

  return (
    <Dialog title={t('title')} onClose={onClose} size="large" className="indicators-dialog">
      {!table ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : table.rows.length === 0 || !row || !series ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <>
          <section className="indicator-chart-panel" aria-labelledby={`${ids}-chart`}>
            <h3 id={`${ids}-chart`} className="visually-hidden">
              {t('chart')}
            </h3>
            <div className="indicator-chart-bar">
              <label className="indicator-choose">
                <span>{t('choose')}</span>
                <select value={row.key} onChange={(event) => setChosen(event.target.value)} data-autofocus>
                  {table.rows.map((r) => (
                    <option key={r.key} value={r.key}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </label>
              <div role="radiogroup" aria-label={t('kind')} className="indicator-kind">
                {(['line', 'bar'] as const).map((k) => (
                  <label key={k} className={kind === k ? 'is-on' : undefined}>
                    <input type="radio" name={`${ids}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
                    {t(k)}
                  </label>
                ))}
              </div>
              {renaming === row.key ? (
                <RenameField name={row.name} onSave={(name) => void rename(row.key, name)} onCancel={() => setRenaming(null)} />
              ) : (
                <button type="button" onClick={() => setRenaming(row.key)}>
                  {t('rename')}
                </button>
              )}
            </div>
            <IndicatorChart name={row.name} series={series} kind={kind} />
            <p className="indicator-legend muted">{t('legend')}</p>
            {series.left > 0 && <p className="indicator-left muted">{t('left', { count: series.left })}</p>}
            <details className="indicator-chart-data">
              <summary>{t('chartData')}</summary>
              <table className="indicator-data-table">
                <caption className="visually-hidden">{t('chartLabel', { name: row.name, unit: series.unit, points: '' })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('document')}</th>
                    <th scope="col">{t('date')}</th>
                    <th scope="col">{t('parsed')}</th>
                    <th scope="col">{t('written')}</th>
                  </tr>
                </thead>
                <tbody>
                  {series.points.map((p) => (
                    <tr key={p.value.spanId}>
                      <th scope="row">{p.document.title}</th>
                      <td>{dateText(p.document) || t('undated')}</td>
                      <td>{p.text}</td>
                      <td>{p.value.quote}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </section>
          <section className="indicator-table-panel" aria-labelledby={`${ids}-table`}>
            <div className="indicator-table-bar">
              <h3 id={`${ids}-table`}>{t('table')}</h3>
              <span className="muted" role="status">
                {t('summary', { rows: table.rows.length, docs: new Set(table.rows.flatMap((r) => r.values.map((v) => v.docId))).size })}
              </span>
              {checkedRows.length >= 2 ? (
                <span className="indicator-merge">
                  <label>
                    <span>{t('mergeInto')}</span>
                    <select value={target?.key} onChange={(event) => setInto(event.target.value)}>
                      {checkedRows.map((r) => (
                        <option key={r.key} value={r.key}>
                          {r.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="button" className="primary" onClick={() => void merge()}>
                    {t('merge', { count: checkedRows.length })}
                  </button>
                </span>
              ) : (
                <span className="indicator-merge muted">{t('mergeHint')}</span>
              )}
            </div>
            <IndicatorTableView
              table={table}
              chosen={row.key}
              checked={checked}
              onChoose={setChosen}
              onCheck={(key, on) =>
                setChecked((old) => {
                  const next = new Set(old);
                  if (on) next.add(key);
                  else next.delete(key);
                  return next;
                })
              }
              onOpenValue={onOpenValue}
              onSplit={(key) => void split(key)}
            />
          </section>
        </>
      )}
    </Dialog>
  );
}
