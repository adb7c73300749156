import { useId } from 'react';
import type { Language } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { Dialog } from './Dialog';
import { shellStrings } from './strings/shellStrings';

interface SettingsDialogProps {
  languageSetting: Language | null;
  snapToWords: boolean;
  onLanguage: (choice: Language | null) => void;
  onSnapToWords: (on: boolean) => void;
  onClose: () => void;
}

/** App settings; each takes effect as soon as it is changed. */
export function SettingsDialog({ languageSetting, snapToWords, onLanguage, onSnapToWords, onClose }: SettingsDialogProps) {
  const { t } = useT('shell', shellStrings);
  const hintId = useId();
  const snapHintId = useId();
  const choices: { value: Language | null; label: string; lang?: string }[] = [
    { value: 'zh', label: t('languageZh'), lang: 'zh-CN' },
    { value: 'en', label: t('languageEn'), lang: 'en' },
    { value: null, label: t('languageSystem') },
  ];
  return (
    <Dialog
      title={t('settingsTitle')}
      onClose={onClose}
      size="small"
      className="settings-dialog"
      footer={
        <button type="button" className="primary" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      <fieldset className="choice-group" aria-describedby={hintId}>
        <legend>{t('language')}</legend>
        {choices.map((choice) => (
          <label key={choice.value ?? 'system'} className="choice" lang={choice.lang}>
            <input type="radio" name="language" checked={languageSetting === choice.value} onChange={() => onLanguage(choice.value)} />
            {choice.label}
          </label>
        ))}
        <p id={hintId} className="hint">
          {t('settingsLanguageHint')}
        </p>
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('annotating')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={snapToWords}
            aria-describedby={snapHintId}
            onChange={(event) => onSnapToWords(event.target.checked)}
          />
          {t('snapToWords')}
        </label>
        <p id={snapHintId} className="hint">
          {t('snapToWordsHint')}
        </p>
      </fieldset>
    </Dialog>
  );
}
