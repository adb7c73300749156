import { useCallback, useEffect, useId, useState } from 'react';
import type { AgreementMatrix, CurationResult, Disagreement } from '../../../electron/shared/agreement/agreementSchemas';
import type { DocumentSummary, Tag } from '../../../electron/shared/model';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { Dialog } from './Dialog';
import { DisagreementList } from './DisagreementList';
import { errorMessage } from './lib/errorMessage';
import { agreementStrings } from './strings/agreementStrings';
import './agreement.css';

const MEASURES = ['f1Exact', 'f1Overlap', 'kappa', 'alphaU'] as const;
type Measure = (typeof MEASURES)[number];

interface AgreementDialogProps {
  documents: readonly DocumentSummary[];
  tags: readonly Tag[];
  onOpenSpan: (span: { docId: string; start: number; end: number }) => void;
  /** The own layer changed (a take or its undo): the shell refreshes counts and the open document. */
  onChanged: () => void;
  onClose: () => void;
}

/** A figure as the matrix shows it: two decimals, or "n/a" where the measure is undefined (no spans, no variation). */
const shown = (value: number | null | undefined, none: string): string => (value === null || value === undefined ? none : value.toFixed(2));

/**
 * The agreement view: every two analysts' agreement by the chosen measure, over a tag or all, a document or all
 * (agreement.matrix); a cell lists where those two differ (agreement.disagreements), each difference with both
 * versions side by side, to jump to or to take into the own layer (curation.take, curation.takeAgreed).
 */
export function AgreementDialog({ documents, tags, onOpenSpan, onChanged, onClose }: AgreementDialogProps) {
  const { t, language } = useT(agreementStrings);
  const [measure, setMeasure] = useState<Measure>('f1Exact');
  const [tag, setTag] = useState<string>('');
  const [docId, setDocId] = useState<string>('');
  const [matrix, setMatrix] = useState<AgreementMatrix | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pair, setPair] = useState<{ a: string; b: string } | null>(null);
  const [found, setFound] = useState<Disagreement[] | null>(null);
  const [status, setStatus] = useState<{ text: string; undo: boolean } | null>(null);
  const [revision, setRevision] = useState(0);
  const ids = { measure: useId(), tag: useId(), doc: useId(), matrix: useId() };

  useEffect(() => {
    let live = true;
    call('agreement.matrix', { docIds: docId ? [docId] : null, tag: tag || null })
      .then((value) => live && (setMatrix(value), setError(null)))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [docId, tag, revision]);

  useEffect(() => {
    if (!pair) return;
    let live = true;
    call('agreement.disagreements', { a: pair.a, b: pair.b, docId: docId || null, tag: tag || null })
      .then((value) => live && setFound(value))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [pair, docId, tag, revision]);

  const nameOf = useCallback(
    (id: string) => {
      const analyst = matrix?.analysts.find((a) => a.id === id);
      if (!analyst) return id;
      return analyst.own ? t('you', { name: analyst.name }) : analyst.name;
    },
    [matrix, t],
  );
  const ownId = matrix?.analysts.find((a) => a.own)?.id ?? null;

  const curate = async (work: Promise<CurationResult>) => {
    try {
      const result = await work;
      const taken = t('taken', { count: result.taken.length });
      setStatus({
        text: result.alreadyOwn ? `${taken} ${t('alreadyOwn', { count: result.alreadyOwn })}` : taken,
        undo: result.taken.length > 0,
      });
    } catch (e) {
      setStatus({ text: errorMessage(e), undo: false });
    }
    setRevision((n) => n + 1);
    onChanged();
  };

  const undo = async () => {
    try {
      await call('history.undo', {});
      setStatus({ text: t('undone'), undo: false });
    } catch (e) {
      setStatus({ text: errorMessage(e), undo: false });
    }
    setRevision((n) => n + 1);
    onChanged();
  };

  const figure = (a: string, b: string) => {
    const entry = matrix?.corpus.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
    return { value: entry ? (tag ? entry.perTag[tag]?.[measure] : entry.overall[measure]) : null, docs: entry?.documents ?? 0 };
  };
  const band = (value: number | null | undefined) =>
    value === null || value === undefined ? 'none' : value >= 0.8 ? 'high' : value >= 0.6 ? 'mid' : 'low';

  return (
    <Dialog title={t('title')} onClose={onClose} size="large" className="agreement-dialog">
      <div className="agreement-controls">
        <label htmlFor={ids.measure}>{t('measure')}</label>
        <select id={ids.measure} value={measure} onChange={(e) => setMeasure(e.target.value as Measure)} data-autofocus>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(m)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.tag}>{t('tag')}</label>
        <select id={ids.tag} value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">{t('allTags')}</option>
          {tags.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label[language]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.doc}>{t('document')}</label>
        <select id={ids.doc} value={docId} onChange={(e) => setDocId(e.target.value)}>
          <option value="">{t('allDocuments')}</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="agreement-error" role="alert">
          {t('failed', { problem: error })}
        </p>
      )}
      {!matrix && !error && <p className="muted">{t('loading')}</p>}
      {matrix && (
        <table className="agreement-matrix" aria-labelledby={ids.matrix}>
          <caption id={ids.matrix}>
            {t('matrix')} · {t(measure)}
          </caption>
          <thead>
            <tr>
              <td />
              {matrix.analysts.map((a) => (
                <th key={a.id} scope="col">
                  {nameOf(a.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.analysts.map((row) => (
              <tr key={row.id}>
                <th scope="row">{nameOf(row.id)}</th>
                {matrix.analysts.map((col) => {
                  if (col.id === row.id) return <td key={col.id} className="agreement-self" />;
                  const { value, docs } = figure(row.id, col.id);
                  const text = shown(value, t('noFigure'));
                  const selected = pair?.a === row.id && pair.b === col.id;
                  return (
                    <td key={col.id}>
                      <button
                        type="button"
                        className={`agreement-cell agreement-${band(value)}`}
                        aria-pressed={selected}
                        aria-label={t('cell', { a: nameOf(row.id), b: nameOf(col.id), measure: t(measure), value: text, docs })}
                        onClick={() => {
                          setPair({ a: row.id, b: col.id });
                          setFound(null);
                          setStatus(null);
                        }}
                      >
                        {text}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status && (
        <p className="agreement-status" role="status">
          {status.text}
          {status.undo && (
            <button type="button" className="agreement-undo" onClick={() => void undo()}>
              {t('undo')}
            </button>
          )}
        </p>
      )}
      {!pair ? (
        matrix && <p className="muted">{t('pickCell')}</p>
      ) : (
        <DisagreementList
          a={pair.a}
          b={pair.b}
          found={found}
          tags={tags}
          ownId={ownId}
          nameOf={nameOf}
          onOpenSpan={onOpenSpan}
          onTake={(docId, analyst, spanId) => void curate(call('curation.take', { docId, analyst, spanIds: [spanId] }))}
          onTakeAgreed={(docId) => void curate(call('curation.takeAgreed', { docId, analysts: [pair.a, pair.b] }))}
        />
      )}
    </Dialog>
  );
}
