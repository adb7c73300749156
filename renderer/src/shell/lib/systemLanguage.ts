import type { Language } from '../../../../electron/shared/model';

/** The UI language: the saved choice, else Chinese for any zh* system locale and English otherwise. */
export function resolveLanguage(saved: Language | null, systemLocale: string): Language {
  if (saved) return saved;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
