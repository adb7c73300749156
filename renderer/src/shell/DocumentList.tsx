import { useState, type KeyboardEvent } from 'react';
import type { DocumentSummary, Tag } from '../../../electron/shared/model';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentListItem } from './DocumentListItem';
import { errorMessage } from './lib/errorMessage';
import { navigateIndex } from './lib/listOrder';
import { shellStrings } from './strings/shellStrings';
import { showToast } from './toastStore';

interface DocumentListProps {
  documents: readonly DocumentSummary[];
  tags: readonly Tag[];
  openDocId: string | null;
  onOpen: (id: string) => void;
  onChanged: () => Promise<void>;
}

/**
 * The session's documents. The list is one tab stop (roving tabindex): the
 * arrows, Home and End move between documents, Enter opens one.
 */
export function DocumentList({ documents, tags, openDocId, onOpen, onChanged }: DocumentListProps) {
  const { t } = useT('shell', shellStrings);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DocumentSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const tabStopId = documents.some((doc) => doc.id === focusedId) ? focusedId : (openDocId ?? documents[0]?.id ?? null);

  const onNavigate = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const next = navigateIndex(index, event.key, documents.length);
    if (next === null) return;
    event.preventDefault();
    const target = documents[next];
    if (!target) return;
    setFocusedId(target.id);
    event.currentTarget
      .closest('ul')
      ?.querySelector<HTMLElement>(`[data-doc-id="${CSS.escape(target.id)}"]`)
      ?.focus();
  };

  const rename = async (doc: DocumentSummary, title: string) => {
    try {
      await call('documents.rename', { id: doc.id, title });
      showToast('info', t('renamed', { title }));
      await onChanged();
      return true;
    } catch (error) {
      showToast('error', errorMessage(error));
      return false;
    }
  };

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await call('documents.remove', { id: deleting.id });
      showToast('info', t('deleted', { title: deleting.title }));
      setDeleting(null);
      await onChanged();
    } catch (error) {
      showToast('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const spansOf = (doc: DocumentSummary) => Object.values(doc.counts).reduce((a, b) => a + b, 0);

  return (
    <nav className="doc-list" aria-label={t('documentList')}>
      <div className="doc-list-header">
        <h2>{t('documents')}</h2>
        <span className="muted">{t('documentCount', { count: documents.length })}</span>
      </div>
      <ul>
        {documents.map((doc, index) => (
          <DocumentListItem
            key={doc.id}
            doc={doc}
            tags={tags}
            selected={doc.id === openDocId}
            tabStop={doc.id === tabStopId}
            onOpen={() => onOpen(doc.id)}
            onRename={(title) => rename(doc, title)}
            onDelete={() => setDeleting(doc)}
            onNavigate={onNavigate(index)}
            onFocus={() => setFocusedId(doc.id)}
          />
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t('deleteDocTitle')}
          confirmLabel={t('delete')}
          danger
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('deleteDocBody', { title: deleting.title, count: spansOf(deleting) })}</p>
        </ConfirmDialog>
      )}
    </nav>
  );
}
