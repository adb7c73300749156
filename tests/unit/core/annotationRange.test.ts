import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { Annotation } from '../../../electron/shared/model';
import { tempDir } from '../store/storeFixture';
import { call, closeCores, startCore as startTrackedCore, stopCore } from './coreCalls';

/** 𠮷 and 😀 are one code point each but two UTF-16 units: offsets after them tell the two apart. */
const TEXT = '𠮷野家的😀早餐；吃了三碗。\n市北区发力五大战场';

afterEach(closeCores);

async function startCore(dataDir?: string, sessionPath?: string) {
  const root = tempDir('pizhu-range-');
  const paths = { dataDir: dataDir ?? join(root, 'data'), sessionPath: sessionPath ?? join(root, 'work.pizhu') };
  const core = await startTrackedCore({ ...paths, sampleFile: null });
  return { core, ...paths };
}

async function errorCode(core: Core, name: string, input: unknown): Promise<string | null> {
  const result = await core.call(name, input);
  return result.ok ? null : result.error.code;
}

async function spanIn(core: Core): Promise<{ docId: string; span: Annotation }> {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name: 'a.txt', data: Buffer.from(TEXT, 'utf8').toString('base64') }],
    cleanup: false,
  });
  const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
  const docId = report.created[0]!.id;
  // 早餐
  const span = await call<Annotation>(core, 'annotations.create', { docId, start: 5, end: 7, tag: 'target', note: '重点' });
  return { docId, span };
}

describe('annotations.update with a range', () => {
  it('moves either edge, takes the quote from the text, and keeps the id, tag, note and creation time', async () => {
    const { core } = await startCore();
    const { span } = await spanIn(core);
    const grown = await call<Annotation>(core, 'annotations.update', { id: span.id, start: 4, end: 9 });
    expect(grown).toMatchObject({ id: span.id, start: 4, end: 9, quote: '😀早餐；吃', tag: 'target', note: '重点', created: span.created });
    const shrunk = await call<Annotation>(core, 'annotations.update', { id: span.id, end: 6 });
    expect([shrunk.start, shrunk.end, shrunk.quote]).toEqual([4, 6, '😀早']);
    const across = await call<Annotation>(core, 'annotations.update', { id: span.id, start: 11, end: 16 });
    expect(across.quote).toBe('碗。\n市北');
  });

  it('refuses an empty, reversed or out-of-range span and changes nothing', async () => {
    const { core } = await startCore();
    const { docId, span } = await spanIn(core);
    const length = [...TEXT].length;
    for (const range of [
      { start: 7 },
      { end: 5 },
      { start: 6, end: 6 },
      { start: 7, end: 5 },
      { end: length + 1 },
      { start: -1 },
      { start: 1.5 },
    ]) {
      expect(await errorCode(core, 'annotations.update', { id: span.id, ...range }), JSON.stringify(range)).toBe('INVALID_INPUT');
    }
    expect(await call<Annotation[]>(core, 'annotations.list', { docId })).toEqual([span]);
    expect(await call<Annotation>(core, 'annotations.update', { id: span.id, end: length })).toMatchObject({
      end: length,
      quote: '早餐；吃了三碗。\n市北区发力五大战场',
    });
  });

  it('is one undo step: undo puts the old range and quote back, redo the new, and both survive a restart', async () => {
    const { core, dataDir, sessionPath } = await startCore();
    const { docId, span } = await spanIn(core);
    const shown = async (c: Core) => (await call<Annotation[]>(c, 'annotations.list', { docId })).map((a) => [a.start, a.end, a.quote]);
    await call(core, 'annotations.update', { id: span.id, start: 4, end: 9 });
    await call(core, 'annotations.update', { id: span.id, end: 8 });
    expect(await shown(core)).toEqual([[4, 8, '😀早餐；']]);
    await call(core, 'history.undo');
    expect(await shown(core)).toEqual([[4, 9, '😀早餐；吃']]);
    await call(core, 'history.undo');
    expect(await shown(core)).toEqual([[5, 7, '早餐']]);
    await call(core, 'history.redo');
    expect(await shown(core)).toEqual([[4, 9, '😀早餐；吃']]);

    await stopCore(core);
    const { core: reopened } = await startCore(dataDir, sessionPath);
    expect(await shown(reopened)).toEqual([[4, 9, '😀早餐；吃']]);
  });
});

describe('the snap-to-words setting', () => {
  it('is off by default, stored by the settings store, and set apart from the language', async () => {
    const { core, dataDir, sessionPath } = await startCore();
    expect(await call(core, 'settings.get')).toEqual({ language: null, snapToWords: false, textWidth: 'medium', notices: [] });
    await call(core, 'settings.set', { language: 'en' });
    await call(core, 'settings.set', { snapToWords: true });
    expect(await call(core, 'settings.get')).toEqual({ language: 'en', snapToWords: true, textWidth: 'medium', notices: [] });
    expect(await errorCode(core, 'settings.set', { snapToWords: 'yes' })).toBe('INVALID_INPUT');

    await stopCore(core);
    const { core: reopened } = await startCore(dataDir, sessionPath);
    expect(await call(reopened, 'settings.get')).toEqual({ language: 'en', snapToWords: true, textWidth: 'medium', notices: [] });
  });
});
