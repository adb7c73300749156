import { useId } from 'react';
import type { Language, TextWidth } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { Dialog } from './Dialog';
import { layoutStrings } from './strings/layoutStrings';
import { shellStrings } from './strings/shellStrings';

interface SettingsDialogProps {
  languageSetting: Language | null;
  snapToWords: boolean;
  textWidth: TextWidth;
  onLanguage: (choice: Language | null) => void;
  onSnapToWords: (on: boolean) => void;
  onTextWidth: (choice: TextWidth) => void;
  onClose: () => void;
}

const TEXT_WIDTHS: readonly TextWidth[] = ['narrow', 'medium', 'wide'];

/** App settings; each applies live, as soon as it is picked. */
export function SettingsDialog({
  languageSetting,
  snapToWords,
  textWidth,
  onLanguage,
  onSnapToWords,
  onTextWidth,
  onClose,
}: SettingsDialogProps) {
  const { t } = useT(shellStrings);
  const { t: tLayout } = useT(layoutStrings);
  const hintId = useId();
  const snapHintId = useId();
  const widthHintId = useId();
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
      <fieldset className="choice-group" aria-describedby={widthHintId}>
        <legend>{tLayout('textWidth')}</legend>
        {TEXT_WIDTHS.map((choice) => (
          <label key={choice} className="choice">
            <input type="radio" name="textWidth" checked={textWidth === choice} onChange={() => onTextWidth(choice)} />
            {tLayout(`textWidth_${choice}`)}
          </label>
        ))}
        <p id={widthHintId} className="hint">
          {tLayout('textWidthHint')}
        </p>
      </fieldset>
    </Dialog>
  );
}
