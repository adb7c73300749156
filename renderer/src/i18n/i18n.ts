import i18next, { type TOptions } from 'i18next';
import { useSyncExternalStore } from 'react';
import type { Language } from '../../../electron/shared/model';

/**
 * The UI's languages. Each part of the UI registers its own namespace of
 * strings (`registerStrings`), so that parts can be written independently.
 */
void i18next.init({
  lng: navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  resources: {},
  initAsync: false,
  showSupportNotice: false,
});

/**
 * One namespace's strings, the same keys in both languages, each a sentence with `{{name}}` slots that `t()` fills.
 * The table carries its namespace: a lookup names the table alone, and its keys are typed from that table.
 */
export interface StringTable<K extends string> {
  ns: string;
  zh: Record<K, string>;
  en: Record<K, string>;
}

/** Register a namespace's strings in both languages; zh and en must have the same keys. */
export function registerStrings<K extends string>(ns: string, strings: { zh: Record<K, string>; en: Record<K, string> }): StringTable<K> {
  i18next.addResourceBundle('zh', ns, strings.zh, true, true);
  i18next.addResourceBundle('en', ns, strings.en, true, true);
  return { ns, ...strings };
}

export function currentLanguage(): Language {
  return i18next.language === 'zh' ? 'zh' : 'en';
}

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
}

/** The translate function of one namespace (the table's own); re-renders the component when the language changes. */
export function useT<K extends string>(strings: StringTable<K>) {
  const language = useSyncExternalStore(subscribe, currentLanguage);
  // i18next's key typing expects declared resource types; ours are registered at run time per namespace.
  const translate = i18next.t as unknown as (key: string, options: TOptions) => string;
  const t = (key: K, options?: TOptions): string => translate(key, { ns: strings.ns, lng: language, ...options });
  return { t, language };
}
