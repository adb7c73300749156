import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { DocumentSort, DocumentSummary, Tag } from '../../../electron/shared/model';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { DocumentActionsMenu } from './DocumentActionsMenu';
import { DocumentListItem } from './DocumentListItem';
import { DocumentPropertiesDialog } from './DocumentPropertiesDialog';
import { DocumentSortControl } from './DocumentSortControl';
import { sortDocuments } from './lib/documentOrder';
import { errorMessage } from './lib/errorMessage';
import { navigateIndex } from './lib/listOrder';
import { shellStrings } from './strings/shellStrings';
import { showToast } from './toastStore';

const IMPORTED: DocumentSort = { key: 'imported', descending: false };

interface DocumentListProps {
  documents: readonly DocumentSummary[];
  tags: readonly Tag[];
  openDocId: string | null;
  /** The order the session's view state remembers; null: as imported. */
  initialSort: DocumentSort | null;
  /** Drawn at the end of the list's header: the button that folds the list. */
  headerAction: ReactNode;
  onOpen: (id: string) => void;
  onChanged: () => Promise<void>;
}

/**
 * The session's documents. The list is one tab stop (roving tabindex): the
 * arrows, Home and End move between documents, Enter opens one, F2 renames,
 * Delete deletes, and the Menu key, Shift+F10 or a right click offer both.
 */
export function DocumentList({ documents: imported, tags, openDocId, initialSort, headerAction, onOpen, onChanged }: DocumentListProps) {
  const { t } = useT(shellStrings);
  const [sort, setSort] = useState<DocumentSort>(initialSort ?? IMPORTED);
  useEffect(() => setSort(initialSort ?? IMPORTED), [initialSort]);
  const documents = useMemo(() => sortDocuments(imported, sort), [imported, sort]);
  const [editing, setEditing] = useState<DocumentSummary | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ doc: DocumentSummary; x: number; y: number } | null>(null);
  const [deleting, setDeleting] = useState<DocumentSummary | null>(null);
  const [busy, setBusy] = useState(false);
  // The document whose button gets the focus once the list shows it: after a rename, a delete, or a closed menu.
  const [refocusId, setRefocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const buttonOf = (id: string) => listRef.current?.querySelector<HTMLElement>(`[data-doc-id="${CSS.escape(id)}"]`) ?? null;

  // In an effect, so it runs after the list has re-rendered (with the new title, or without the deleted document);
  // until the button is there, the next render tries again.
  useEffect(() => {
    if (refocusId === null) return;
    const button = buttonOf(refocusId);
    if (!button) return;
    button.focus();
    setRefocusId(null);
  }, [refocusId, documents, renamingId]);

  const tabStopId = documents.some((doc) => doc.id === focusedId) ? focusedId : (openDocId ?? documents[0]?.id ?? null);

  const onNavigate = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const next = navigateIndex(index, event.key, documents.length);
    if (next === null) return;
    event.preventDefault();
    const target = documents[next];
    if (!target) return;
    setFocusedId(target.id);
    buttonOf(target.id)?.focus();
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
    const index = documents.findIndex((doc) => doc.id === deleting.id);
    const neighbour = documents[index + 1] ?? documents[index - 1] ?? null;
    try {
      await call('documents.remove', { id: deleting.id });
      showToast('info', t('deleted', { title: deleting.title }));
      await onChanged();
      setDeleting(null);
      // The deleted document's button is gone with the focus it had: the next document in the list takes it.
      setRefocusId(neighbour?.id ?? null);
    } catch (error) {
      showToast('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  // The menu's choice is made with the focus back on the document, so that the confirmation returns it there.
  const fromMenu = (action: (doc: DocumentSummary) => void) => () => {
    if (!menu) return;
    buttonOf(menu.doc.id)?.focus();
    setMenu(null);
    action(menu.doc);
  };

  const changeSort = (next: DocumentSort) => {
    setSort(next);
    call('view.set', { documentSort: next }).catch((error: unknown) => showToast('error', errorMessage(error)));
  };

  const spansOf = (doc: DocumentSummary) => Object.values(doc.counts).reduce((a, b) => a + b, 0);

  return (
    <nav className="doc-list" aria-label={t('documentList')}>
      <div className="doc-list-header">
        <h2>{t('documents')}</h2>
        <span className="muted">{t('documentCount', { count: documents.length })}</span>
        {headerAction}
      </div>
      {imported.length > 1 && <DocumentSortControl sort={sort} onChange={changeSort} />}
      <ul ref={listRef}>
        {documents.map((doc, index) => (
          <DocumentListItem
            key={doc.id}
            doc={doc}
            tags={tags}
            selected={doc.id === openDocId}
            tabStop={doc.id === tabStopId}
            renaming={doc.id === renamingId}
            onOpen={() => onOpen(doc.id)}
            onStartRename={() => setRenamingId(doc.id)}
            onRename={(title) => rename(doc, title)}
            onRenameDone={(refocus) => {
              setRenamingId(null);
              if (refocus) setRefocusId(doc.id);
            }}
            onDelete={() => setDeleting(doc)}
            onMenu={(x, y) => setMenu({ doc, x, y })}
            onNavigate={onNavigate(index)}
            onFocus={() => setFocusedId(doc.id)}
          />
        ))}
      </ul>
      {menu && (
        <DocumentActionsMenu
          title={menu.doc.title}
          x={menu.x}
          y={menu.y}
          onRename={fromMenu((doc) => setRenamingId(doc.id))}
          onProperties={fromMenu(setEditing)}
          onDelete={fromMenu(setDeleting)}
          onClose={(refocus) => {
            if (refocus) setRefocusId(menu.doc.id);
            setMenu(null);
          }}
        />
      )}
      {editing && <DocumentPropertiesDialog doc={editing} onClose={() => setEditing(null)} onSaved={onChanged} />}
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
