import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, isShortcut, shortcutCommand, type KeyChord } from '../../../renderer/src/shell/lib/shortcuts';

const chord = (key: string, mods: Partial<KeyChord> = {}): KeyChord => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutCommand', () => {
  it('maps Ctrl chords off macOS', () => {
    expect(shortcutCommand(chord('o', { ctrlKey: true }), false)).toBe('openSession');
    expect(shortcutCommand(chord('i', { ctrlKey: true }), false)).toBe('import');
    expect(shortcutCommand(chord('e', { ctrlKey: true }), false)).toBe('export');
    expect(shortcutCommand(chord('S', { ctrlKey: true, shiftKey: true }), false)).toBe('saveAs');
  });

  it('maps Cmd chords on macOS and ignores Ctrl there', () => {
    expect(shortcutCommand(chord('o', { metaKey: true }), true)).toBe('openSession');
    expect(shortcutCommand(chord('o', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutCommand(chord('o', { metaKey: true }), false)).toBeNull();
  });

  it('ignores plain keys, Alt chords, Ctrl+S without Shift and unknown letters', () => {
    expect(shortcutCommand(chord('o'), false)).toBeNull();
    expect(shortcutCommand(chord('o', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(shortcutCommand(chord('s', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutCommand(chord('i', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutCommand(chord('z', { ctrlKey: true }), false)).toBeNull();
  });
});

describe('isShortcut', () => {
  it('takes a typed symbol with or without Shift, and named keys only without modifiers', () => {
    expect(isShortcut('help', chord('?', { shiftKey: true }), false)).toBe(true);
    expect(isShortcut('help', chord('?'), false)).toBe(true);
    expect(isShortcut('help', chord('F1'), false)).toBe(true);
    expect(isShortcut('help', chord('F1', { ctrlKey: true }), false)).toBe(false);
    expect(isShortcut('listRename', chord('F2'), false)).toBe(true);
    expect(isShortcut('listRename', chord('F2', { shiftKey: true }), false)).toBe(false);
    expect(isShortcut('listDelete', chord('Delete'), false)).toBe(true);
    expect(isShortcut('listMenu', chord('F10', { shiftKey: true }), false)).toBe(true);
    expect(isShortcut('listMenu', chord('F10'), false)).toBe(false);
  });

  it('tells Enter from Shift+Enter', () => {
    expect(isShortcut('findNext', chord('Enter'), false)).toBe(true);
    expect(isShortcut('findNext', chord('Enter', { shiftKey: true }), false)).toBe(false);
    expect(isShortcut('findPrev', chord('Enter', { shiftKey: true }), false)).toBe(true);
  });
});

describe('shortcutCommand in the web mode', () => {
  it('raises settings on Ctrl+, as the Electron menu does, and leaves the workspace its own keys', () => {
    expect(shortcutCommand(chord(',', { ctrlKey: true }), false)).toBe('settings');
    expect(shortcutCommand(chord('f', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutCommand(chord('y', { ctrlKey: true }), false)).toBeNull();
  });
});

describe('ariaKeyShortcuts', () => {
  it('writes the chords as aria-keyshortcuts expects', () => {
    expect(ariaKeyShortcuts(['listRename', 'listDelete', 'listMenu'], false)).toBe('F2 Delete ContextMenu Shift+F10');
    expect(ariaKeyShortcuts(['saveAs'], false)).toBe('Control+Shift+S');
    expect(ariaKeyShortcuts(['saveAs'], true)).toBe('Meta+Shift+S');
  });
});
