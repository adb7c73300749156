import type { CSSProperties } from 'react';
import type { Language, Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { TagSwatch } from '../ui/TagChip';
import { workspaceStrings } from './workspaceStrings';

interface ToolbarProps {
  tags: readonly Tag[];
  language: Language;
  canUndo: boolean;
  canRedo: boolean;
  status: string | null;
  onTag: (tagId: string) => void;
  onFind: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

/** One button per tag (in its colour, with its hotkey), then find, undo and redo. */
export function Toolbar({ tags, language, canUndo, canRedo, status, onTag, onFind, onUndo, onRedo }: ToolbarProps) {
  const { t } = useT(workspaceStrings);
  return (
    <div className="ws-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <div className="ws-tag-buttons">
        {tags.map((tag) => {
          const label = tag.label[language];
          const name = tag.hotkey ? t('tagAsKey', { label, key: tag.hotkey }) : t('tagAs', { label });
          return (
            <button
              key={tag.id}
              type="button"
              className="ws-tag-button"
              style={{ '--tag': tag.color } as CSSProperties}
              // Named by its visible label (what a voice user says); the title describes the action and its key.
              title={name}
              aria-keyshortcuts={tag.hotkey ?? undefined}
              // Keep the text selection: a focused button would not clear it, but a mousedown default can.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onTag(tag.id)}
            >
              <TagSwatch color={tag.color} />
              {label}
              {tag.hotkey && <kbd aria-hidden="true">{tag.hotkey}</kbd>}
            </button>
          );
        })}
      </div>
      <div className="ws-status" role="status" aria-live="polite">
        {status}
      </div>
      <div className="ws-tool-buttons">
        <button type="button" className="ws-icon-button" aria-label={t('find')} title={t('find')} onClick={onFind}>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="M12.5 12.5 17 17" />
          </svg>
        </button>
        <button type="button" className="ws-icon-button" aria-label={t('undo')} title={t('undo')} disabled={!canUndo} onClick={onUndo}>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M7 5 3 9l4 4" />
            <path d="M3 9h9a5 5 0 0 1 0 10h-2" />
          </svg>
        </button>
        <button type="button" className="ws-icon-button" aria-label={t('redo')} title={t('redo')} disabled={!canRedo} onClick={onRedo}>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="m13 5 4 4-4 4" />
            <path d="M17 9H8a5 5 0 0 0 0 10h2" />
          </svg>
        </button>
      </div>
    </div>
  );
}
