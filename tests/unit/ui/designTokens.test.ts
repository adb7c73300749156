import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(import.meta.dirname, '..', '..', '..', 'renderer', 'src');
const TOKENS = 'tokens.css';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

const sheets = files(RENDERER, /\.css$/).map((path) => ({ name: relative(RENDERER, path), text: readFileSync(path, 'utf8') }));
const scripts = files(RENDERER, /\.tsx?$/).map((path) => readFileSync(path, 'utf8'));

/** Every custom property a style sheet declares, or a script sets on an element (`'--name'`, or `--name-${…}` for a family). */
function declared(): { names: Set<string>; families: string[] } {
  const names = new Set(sheets.flatMap((sheet) => [...sheet.text.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]!)));
  for (const script of scripts) for (const match of script.matchAll(/'(--[\w-]+)'/g)) names.add(match[1]!);
  const families = scripts.flatMap((script) => [...script.matchAll(/`(--[\w-]+-)\$\{/g)].map((match) => match[1]!));
  return { names, families };
}

describe('one design language: the tokens of renderer/src/tokens.css', () => {
  it('are where every colour of the style sheets is written', () => {
    for (const sheet of sheets.filter((s) => s.name !== TOKENS)) {
      expect(sheet.text.match(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|\b(white|black)\b(?!-)/gi), sheet.name).toBeNull();
    }
  });

  it('and the custom properties set on elements are all that the style sheets refer to', () => {
    const { names, families } = declared();
    for (const sheet of sheets) {
      const unknown = [...sheet.text.matchAll(/var\((--[\w-]+)/g)]
        .map((match) => match[1]!)
        .filter((name) => !names.has(name) && !families.some((family) => name.startsWith(family)));
      expect(unknown, sheet.name).toEqual([]);
    }
  });
});
