import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/shared/contract';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menuTemplate';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    send: (command: MenuCommand) => calls.push(`send:${command}`),
    newSession: () => calls.push('newSession'),
    openSession: () => calls.push('openSession'),
    openRecent: (path) => calls.push(`openRecent:${path}`),
    saveAs: () => calls.push('saveAs'),
    closeSession: () => calls.push('closeSession'),
    about: () => calls.push('about'),
  };
  return { calls, actions };
}

const recent = [{ path: '/data/市北.pizhu', name: '市北', documents: 2, spans: 5, lastOpened: '2026-01-01T00:00:00Z' }];

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('wires every item to a command the renderer knows, or to a host dialog', () => {
    const { calls, actions } = recorder();
    const items = flatten(buildMenuTemplate({ language: 'en', platform: 'linux', dev: false, recent, actions }));
    for (const item of items) if (item.click) click(item);
    const sent = calls.filter((c) => c.startsWith('send:')).map((c) => c.slice(5));
    for (const command of sent) expect(MENU_COMMANDS).toContain(command);
    expect(new Set(sent)).toEqual(
      new Set(['import', 'export', 'undo', 'redo', 'find', 'search', 'table', 'indicators', 'agreement', 'tags', 'settings']),
    );
    expect(calls).toEqual(
      expect.arrayContaining(['newSession', 'openSession', 'openRecent:/data/市北.pizhu', 'saveAs', 'closeSession', 'about']),
    );
  });

  it('undoes annotations, not text: Undo and Redo are commands, never the undo role', () => {
    const items = flatten(buildMenuTemplate({ language: 'en', platform: 'linux', dev: false, recent, ...recorder() }));
    expect(items.some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
    const undo = items.find((item) => item.label === 'Undo Annotation');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
  });

  it('has the documented shortcuts', () => {
    const items = flatten(buildMenuTemplate({ language: 'en', platform: 'win32', dev: false, recent, ...recorder() }));
    const accelerator = (label: string) => items.find((item) => item.label === label)?.accelerator;
    expect(accelerator('Open Session…')).toBe('CmdOrCtrl+O');
    expect(accelerator('Save As…')).toBe('CmdOrCtrl+Shift+S');
    expect(accelerator('Import…')).toBe('CmdOrCtrl+I');
    expect(accelerator('Export…')).toBe('CmdOrCtrl+E');
    expect(accelerator('Find…')).toBe('CmdOrCtrl+F');
    expect(accelerator('Indicators across Documents…')).toBe('CmdOrCtrl+Shift+G');
  });

  it('speaks Chinese and English with the same structure', () => {
    const shape = (items: MenuItemConstructorOptions[]): unknown =>
      items.map((item) => [item.role ?? null, item.accelerator ?? null, Array.isArray(item.submenu) ? shape(item.submenu) : null]);
    const zh = buildMenuTemplate({ language: 'zh', platform: 'linux', dev: true, recent, ...recorder() });
    const en = buildMenuTemplate({ language: 'en', platform: 'linux', dev: true, recent, ...recorder() });
    expect(shape(zh)).toEqual(shape(en));
    expect(zh.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '工具', '帮助']);
    expect(en.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Tools', 'Help']);
  });

  it('offers developer tools only in development', () => {
    const roles = (dev: boolean) =>
      flatten(buildMenuTemplate({ language: 'en', platform: 'linux', dev, recent, ...recorder() })).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('follows macOS conventions there: the app menu first, Quit in it', () => {
    const items = buildMenuTemplate({ language: 'en', platform: 'darwin', dev: false, recent: [], ...recorder() });
    expect(items[0]?.role).toBe('appMenu');
    expect(flatten(items.slice(1)).some((item) => item.role === 'quit')).toBe(false);
    const openRecent = flatten(items).find((item) => item.label === 'Open Recent');
    expect(openRecent?.submenu).toEqual([{ label: '(none)', enabled: false }]);
  });
});
