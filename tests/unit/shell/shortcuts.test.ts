import { describe, expect, it } from 'vitest';
import { shortcutCommand, type KeyChord } from '../../../renderer/src/shell/lib/shortcuts';

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
