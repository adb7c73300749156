import type { MenuCommand } from '../../../../electron/shared/contract';

/** The parts of a keyboard event a shortcut depends on. */
export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** One key combination. `primary` is Ctrl, or Cmd on macOS; a key left without `shift` or `alt` means without them. */
export interface Chord {
  key: string;
  primary?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export type ShortcutGroup = 'tagging' | 'navigation' | 'popover' | 'suggestions' | 'find' | 'layout' | 'session';

export interface Shortcut {
  id: string;
  group: ShortcutGroup;
  /** Any one of these does it. */
  chords: readonly Chord[];
  /** The app command the native menu binds to these keys; in the web mode the window raises it. */
  command?: MenuCommand;
  /** The keys are taken by the part of the UI they act on (the workspace, in and out of its fields), not by the window. */
  local?: boolean;
}

const ARROWS: readonly Chord[] = [{ key: 'ArrowUp' }, { key: 'ArrowDown' }, { key: 'Home' }, { key: 'End' }];
const MENU_KEYS: readonly Chord[] = [{ key: 'ContextMenu' }, { key: 'F10', shift: true }];

/**
 * Every keyboard shortcut of the app, in the order the shortcut help lists
 * them. The handlers match keys against these entries, and a unit test holds
 * the Electron menu's accelerators to them, so the help cannot drift from
 * what the keys do. The tags' own hotkeys come from the tags.
 */
export const SHORTCUTS = [
  { id: 'tagMenu', group: 'tagging', chords: MENU_KEYS },
  {
    id: 'selectText',
    group: 'tagging',
    chords: [
      { key: 'ArrowLeft', shift: true },
      { key: 'ArrowRight', shift: true },
      { key: 'ArrowUp', shift: true },
      { key: 'ArrowDown', shift: true },
    ],
  },
  { id: 'selectAll', group: 'tagging', chords: [{ key: 'a', primary: true }] },
  { id: 'undo', group: 'tagging', chords: [{ key: 'z', primary: true }], command: 'undo', local: true },
  {
    id: 'redo',
    group: 'tagging',
    chords: [
      { key: 'z', primary: true, shift: true },
      { key: 'y', primary: true },
    ],
    command: 'redo',
    local: true,
  },
  { id: 'listMove', group: 'navigation', chords: ARROWS },
  { id: 'listOpen', group: 'navigation', chords: [{ key: 'Enter' }] },
  { id: 'listRename', group: 'navigation', chords: [{ key: 'F2' }] },
  { id: 'listDelete', group: 'navigation', chords: [{ key: 'Delete' }] },
  { id: 'listMenu', group: 'navigation', chords: MENU_KEYS },
  { id: 'panelMove', group: 'navigation', chords: ARROWS },
  { id: 'panelOpen', group: 'navigation', chords: [{ key: 'Enter' }] },
  { id: 'panelDelete', group: 'navigation', chords: [{ key: 'Delete' }] },
  { id: 'panelGroup', group: 'navigation', chords: [{ key: 'ArrowRight' }, { key: 'ArrowLeft' }] },
  { id: 'outlineFold', group: 'navigation', chords: [{ key: 'ArrowLeft' }, { key: 'ArrowRight' }] },
  { id: 'outlineJump', group: 'navigation', chords: [{ key: 'Enter' }] },
  { id: 'help', group: 'navigation', chords: [{ key: '?' }, { key: 'F1' }] },
  { id: 'noteSave', group: 'popover', chords: [{ key: 'Enter' }] },
  { id: 'noteNewline', group: 'popover', chords: [{ key: 'Enter', shift: true }] },
  { id: 'popoverClose', group: 'popover', chords: [{ key: 'Escape' }] },
  // The span's edges move while its popover is open; ← moves an edge towards the text's start, → towards its end.
  {
    id: 'spanEnd',
    group: 'popover',
    chords: [
      { key: 'ArrowLeft', shift: true, alt: true },
      { key: 'ArrowRight', shift: true, alt: true },
    ],
  },
  {
    id: 'spanStart',
    group: 'popover',
    chords: [
      { key: 'ArrowLeft', primary: true, shift: true, alt: true },
      { key: 'ArrowRight', primary: true, shift: true, alt: true },
    ],
  },
  // A link from the active span: R starts it, the keys below move to the other span, Enter links, Esc gives up.
  { id: 'linkStart', group: 'popover', chords: [{ key: 'r' }] },
  {
    id: 'linkMove',
    group: 'popover',
    chords: [{ key: 'Tab' }, { key: 'Tab', shift: true }, { key: 'ArrowDown' }, { key: 'ArrowUp' }],
  },
  { id: 'linkConfirm', group: 'popover', chords: [{ key: 'Enter' }] },
  { id: 'linkCancel', group: 'popover', chords: [{ key: 'Escape' }] },
  { id: 'suggestAccept', group: 'suggestions', chords: [{ key: 'a' }, { key: 'Enter' }] },
  { id: 'suggestReject', group: 'suggestions', chords: [{ key: 'x' }, { key: 'Delete' }] },
  { id: 'suggestNext', group: 'suggestions', chords: [{ key: 'Tab' }] },
  { id: 'suggestPrev', group: 'suggestions', chords: [{ key: 'Tab', shift: true }] },
  { id: 'find', group: 'find', chords: [{ key: 'f', primary: true }], command: 'find', local: true },
  { id: 'findNext', group: 'find', chords: [{ key: 'Enter' }] },
  { id: 'findPrev', group: 'find', chords: [{ key: 'Enter', shift: true }] },
  { id: 'findClose', group: 'find', chords: [{ key: 'Escape' }] },
  { id: 'search', group: 'find', chords: [{ key: 'f', primary: true, shift: true }], command: 'search' },
  { id: 'toggleDocuments', group: 'layout', chords: [{ key: 'd', primary: true, shift: true }] },
  { id: 'toggleAnnotations', group: 'layout', chords: [{ key: 'a', primary: true, shift: true }] },
  { id: 'toggleOutline', group: 'layout', chords: [{ key: 'o', primary: true, shift: true }] },
  { id: 'splitterResize', group: 'layout', chords: [{ key: 'ArrowLeft' }, { key: 'ArrowRight' }] },
  { id: 'splitterFold', group: 'layout', chords: [{ key: 'Enter' }] },
  { id: 'openSession', group: 'session', chords: [{ key: 'o', primary: true }], command: 'openSession' },
  { id: 'saveAs', group: 'session', chords: [{ key: 's', primary: true, shift: true }], command: 'saveAs' },
  { id: 'import', group: 'session', chords: [{ key: 'i', primary: true }], command: 'import' },
  { id: 'export', group: 'session', chords: [{ key: 'e', primary: true }], command: 'export' },
  { id: 'settings', group: 'session', chords: [{ key: ',', primary: true }], command: 'settings' },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['tagging', 'navigation', 'popover', 'suggestions', 'find', 'layout', 'session'];

function chordMatches(chord: Chord, event: KeyChord, isMac: boolean): boolean {
  const primary = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  const plain = !event.ctrlKey && !event.metaKey;
  if (chord.primary ? !primary : !plain) return false;
  if (Boolean(chord.alt) !== event.altKey) return false;
  // A typed symbol already says whether Shift was down (? is Shift+/ on most layouts); letters and named keys do not.
  const symbol = [...chord.key].length === 1 && chord.key.toLowerCase() === chord.key.toUpperCase();
  if (!symbol && Boolean(chord.shift) !== event.shiftKey) return false;
  return chord.key.length === 1 ? chord.key === event.key.toLowerCase() : chord.key === event.key;
}

/** Whether a key event is one of the shortcut's chords. */
export function isShortcut(id: ShortcutId, event: KeyChord, isMac: boolean): boolean {
  const shortcut: Shortcut | undefined = SHORTCUTS.find((s) => s.id === id);
  return shortcut?.chords.some((chord) => chordMatches(chord, event, isMac)) ?? false;
}

/**
 * The app command a key chord stands for in the web mode, where there is no
 * native menu to own the accelerators; null for keys the window leaves alone.
 */
export function shortcutCommand(chord: KeyChord, isMac: boolean): MenuCommand | null {
  const shortcut: Shortcut | undefined = SHORTCUTS.find(
    (s: Shortcut) => s.command !== undefined && !s.local && s.chords.some((c) => chordMatches(c, chord, isMac)),
  );
  return shortcut?.command ?? null;
}

/** The shortcuts' chords written for aria-keyshortcuts (Control+O, Shift+F10), on the control those keys act on. */
export function ariaKeyShortcuts(ids: readonly ShortcutId[], isMac: boolean): string {
  const chords: Chord[] = SHORTCUTS.filter((s) => (ids as readonly string[]).includes(s.id)).flatMap((s) => [...s.chords]);
  const written = chords.map((chord) =>
    [
      chord.primary && (isMac ? 'Meta' : 'Control'),
      chord.alt && 'Alt',
      chord.shift && 'Shift',
      chord.key.length === 1 ? chord.key.toUpperCase() : chord.key,
    ]
      .filter((part): part is string => typeof part === 'string')
      .join('+'),
  );
  return [...new Set(written)].join(' ');
}
