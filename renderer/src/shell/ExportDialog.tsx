import { useId, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat, type OffsetUnit } from '../../../electron/shared/contract';
import type { DocumentSummary, Tag } from '../../../electron/shared/model';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { TagSwatch } from '../ui/TagChip';
import { Dialog } from './Dialog';
import { downloadExport } from './downloadExport';
import { errorMessage } from './lib/errorMessage';
import { exportDocIds, exportReady, exportTagIds, type ExportScope } from './lib/exportChoice';
import { OffsetUnitChoice } from './OffsetUnitChoice';
import { ExportLayersChoice, type ExportLayers } from './ExportLayersChoice';
import { exportStrings } from './strings/exportStrings';
import { shellStrings } from './strings/shellStrings';
import { showToast } from './toastStore';

interface ExportDialogProps {
  documents: readonly DocumentSummary[];
  tags: readonly Tag[];
  openDocId: string | null;
  /** The span table's rows: the export holds exactly these spans, whatever the documents and tags. */
  spanIds?: readonly string[];
  onClose: () => void;
}

/** Choose documents, tags and a format, then download the export. */
export function ExportDialog({ documents, tags, openDocId, spanIds, onClose }: ExportDialogProps) {
  const { t, language } = useT(exportStrings);
  const { t: ts } = useT(shellStrings);
  const [scope, setScope] = useState<ExportScope>(openDocId ? 'current' : 'all');
  const [chosenDocs, setChosenDocs] = useState<string[]>(openDocId ? [openDocId] : []);
  const [chosenTags, setChosenTags] = useState<string[]>(tags.map((tag) => tag.id));
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [offsets, setOffsets] = useState<OffsetUnit>('utf16');
  const [layers, setLayers] = useState<ExportLayers>('own');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formId = useId();

  const docIds = exportDocIds(scope, openDocId, chosenDocs);
  const tagIds = exportTagIds(
    tags.map((tag) => tag.id),
    chosenTags,
  );
  const ready = spanIds ? spanIds.length > 0 : exportReady(docIds, tagIds);

  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await call(
        'export.run',
        spanIds
          ? { format, language, offsets, layers, spanIds: [...spanIds] }
          : { format, docIds, tags: tagIds, language, offsets, layers },
      );
      downloadExport(file);
      showToast('info', t('done', { file: file.fileName }));
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const scopes: { value: ExportScope; label: string; disabled?: boolean }[] = [
    { value: 'current', label: t('scopeCurrent'), disabled: openDocId === null },
    { value: 'all', label: t('scopeAll') },
    { value: 'chosen', label: t('scopeChosen') },
  ];

  return (
    <Dialog
      title={t('title')}
      onClose={onClose}
      size="large"
      className="export-dialog"
      footer={
        <>
          {!ready && <span className="hint footer-hint">{t('needDocAndTag')}</span>}
          <button type="button" onClick={onClose}>
            {ts('cancel')}
          </button>
          <button type="submit" form={formId} className="primary" disabled={!ready || busy}>
            {busy ? t('running') : t('run')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="export-grid"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && !busy) void run();
        }}
      >
        {spanIds && <p className="export-column export-rows">{t('scopeRows', { count: spanIds.length })}</p>}
        {/* Rows of the span table name their spans: documents and tags are not chosen then. */}
        <div className="export-column" hidden={spanIds !== undefined}>
          <fieldset className="choice-group">
            <legend>{t('scope')}</legend>
            {scopes.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name="scope"
                  value={option.value}
                  checked={scope === option.value}
                  disabled={option.disabled}
                  onChange={() => setScope(option.value)}
                />
                {option.label}
              </label>
            ))}
            {scope === 'chosen' && (
              <fieldset className="choice-group nested scroll-list">
                <legend className="visually-hidden">{t('chosenDocs')}</legend>
                {documents.map((doc) => (
                  <label key={doc.id} className="choice">
                    <input
                      type="checkbox"
                      checked={chosenDocs.includes(doc.id)}
                      onChange={(event) => setChosenDocs((list) => toggle(list, doc.id, event.target.checked))}
                    />
                    <span className="ellipsis">{doc.title}</span>
                  </label>
                ))}
              </fieldset>
            )}
          </fieldset>
          <fieldset className="choice-group">
            <legend>{t('tags')}</legend>
            {tags.map((tag) => (
              <label key={tag.id} className="choice">
                <input
                  type="checkbox"
                  checked={chosenTags.includes(tag.id)}
                  onChange={(event) => setChosenTags((list) => toggle(list, tag.id, event.target.checked))}
                />
                <TagSwatch color={tag.color} />
                {tag.label[language]}
              </label>
            ))}
          </fieldset>
        </div>
        <fieldset className="choice-group export-formats">
          <legend>{t('format')}</legend>
          {EXPORT_FORMATS.map((value) => (
            <label key={value} className="choice format-choice">
              <input type="radio" name="format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              <span>
                <span className="format-name">{value}</span>
                <span className="format-description">{t(value)}</span>
              </span>
            </label>
          ))}
          {/* Only doccano JSONL has a choice: the other formats always count code points. */}
          {format === 'jsonl' && <OffsetUnitChoice value={offsets} onChange={setOffsets} />}
        </fieldset>
        <ExportLayersChoice value={layers} onChange={setLayers} />
      </form>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
