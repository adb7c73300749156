import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummary, Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { isCommitEnter, isComposing } from '../keys';
import { TagBadges } from './TagBadges';
import { shellStrings } from './strings/shellStrings';
import { Icon } from './Icon';

interface DocumentListItemProps {
  doc: DocumentSummary;
  tags: readonly Tag[];
  selected: boolean;
  /** Whether this item holds the list's single tab stop. */
  tabStop: boolean;
  onOpen: () => void;
  onRename: (title: string) => Promise<boolean>;
  onDelete: () => void;
  onNavigate: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
}

/** One document in the list: opens on click or Enter, renames in place (F2), deletes after asking (Delete). */
export function DocumentListItem({ doc, tags, selected, tabStop, onOpen, onRename, onDelete, onNavigate, onFocus }: DocumentListItemProps) {
  const { t } = useT('shell', shellStrings);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(doc.title);
  const inputRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  const startEditing = () => {
    setDraft(doc.title);
    setEditing(true);
  };

  // Enter both saves and, by removing the input, may blur it: the second finish must not save again.
  const finishing = useRef(false);
  const finish = async (save: boolean) => {
    if (finishing.current) return;
    finishing.current = true;
    const title = draft.trim();
    const saved = !save || title === '' || title === doc.title || (await onRename(title));
    finishing.current = false;
    if (!saved) return;
    setEditing(false);
    requestAnimationFrame(() => openRef.current?.focus());
  };

  return (
    <li className={`doc-item${selected ? ' selected' : ''}`}>
      {editing ? (
        <input
          ref={inputRef}
          className="doc-rename"
          aria-label={t('renameInput', { title: doc.title })}
          value={draft}
          maxLength={500}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void finish(true)}
          onKeyDown={(event) => {
            if (isCommitEnter(event)) {
              event.preventDefault();
              void finish(true);
            } else if (event.key === 'Escape' && !isComposing(event)) {
              event.preventDefault();
              void finish(false);
            }
          }}
        />
      ) : (
        <button
          ref={openRef}
          type="button"
          className="doc-open"
          data-doc-id={doc.id}
          aria-current={selected ? 'true' : undefined}
          tabIndex={tabStop ? 0 : -1}
          onClick={onOpen}
          onFocus={onFocus}
          onKeyDown={(event) => {
            if (event.key === 'F2') {
              event.preventDefault();
              startEditing();
            } else if (event.key === 'Delete') {
              event.preventDefault();
              onDelete();
            } else {
              onNavigate(event);
            }
          }}
        >
          <span className="doc-title">{doc.title}</span>
          <span className="doc-meta">
            <TagBadges tags={tags} counts={doc.counts} />
            <span className="doc-length">{t('chars', { count: doc.length })}</span>
          </span>
        </button>
      )}
      {!editing && (
        <span className="doc-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={t('renameDoc', { title: doc.title })}
            title={t('rename')}
            onClick={startEditing}
          >
            <Icon name="edit" />
          </button>
          <button
            type="button"
            className="icon-button danger-text"
            aria-label={t('deleteDoc', { title: doc.title })}
            title={t('delete')}
            onClick={onDelete}
          >
            <Icon name="trash" />
          </button>
        </span>
      )}
    </li>
  );
}
