import { useId } from 'react';
import type { Language } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { shellStrings } from './strings/shellStrings';

interface LanguageSwitchProps {
  setting: Language | null;
  onChange: (choice: Language | null) => void;
}

const SYSTEM = 'system';

/** The language choice as a compact select: 中文, English or follow the system. */
export function LanguageSwitch({ setting, onChange }: LanguageSwitchProps) {
  const { t } = useT(shellStrings);
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language')}
      </label>
      <span aria-hidden="true" className="language-icon">
        文/A
      </span>
      <select
        id={id}
        value={setting ?? SYSTEM}
        onChange={(event) => {
          const value = event.target.value;
          onChange(value === 'zh' || value === 'en' ? value : null);
        }}
      >
        <option value="zh" lang="zh-CN">
          {t('languageZh')}
        </option>
        <option value="en" lang="en">
          {t('languageEn')}
        </option>
        <option value={SYSTEM}>{t('languageSystem')}</option>
      </select>
    </div>
  );
}
