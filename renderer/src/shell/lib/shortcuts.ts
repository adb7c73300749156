import type { MenuCommand } from '../../../../electron/shared/contract';

/** The parts of a keyboard event a shortcut depends on. */
export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The app command a key chord stands for in the web mode, where there is no
 * native menu to own the accelerators: Ctrl (Cmd on macOS) + O, Shift+S, I, E.
 */
export function shortcutCommand(chord: KeyChord, isMac: boolean): MenuCommand | null {
  const primary = isMac ? chord.metaKey && !chord.ctrlKey : chord.ctrlKey && !chord.metaKey;
  if (!primary || chord.altKey) return null;
  const key = chord.key.toLowerCase();
  if (chord.shiftKey) return key === 's' ? 'saveAs' : null;
  switch (key) {
    case 'o':
      return 'openSession';
    case 'i':
      return 'import';
    case 'e':
      return 'export';
    default:
      return null;
  }
}
