import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS } from '../../../electron/shared/defaultTags';
import { hotkeyClash, normalizeHotkey } from '../../../renderer/src/shell/lib/hotkeys';

describe('normalizeHotkey', () => {
  it('takes the last character typed, lower-cased', () => {
    expect(normalizeHotkey('a')).toBe('a');
    expect(normalizeHotkey('aQ')).toBe('q');
    expect(normalizeHotkey('4')).toBe('4');
  });

  it('keeps a character outside the BMP whole', () => {
    expect(normalizeHotkey('𠀀')).toBe('𠀀');
  });

  it('refuses nothing, whitespace and control characters', () => {
    expect(normalizeHotkey('')).toBeNull();
    expect(normalizeHotkey(' ')).toBeNull();
    expect(normalizeHotkey('\t')).toBeNull();
    expect(normalizeHotkey('\u0007')).toBeNull();
  });
});

describe('hotkeyClash', () => {
  it('names the tag that already uses the key', () => {
    expect(hotkeyClash(DEFAULT_TAGS, '2', null)?.id).toBe('project');
  });

  it('lets a tag keep its own key', () => {
    expect(hotkeyClash(DEFAULT_TAGS, '2', 'project')).toBeNull();
  });

  it('compares letters case-insensitively', () => {
    const tags = [...DEFAULT_TAGS, { id: 'risk', label: { zh: '风险', en: 'Risk' }, color: '#aa0000', hotkey: 'R' }];
    expect(hotkeyClash(tags, 'r', 'target')?.id).toBe('risk');
  });

  it('never clashes on no key or a free key', () => {
    expect(hotkeyClash(DEFAULT_TAGS, null, null)).toBeNull();
    expect(hotkeyClash(DEFAULT_TAGS, '9', null)).toBeNull();
  });
});
