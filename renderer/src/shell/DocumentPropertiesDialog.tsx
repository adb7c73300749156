import { useId, useState, type FormEvent } from 'react';
import type { DocumentSummary } from '../../../electron/shared/model';
import { documentDate, type DocumentDate } from '../../../electron/shared/structure/documentDate';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { holdComposingEnter } from '../keys';
import { Dialog } from './Dialog';
import { errorMessage } from './lib/errorMessage';
import { documentMetaStrings } from './strings/documentMetaStrings';
import { shellStrings } from './strings/shellStrings';
import { showToast } from './toastStore';
import './documentMeta.css';

interface DocumentPropertiesDialogProps {
  doc: DocumentSummary;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

/** A date as the analyst typed it: '2023-01-05', '2023年1月5日', '2023'; null for an empty field, undefined for one that reads as no date. */
function typedDate(input: string): DocumentDate | null | undefined {
  const text = input.trim();
  if (text === '') return null;
  const year = /^[0-9]{4}$/.test(text) ? `${text}年` : text;
  return documentDate(year, year) ?? undefined;
}

/** What a field sends: its trimmed text, or null when emptied; undefined when it is as it was. */
function changed(input: string, before: string | null | undefined): string | null | undefined {
  const text = input.trim();
  if (text === (before ?? '')) return undefined;
  return text === '' ? null : text;
}

/** A document's date, region and issuer, as found on import, corrected by hand; an emptied field clears its value. */
export function DocumentPropertiesDialog({ doc, onClose, onSaved }: DocumentPropertiesDialogProps) {
  const { t } = useT(documentMetaStrings);
  const { t: ts } = useT(shellStrings);
  const [date, setDate] = useState(doc.date?.raw ?? '');
  const [region, setRegion] = useState(doc.region ?? '');
  const [issuer, setIssuer] = useState(doc.issuer ?? '');
  const [busy, setBusy] = useState(false);
  const [dateError, setDateError] = useState(false);
  const formId = useId();
  const ids = { date: useId(), region: useId(), issuer: useId(), dateHint: useId(), regionHint: useId(), issuerHint: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const newDate = date.trim() === (doc.date?.raw ?? '') ? undefined : typedDate(date);
    if (date.trim() !== (doc.date?.raw ?? '') && newDate === undefined) {
      setDateError(true);
      return;
    }
    setBusy(true);
    try {
      await call('documents.update', {
        id: doc.id,
        ...(newDate !== undefined && { date: newDate }),
        ...(changed(region, doc.region) !== undefined && { region: changed(region, doc.region) }),
        ...(changed(issuer, doc.issuer) !== undefined && { issuer: changed(issuer, doc.issuer) }),
      });
      showToast('info', t('saved', { title: doc.title }));
      await onSaved();
      onClose();
    } catch (error) {
      showToast('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('propertiesTitle', { title: doc.title })}
      onClose={onClose}
      size="small"
      className="document-properties"
      footer={
        <>
          <button type="button" onClick={onClose}>
            {ts('cancel')}
          </button>
          <button type="submit" form={formId} className="primary" disabled={busy}>
            {t('save')}
          </button>
        </>
      }
    >
      <form id={formId} className="doc-properties-form" onSubmit={(event) => void submit(event)} onKeyDown={holdComposingEnter}>
        <p className="hint">{t('foundOnImport')}</p>
        <div className="field">
          <label htmlFor={ids.date}>{t('date')}</label>
          <input
            id={ids.date}
            data-autofocus
            value={date}
            aria-describedby={ids.dateHint}
            aria-invalid={dateError}
            onChange={(event) => {
              setDate(event.target.value);
              setDateError(false);
            }}
          />
          <p id={ids.dateHint} className={dateError ? 'inline-error' : 'hint'} role={dateError ? 'alert' : undefined}>
            {dateError ? t('dateInvalid') : t('dateHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.region}>{t('region')}</label>
          <input
            id={ids.region}
            value={region}
            maxLength={200}
            aria-describedby={ids.regionHint}
            onChange={(event) => setRegion(event.target.value)}
          />
          <p id={ids.regionHint} className="hint">
            {t('regionHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.issuer}>{t('issuer')}</label>
          <input
            id={ids.issuer}
            value={issuer}
            maxLength={500}
            aria-describedby={ids.issuerHint}
            onChange={(event) => setIssuer(event.target.value)}
          />
          <p id={ids.issuerHint} className="hint">
            {t('issuerHint')}
          </p>
        </div>
      </form>
    </Dialog>
  );
}
