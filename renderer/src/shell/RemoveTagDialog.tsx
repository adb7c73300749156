import { useId, useState } from 'react';
import type { Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { tagStrings } from './strings/tagStrings';

interface RemoveTagDialogProps {
  tag: Tag;
  others: readonly Tag[];
  usage: number;
  busy: boolean;
  /** `moveTo` null deletes the tag's spans with it. */
  onConfirm: (moveTo: string | null) => void;
  onCancel: () => void;
}

/** Deleting a tag in use asks what becomes of its spans: deleted too, or moved to another tag. */
export function RemoveTagDialog({ tag, others, usage, busy, onConfirm, onCancel }: RemoveTagDialogProps) {
  const { t, language } = useT(tagStrings);
  const name = tag.label[language];
  const [mode, setMode] = useState<'delete' | 'move'>(others.length > 0 ? 'move' : 'delete');
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const selectId = useId();

  return (
    <ConfirmDialog
      title={t('removeTitle', { tag: name })}
      confirmLabel={t('confirmRemove')}
      danger
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => onConfirm(usage > 0 && mode === 'move' ? moveTo : null)}
    >
      {usage === 0 ? (
        <p>{t('removeUnused', { tag: name })}</p>
      ) : (
        <fieldset className="choice-group">
          <legend>{t('removeUsed', { tag: name, count: usage })}</legend>
          {others.length > 0 && (
            <div className="choice">
              <input type="radio" id={`${selectId}-move`} name="remove-mode" checked={mode === 'move'} onChange={() => setMode('move')} />
              <label htmlFor={`${selectId}-move`}>{t('moveSpans')}</label>
              <select
                id={selectId}
                aria-label={t('moveTarget')}
                value={moveTo}
                disabled={mode !== 'move'}
                onChange={(e) => setMoveTo(e.target.value)}
              >
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.label[language]}
                  </option>
                ))}
              </select>
            </div>
          )}
          <label className="choice">
            <input type="radio" name="remove-mode" checked={mode === 'delete'} onChange={() => setMode('delete')} />
            {t('removeSpans')}
          </label>
        </fieldset>
      )}
    </ConfirmDialog>
  );
}
