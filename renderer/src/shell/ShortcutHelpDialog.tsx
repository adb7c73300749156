import { Fragment, useId } from 'react';
import type { Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { Dialog } from './Dialog';
import { SHORTCUT_GROUPS, SHORTCUTS, type Chord, type ShortcutGroup } from './lib/shortcuts';
import { shellStrings } from './strings/shellStrings';
import { shortcutStrings } from './strings/shortcutStrings';
import { useChordLabel } from './useChordLabel';

interface Row {
  id: string;
  chords: readonly Chord[];
  description: string;
}

interface ShortcutHelpDialogProps {
  tags: readonly Tag[];
  onClose: () => void;
}

/** Every shortcut of the app in the current language, grouped, read from the same definitions the key handlers use. */
export function ShortcutHelpDialog({ tags, onClose }: ShortcutHelpDialogProps) {
  const { t, language } = useT(shortcutStrings);
  const { t: ts } = useT(shellStrings);
  const idBase = useId();
  const chordLabel = useChordLabel();

  const rowsOf = (group: ShortcutGroup): Row[] => [
    ...(group === 'tagging'
      ? tags.flatMap((tag) =>
          tag.hotkey
            ? [{ id: `tag-${tag.id}`, chords: [{ key: tag.hotkey }], description: t('tagHotkey', { label: tag.label[language] }) }]
            : [],
        )
      : []),
    ...SHORTCUTS.filter((s) => s.group === group).map((s) => ({ id: s.id, chords: s.chords, description: t(s.id) })),
  ];

  return (
    <Dialog
      title={t('title')}
      onClose={onClose}
      size="large"
      className="shortcut-dialog"
      footer={
        <button type="button" className="primary" onClick={onClose}>
          {ts('close')}
        </button>
      }
    >
      <p className="hint shortcut-intro">{t('intro')}</p>
      <div className="shortcut-groups" role="region" aria-label={t('title')} tabIndex={0}>
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} className="shortcut-group" aria-labelledby={`${idBase}-${group}`}>
            <h3 id={`${idBase}-${group}`}>{t(`group_${group}`)}</h3>
            <dl className="shortcut-list">
              {rowsOf(group).map((row) => (
                <div key={row.id} className="shortcut-row">
                  <dt className="shortcut-keys">
                    {row.chords.map((chord, i) => (
                      <Fragment key={i}>
                        {i > 0 && <span className="shortcut-or">{t('or')}</span>}
                        <kbd className="shortcut-chord">{chordLabel(chord)}</kbd>
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{row.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
