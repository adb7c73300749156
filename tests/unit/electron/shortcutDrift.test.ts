import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../electron/shared/contract';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menuTemplate';
import { SHORTCUTS, type Chord, type Shortcut } from '../../../renderer/src/shell/lib/shortcuts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** An Electron accelerator (CmdOrCtrl+Shift+S) as the chord the renderer's definitions use on that platform. */
function toChord(accelerator: string, isMac: boolean): Chord {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const primary = parts.some((p) => p === 'CmdOrCtrl' || (isMac ? p === 'Cmd' : p === 'Ctrl'));
  return { key: key.length === 1 ? key.toLowerCase() : key, primary, shift: parts.includes('Shift'), alt: parts.includes('Alt') };
}

const same = (a: Chord, b: Chord) => a.key === b.key && !!a.primary === !!b.primary && !!a.shift === !!b.shift && !!a.alt === !!b.alt;

describe('the shortcut definitions (and so the shortcut help) and the Electron menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`list every accelerator of the ${platform} menu, bound to the command its item runs`, () => {
      // What the item clicked last did: the command it sends, or the host dialog that stands for the command of that name.
      let done: string | null = null;
      const actions: MenuActions = {
        send: (command: MenuCommand) => (done = command),
        newSession: () => (done = 'newSession'),
        openSession: () => (done = 'openSession'),
        openRecent: () => (done = 'openRecent'),
        saveAs: () => (done = 'saveAs'),
        closeSession: () => (done = 'closeSession'),
        about: () => (done = 'about'),
      };
      const items = flatten(buildMenuTemplate({ language: 'en', platform, dev: false, recent: [], actions }));
      const accelerated = items.filter((item) => typeof item.accelerator === 'string');
      expect(accelerated.length).toBeGreaterThan(5);
      for (const item of accelerated) {
        const what = `${item.accelerator} (${item.label})`;
        const chord = toChord(item.accelerator as string, platform === 'darwin');
        const shortcut: Shortcut | undefined = SHORTCUTS.find((s) => s.chords.some((c) => same(c, chord)));
        expect(shortcut, what).toBeDefined();
        done = null;
        (item.click as () => void)();
        expect(shortcut?.command, what).toBe(done);
      }
    });
  }
});
