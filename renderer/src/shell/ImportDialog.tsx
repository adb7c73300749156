import { useEffect, useRef, useState } from 'react';
import type { ImportFile, ImportPreview, ImportReport, OffsetUnit } from '../../../electron/shared/contract';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { Dialog } from './Dialog';
import { ImportFileError } from './ImportFileError';
import { ImportNoticeList } from './ImportNoticeList';
import { ImportPreviewItem } from './ImportPreviewItem';
import { errorMessage } from './lib/errorMessage';
import { isDoccanoJsonl } from './lib/importFileTypes';
import { noticesByFile, previewTotals, previewWritesSomething, reportTotals } from './lib/importSummary';
import { OffsetUnitChoice } from './OffsetUnitChoice';
import { importStrings } from './strings/importStrings';
import { shellStrings } from './strings/shellStrings';

interface ImportDialogProps {
  files: ImportFile[];
  onImported: (report: ImportReport) => void;
  onClose: () => void;
}

function cancelPreview(previewId: string): void {
  call('import.cancel', { previewId }).catch(() => undefined);
}

/**
 * Preview, then commit or cancel. Every preview the core made is cancelled
 * unless committed (a re-run with another clean-up or offset setting replaces
 * the previous one), so that nothing lingers and nothing is written by accident.
 */
export function ImportDialog({ files, onImported, onClose }: ImportDialogProps) {
  const { t } = useT(importStrings);
  const { t: ts } = useT(shellStrings);
  const [cleanup, setCleanup] = useState(true);
  const [offsets, setOffsets] = useState<OffsetUnit>('utf16');
  const hasJsonl = files.some((file) => isDoccanoJsonl(file.name));
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    setBusy(true);
    setError(null);
    call('import.preview', { files, cleanup, offsets })
      .then((answer) => {
        if (!live) {
          cancelPreview(answer.previewId);
          return;
        }
        if (pending.current) cancelPreview(pending.current);
        pending.current = answer.previewId;
        setPreview(answer);
      })
      .catch((failure: unknown) => {
        if (live) setError(errorMessage(failure));
      })
      .finally(() => {
        if (live) setBusy(false);
      });
    return () => {
      live = false;
    };
  }, [files, cleanup, offsets]);

  useEffect(
    () => () => {
      if (pending.current) cancelPreview(pending.current);
    },
    [],
  );

  const commit = async () => {
    const previewId = pending.current;
    if (!previewId) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await call('import.commit', { previewId });
      pending.current = null;
      setReport(answer);
      onImported(answer);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  if (report) {
    const totals = reportTotals(report);
    return (
      <Dialog
        title={t('doneTitle')}
        onClose={onClose}
        className="import-dialog"
        footer={
          <button type="button" className="primary" data-autofocus onClick={onClose}>
            {ts('close')}
          </button>
        }
      >
        <p className="import-summary">{t('doneSummary', totals)}</p>
        {report.errors.length > 0 && (
          <section className="dialog-section">
            <h3>{t('errorsHeading')}</h3>
            <ul className="plain-list">
              {report.errors.map((failure, index) => (
                <li key={index} className="inline-error">
                  <ImportFileError file={failure.file} message={failure.message} named />
                </li>
              ))}
            </ul>
          </section>
        )}
        {report.notices.length > 0 && (
          <section className="dialog-section">
            <h3>{t('noticesHeading')}</h3>
            {noticesByFile(report.notices).map((group) => (
              <div key={group.file} className="import-notice-group">
                <p className="import-file">{group.file}</p>
                <ImportNoticeList notices={group.notices} label={t('notices', { file: group.file })} />
              </div>
            ))}
          </section>
        )}
        {report.duplicates.length > 0 && (
          <section className="dialog-section">
            <h3>{t('duplicatesHeading')}</h3>
            <ul className="plain-list">
              {report.duplicates.map((dup, index) => (
                <li key={index}>
                  {dup.title} <span className="muted">({dup.file})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </Dialog>
    );
  }

  const totals = preview ? previewTotals(preview) : null;
  const canImport = !busy && totals !== null && previewWritesSomething(totals);

  return (
    <Dialog
      title={t('title')}
      onClose={onClose}
      size="large"
      className="import-dialog"
      footer={
        <>
          <button type="button" onClick={onClose}>
            {ts('cancel')}
          </button>
          <button type="button" className="primary" disabled={!canImport} onClick={() => void commit()}>
            {busy && preview ? t('importing') : t('importButton')}
          </button>
        </>
      }
    >
      <label className="choice toggle">
        <input type="checkbox" checked={cleanup} disabled={busy} onChange={(event) => setCleanup(event.target.checked)} />
        {t('cleanup')}
      </label>
      {hasJsonl && <OffsetUnitChoice value={offsets} disabled={busy} onChange={setOffsets} />}
      {busy && !preview && <p className="muted">{t('previewing')}</p>}
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      {preview && totals && (
        <>
          <p className="import-summary" aria-live="polite">
            {previewWritesSomething(totals) ? t('totals', { ...totals }) : t('nothingToImport')}
          </p>
          <ul className="import-items" aria-label={t('fileList')} aria-busy={busy}>
            {preview.items.map((item, index) => (
              <ImportPreviewItem key={`${item.file}-${index}`} item={item} />
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
