import { useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { isComposing } from '../keys';
import { isMac } from '../shell/lib/platform';
import { isShortcut } from '../shell/lib/shortcuts';
import { useSaveOnLeave } from '../useSaveOnLeave';
import { workspaceStrings } from './workspaceStrings';

interface NoteFieldProps {
  /** The span's note as saved; the field is keyed by the span, so this is read once. */
  saved: string;
  onSave: (note: string) => void;
}

/** A span's note: saved on Enter, when the field is left, and when it goes away with its popover by any route. */
export function NoteField({ saved, onSave }: NoteFieldProps) {
  const { t } = useT(workspaceStrings);
  const [note, setNote] = useState(saved);
  const sent = useRef(saved);

  const save = () => {
    if (note === sent.current) return;
    sent.current = note;
    onSave(note);
  };
  useSaveOnLeave(save);

  return (
    <label className="ws-note">
      <span>{t('note')}</span>
      <textarea
        value={note}
        rows={3}
        placeholder={t('notePlaceholder')}
        onChange={(event) => setNote(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (isShortcut('noteSave', event, isMac) && !isComposing(event)) {
            event.preventDefault();
            save();
          }
        }}
      />
    </label>
  );
}
