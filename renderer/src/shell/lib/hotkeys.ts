import type { Tag } from '../../../../electron/shared/model';

/**
 * A tag hotkey from what the user typed: the last character, lower-cased so
 * that the same key with or without Shift is one hotkey; null for nothing,
 * or for whitespace and control characters, which cannot be tag hotkeys.
 */
export function normalizeHotkey(typed: string): string | null {
  const chars = [...typed];
  const last = chars[chars.length - 1];
  if (last === undefined || /^[\s\p{C}]$/u.test(last)) return null;
  return last.toLowerCase();
}

/** The tag other than `exceptId` that already uses `hotkey`, compared case-insensitively; null when free. */
export function hotkeyClash(tags: readonly Tag[], hotkey: string | null, exceptId: string | null): Tag | null {
  if (hotkey === null) return null;
  const wanted = hotkey.toLowerCase();
  return tags.find((tag) => tag.id !== exceptId && tag.hotkey?.toLowerCase() === wanted) ?? null;
}
