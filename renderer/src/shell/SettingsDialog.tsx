import { useId } from 'react';
import type { Language } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { Dialog } from './Dialog';
import { shellStrings } from './strings/shellStrings';

interface SettingsDialogProps {
  languageSetting: Language | null;
  onLanguage: (choice: Language | null) => void;
  onClose: () => void;
}

/** App settings; the language changes live, as soon as it is picked. */
export function SettingsDialog({ languageSetting, onLanguage, onClose }: SettingsDialogProps) {
  const { t } = useT('shell', shellStrings);
  const hintId = useId();
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
    </Dialog>
  );
}
