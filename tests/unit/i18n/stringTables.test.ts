import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const RENDERER = join(import.meta.dirname, '..', '..', '..', 'renderer', 'src');

/** Every string table module of the UI: the shell's `strings/` folder and the workspace's, found by their names. */
function tableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tableFiles(path);
    return /Strings\.ts$/.test(entry.name) ? [path] : [];
  });
}

function slots(sentence: string): string[] {
  return [...sentence.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();
}

/** A table as renderer/src/i18n/i18n.ts registers it (read here as data: the renderer's types are another project's). */
interface StringTable {
  ns: string;
  zh: Record<string, string>;
  en: Record<string, string>;
}

const tables = new Map<string, StringTable>();

beforeAll(async () => {
  // The renderer picks its first language from the browser's; Node has no navigator of its own before version 21.
  vi.stubGlobal('navigator', { language: 'zh-CN' });
  for (const file of tableFiles(RENDERER)) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (value && typeof value === 'object' && 'ns' in value) tables.set(`${relative(RENDERER, file)} ${name}`, value as StringTable);
    }
  }
});

describe('the UI string tables, shell and workspace alike', () => {
  it('are all registered the same way, each under a namespace of its own', () => {
    const names = [...tables.keys()];
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^shell\//), expect.stringMatching(/^workspace\//)]));
    const namespaces = [...tables.values()].map((table) => table.ns);
    expect(new Set(namespaces).size).toBe(namespaces.length);
  });

  it('have the same keys in Chinese and English, and the same {{slots}} in both sentences of a key', () => {
    // An English singular may spell its one out ("one document") instead of filling {{count}}.
    const spelled = (key: string, names: string[]) => (key.endsWith('_one') ? names.filter((n) => n !== 'count') : names);
    for (const [name, table] of tables) {
      expect(Object.keys(table.en).sort(), name).toEqual(Object.keys(table.zh).sort());
      for (const key of Object.keys(table.zh)) {
        expect(spelled(key, slots(table.en[key]!)), `${name} ${key}`).toEqual(spelled(key, slots(table.zh[key]!)));
        expect(table.zh[key], `${name} ${key}`).not.toBe('');
      }
    }
  });

  it('give a singular form (`_one`) only beside the plain key it is the singular of', () => {
    for (const [name, table] of tables) {
      for (const key of Object.keys(table.en).filter((k) => k.endsWith('_one')))
        expect(table.en, `${name} ${key}`).toHaveProperty(key.slice(0, -4));
    }
  });

  it('are looked up by i18next under their namespace, slots filled', async () => {
    const { default: i18next } = await import('i18next');
    const workspace = [...tables.values()].find((table) => table.ns === 'workspace')!;
    const shell = [...tables.values()].find((table) => table.ns === 'shell')!;
    expect(i18next.t('tagAs', { ns: workspace.ns, lng: 'en', label: 'Target' })).toBe('Tag as “Target”');
    expect(i18next.t('documentCount', { ns: shell.ns, lng: 'en', count: 1 })).toBe(
      shell.en['documentCount_one']!.replace('{{count}}', '1'),
    );
  });
});
