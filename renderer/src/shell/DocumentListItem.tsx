import type { KeyboardEvent, MouseEvent } from 'react';
import type { DocumentSummary, Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { DocumentOrigin } from './DocumentOrigin';
import { DocumentRenameInput } from './DocumentRenameInput';
import { Icon } from './Icon';
import { isMac } from './lib/platform';
import { ariaKeyShortcuts, isShortcut } from './lib/shortcuts';
import { shellStrings } from './strings/shellStrings';
import { TagBadges } from './TagBadges';

const ITEM_KEYS = ariaKeyShortcuts(['listRename', 'listDelete', 'listMenu'], isMac);

interface DocumentListItemProps {
  doc: DocumentSummary;
  tags: readonly Tag[];
  selected: boolean;
  /** Whether this item holds the list's single tab stop. */
  tabStop: boolean;
  renaming: boolean;
  onOpen: () => void;
  onStartRename: () => void;
  onRename: (title: string) => Promise<boolean>;
  onRenameDone: (refocus: boolean) => void;
  onDelete: () => void;
  /** Open the actions menu at this point of the window. */
  onMenu: (x: number, y: number) => void;
  onNavigate: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
}

/**
 * One document in the list: opens on click or Enter, renames in place (F2),
 * deletes after asking (Delete), and offers both in a menu (right click, the
 * Menu key, Shift+F10). The rename and delete buttons are for the mouse: the
 * keyboard reaches their actions by those keys, so the list stays one tab stop.
 */
export function DocumentListItem(props: DocumentListItemProps) {
  const { doc, tags, selected, tabStop, renaming, onOpen, onStartRename, onRename, onRenameDone, onDelete, onMenu, onNavigate, onFocus } =
    props;
  const { t } = useT(shellStrings);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (isShortcut('listRename', event, isMac)) {
      event.preventDefault();
      onStartRename();
    } else if (isShortcut('listDelete', event, isMac)) {
      event.preventDefault();
      onDelete();
    } else {
      onNavigate(event);
    }
  };

  // A menu opened from the keyboard (button -1) appears under the title; one opened by the mouse, at the pointer.
  const onContextMenu = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    if (event.button === -1) onMenu(box.left + 12, box.top + 28);
    else onMenu(event.clientX, event.clientY);
  };

  return (
    <li className={`doc-item${selected ? ' selected' : ''}`}>
      {renaming ? (
        <DocumentRenameInput title={doc.title} onSave={onRename} onDone={onRenameDone} />
      ) : (
        <>
          <button
            type="button"
            className="doc-open"
            data-doc-id={doc.id}
            aria-current={selected ? 'true' : undefined}
            aria-keyshortcuts={ITEM_KEYS}
            tabIndex={tabStop ? 0 : -1}
            onClick={onOpen}
            onFocus={onFocus}
            onKeyDown={onKeyDown}
            onContextMenu={onContextMenu}
          >
            <span className="doc-title">{doc.title}</span>
            <DocumentOrigin doc={doc} />
            <span className="doc-meta">
              <TagBadges tags={tags} counts={doc.counts} />
              <span className="doc-length">{t('chars', { count: doc.length })}</span>
            </span>
          </button>
          <span className="doc-actions">
            <button
              type="button"
              className="icon-button"
              tabIndex={-1}
              aria-label={t('renameDoc', { title: doc.title })}
              title={t('rename')}
              onClick={onStartRename}
            >
              <Icon name="edit" />
            </button>
            <button
              type="button"
              className="icon-button danger-text"
              tabIndex={-1}
              aria-label={t('deleteDoc', { title: doc.title })}
              title={t('delete')}
              onClick={onDelete}
            >
              <Icon name="trash" />
            </button>
          </span>
        </>
      )}
    </li>
  );
}
