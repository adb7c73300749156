import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { isCommitEnter, isComposing } from '../keys';
import { indicatorStrings } from './indicatorStrings';

/** The chosen indicator's new name: Enter or Save keeps it, Escape leaves it (an input method's Enter and Escape are its own). */
export function RenameField({ name, onSave, onCancel }: { name: string; onSave: (name: string) => void; onCancel: () => void }) {
  const { t } = useT(indicatorStrings);
  const [text, setText] = useState(name);
  return (
    <span className="indicator-rename">
      <input
        type="text"
        aria-label={t('renameLabel', { name })}
        placeholder={t('renameHint')}
        value={text}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (isCommitEnter(event)) onSave(text);
          else if (event.key === 'Escape' && !isComposing(event)) {
            event.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="button" className="primary" onClick={() => onSave(text)}>
        {t('save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </span>
  );
}
