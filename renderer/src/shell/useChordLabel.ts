import { useT } from '../i18n/i18n';
import { isMac } from './lib/platform';
import type { Chord } from './lib/shortcuts';
import { shortcutStrings } from './strings/shortcutStrings';

const ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };
const NAMED_KEYS = ['ContextMenu', 'Escape', 'Delete', 'Enter', 'Home', 'End'] as const;
type NamedKey = (typeof NAMED_KEYS)[number];

/** How a chord is written for the reader, in the current language and with this platform's modifier: Ctrl+Shift+S, ⌘+O, 菜单键. */
export function useChordLabel(): (chord: Chord) => string {
  const { t } = useT(shortcutStrings);
  const keyName = (key: string) => {
    if (ARROWS[key]) return ARROWS[key];
    if ((NAMED_KEYS as readonly string[]).includes(key)) return t(`key_${key as NamedKey}`);
    return key.length === 1 ? key.toUpperCase() : key;
  };
  return (chord) =>
    [chord.primary && (isMac ? '⌘' : 'Ctrl'), chord.alt && (isMac ? '⌥' : 'Alt'), chord.shift && 'Shift', keyName(chord.key)]
      .filter((part): part is string => typeof part === 'string')
      .join('+');
}
