import { useEffect, useState } from 'react';
import type { DocumentSummary, Tag } from '../../../electron/shared/model';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { AddTagForm } from './AddTagForm';
import { RelationTypesSection } from './RelationTypesSection';
import { Dialog } from './Dialog';
import { RemoveTagDialog } from './RemoveTagDialog';
import { TagRow, type TagPatch } from './TagRow';
import { errorMessage } from './lib/errorMessage';
import { moveItem } from './lib/listOrder';
import { tagUsage } from './lib/tagUsage';
import { shellStrings } from './strings/shellStrings';
import { tagStrings } from './strings/tagStrings';

interface TagEditorDialogProps {
  tags: readonly Tag[];
  documents: readonly DocumentSummary[];
  /** The core changed the tags (or spans, on delete): reload them. */
  onChanged: () => Promise<void>;
  onClose: () => void;
}

/** The tag editor: rename, recolour, re-key, reorder, delete and add, each change saved at once; the relation types below the tags. */
export function TagEditorDialog({ tags, documents, onChanged, onClose }: TagEditorDialogProps) {
  const { t } = useT(tagStrings);
  const { t: ts } = useT(shellStrings);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Tag | null>(null);
  const [busy, setBusy] = useState(false);
  const [refocus, setRefocus] = useState<{ id: string; move: 'up' | 'down' } | null>(null);

  // A moved row's button may lose focus when React moves the row; put it back, or on the other arrow once at an end.
  useEffect(() => {
    if (!refocus) return;
    const row = document.querySelector<HTMLElement>(`.tag-row[data-tag-id="${CSS.escape(refocus.id)}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${refocus.move}"]`);
    const fallback = row?.querySelector<HTMLButtonElement>(`[data-move="${refocus.move === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
    setRefocus(null);
  }, [refocus, tags]);

  const attempt = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      await onChanged();
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
  };

  const update = (tag: Tag, patch: TagPatch) => attempt(() => call('tags.update', { id: tag.id, ...patch }));

  const move = (index: number, delta: -1 | 1) => {
    const tag = tags[index];
    if (!tag) return;
    const ids = moveItem(
      tags.map((x) => x.id),
      index,
      delta,
    );
    void attempt(() => call('tags.reorder', { ids })).then(() => setRefocus({ id: tag.id, move: delta < 0 ? 'up' : 'down' }));
  };

  const remove = async (moveTo: string | null) => {
    if (!removing) return;
    setBusy(true);
    const id = removing.id;
    if (await attempt(() => call('tags.remove', { id, moveTo }))) setRemoving(null);
    setBusy(false);
  };

  return (
    <Dialog
      title={t('title')}
      onClose={onClose}
      size="large"
      className="tag-dialog"
      footer={
        <button type="button" className="primary" onClick={onClose}>
          {ts('close')}
        </button>
      }
    >
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      <div className="tag-row tag-head" aria-hidden="true">
        <span>{t('color')}</span>
        <span>{t('labelZh')}</span>
        <span>{t('labelEn')}</span>
        <span>{t('hotkey')}</span>
        <span />
        <span />
      </div>
      <ol className="tag-list" aria-label={t('list')}>
        {tags.map((tag, index) => (
          <TagRow
            key={tag.id}
            tag={tag}
            allTags={tags}
            usage={tagUsage(documents, tag.id)}
            isFirst={index === 0}
            isLast={index === tags.length - 1}
            onUpdate={(patch) => update(tag, patch)}
            onMove={(delta) => move(index, delta)}
            onRemove={() => setRemoving(tag)}
          />
        ))}
      </ol>
      <AddTagForm tags={tags} onCreate={(input) => attempt(() => call('tags.create', input))} />
      <RelationTypesSection tags={tags} />
      {removing && (
        <RemoveTagDialog
          tag={removing}
          others={tags.filter((tag) => tag.id !== removing.id)}
          usage={tagUsage(documents, removing.id)}
          busy={busy}
          onConfirm={(moveTo) => void remove(moveTo)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </Dialog>
  );
}
