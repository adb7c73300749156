import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './importGraph';

const graph = importGraph(['electron', 'renderer']);

const layer = (file: string): string => {
  if (file.startsWith('renderer/')) return 'renderer';
  const [, folder] = file.split('/');
  return folder === 'shared' || folder === 'core' ? folder : 'host';
};

/** What each layer may import from the repository: dependencies point one way, towards electron/shared. */
const ALLOWED: Record<string, string[]> = {
  shared: ['shared'],
  core: ['shared', 'core'],
  host: ['shared', 'core', 'host'],
  renderer: ['shared', 'renderer'],
};

describe('architecture', () => {
  it('has no import cycles, type-only imports included', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('points dependencies one way: renderer and core towards electron/shared only', () => {
    const wrong = [...graph].flatMap(([file, imports]) =>
      imports.files.filter((target) => !ALLOWED[layer(file)]!.includes(layer(target))).map((target) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('imports electron only in electron/main and electron/preload', () => {
    const wrong = [...graph]
      .filter(([file, imports]) => imports.packages.includes('electron') && !/^electron\/(main|preload)\//.test(file))
      .map(([file]) => file);
    expect(wrong).toEqual([]);
  });

  it('keeps electron/shared free of Node built-ins, so the renderer can use all of it', () => {
    const wrong = [...graph]
      .filter(([file]) => file.startsWith('electron/shared/'))
      .flatMap(([file, imports]) => imports.packages.filter((name) => name.startsWith('node:')).map((name) => `${file} -> ${name}`));
    expect(wrong).toEqual([]);
  });
});
