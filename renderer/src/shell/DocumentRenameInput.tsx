import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { isCommitEnter, isComposing } from '../keys';
import { useSaveOnLeave } from '../useSaveOnLeave';
import { shellStrings } from './strings/shellStrings';

interface DocumentRenameInputProps {
  title: string;
  /** Save the new title; false when the core refused it, and the field stays open. */
  onSave: (title: string) => Promise<boolean>;
  /** Renaming is over; `refocus` when it ended by a key, so the focus goes back to the document. */
  onDone: (refocus: boolean) => void;
}

/** A document's title being renamed in place: Enter saves, Escape cancels, leaving the field (or the page) saves. */
export function DocumentRenameInput({ title, onSave, onDone }: DocumentRenameInputProps) {
  const { t } = useT(shellStrings);
  const [draft, setDraft] = useState(title);
  const input = useRef<HTMLInputElement>(null);
  // Enter saves and then removes the field, which may blur it: that second finish, and the one on unmount, must not save again.
  const finished = useRef(false);

  useEffect(() => input.current?.select(), []);

  const finish = async (save: boolean, refocus: boolean) => {
    if (finished.current) return;
    finished.current = true;
    const next = draft.trim();
    const saved = !save || next === '' || next === title || (await onSave(next));
    if (saved) onDone(refocus);
    else finished.current = false;
  };
  useSaveOnLeave(() => void finish(true, false));

  return (
    <input
      ref={input}
      className="doc-rename"
      aria-label={t('renameInput', { title })}
      value={draft}
      maxLength={500}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => void finish(true, false)}
      onKeyDown={(event) => {
        if (isCommitEnter(event)) {
          event.preventDefault();
          void finish(true, true);
        } else if (event.key === 'Escape' && !isComposing(event)) {
          event.preventDefault();
          void finish(false, true);
        }
      }}
    />
  );
}
