import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import {
  MAX_SEARCH_HITS,
  type HistoryState,
  type ImportPreview,
  type ImportReport,
  type SearchResult,
} from '../../../electron/shared/contract';
import type { Annotation, DocumentSummary } from '../../../electron/shared/model';
import { sharedPath } from '../../sharedDir';
import { call, closeCores, startCore, stopCore } from './coreCalls';
import { tempDir } from '../store/storeFixture';

afterEach(closeCores);

async function start(root: string): Promise<Core> {
  const core = await startCore({ dataDir: join(root, 'data'), sessionPath: join(root, 'work.pizhu'), warn: () => undefined });
  return core;
}

async function stop(core: Core): Promise<void> {
  await stopCore(core);
}

async function importTexts(core: Core, files: { name: string; text: string }[]): Promise<string[]> {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: files.map(({ name, text }) => ({ name, data: Buffer.from(text).toString('base64') })),
    cleanup: false,
  });
  const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
  return report.created.map((d) => d.id);
}

const A = '一、总体要求\n𠮷野家发展专精特新中小企业。专精特新企业达４万家！\n二、主要任务\n培育专精\n特新企业。';
const B = '第二篇，讲专精特新和数据，共4万字。';
const C = '没有这个词。';

async function session(): Promise<{ core: Core; root: string; ids: string[] }> {
  const root = tempDir('pizhu-search-');
  const core = await start(root);
  const ids = await importTexts(core, [
    { name: 'a.txt', text: A },
    { name: 'b.txt', text: B },
    { name: 'c.txt', text: C },
  ]);
  return { core, root, ids };
}

const codePoints = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

async function policyCounts(core: Core): Promise<number[]> {
  return (await call<DocumentSummary[]>(core, 'documents.list')).map((d) => d.counts.policy ?? 0);
}

describe('search.run', () => {
  it('finds a phrase in every document, grouped by document, with code-point offsets, context and section', async () => {
    const { core, ids } = await session();
    const result = await call<SearchResult>(core, 'search.run', { query: '专精特新' });
    expect(result.truncated).toBeNull();
    expect(result.documents.map((d) => [d.docId, d.count])).toEqual([
      [ids[0], 2],
      [ids[1], 1],
    ]);
    expect(result.total).toBe(3);
    const [first, second] = result.documents[0]!.hits;
    // The astral 𠮷 before the hit counts one: the offsets are code points.
    expect(codePoints(A, first!.start, first!.end)).toBe('专精特新');
    expect(first).toMatchObject({
      docId: ids[0],
      quote: '专精特新',
      context: { before: '𠮷野家发展', hit: '专精特新', after: '中小企业。' },
    });
    expect(first!.section?.[0]).toBe('一、总体要求');
    expect(second!.context).toEqual({ before: '', hit: '专精特新', after: '企业达４万家！', clippedBefore: false, clippedAfter: false });
    expect(result.documents[1]!.hits[0]!.section).toBeUndefined();
  });

  it('folds widths, reads across line breaks with ignoreSpace, and runs regular expressions', async () => {
    const { core, ids } = await session();
    const width = await call<SearchResult>(core, 'search.run', { query: '4万' });
    expect(width.documents.map((d) => d.hits.map((h) => h.quote))).toEqual([['４万'], ['4万']]);

    const plain = await call<SearchResult>(core, 'search.run', { query: '培育专精特新', docIds: [ids[0]] });
    expect(plain.total).toBe(0);
    const across = await call<SearchResult>(core, 'search.run', { query: '培育专精特新', ignoreSpace: true, docIds: [ids[0]] });
    expect(across.documents[0]!.hits.map((h) => [h.quote, h.section?.[0]])).toEqual([['培育专精\n特新', '二、主要任务']]);

    const regex = await call<SearchResult>(core, 'search.run', { query: '\\d+万(?:家|字)', regex: true });
    expect(regex.documents.flatMap((d) => d.hits.map((h) => h.quote))).toEqual(['４万家', '4万字']);
  });

  it('keeps to the documents named, and refuses an unknown one', async () => {
    const { core, ids } = await session();
    const scoped = await call<SearchResult>(core, 'search.run', { query: '专精特新', docIds: [ids[1], ids[2]] });
    expect(scoped.documents.map((d) => d.docId)).toEqual([ids[1]]);
    const missing = await core.call('search.run', { query: '专精特新', docIds: ['d_nosuchdoc'] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers a bad regular expression with INVALID_INPUT and the reason', async () => {
    const { core } = await session();
    const bad = await core.call('search.run', { query: '(专精', regex: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!bad.ok && bad.error.message).toMatch(/^search\.run: .*(group|\()/i);
    const lookaround = await core.call('search.run', { query: '(?<=专精)特新', regex: true });
    expect(lookaround).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.call('search.run', { query: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('stops at the cap and says it was cut short', async () => {
    const root = tempDir('pizhu-search-');
    const core = await start(root);
    await importTexts(core, [
      { name: 'many.txt', text: '政策。'.repeat(MAX_SEARCH_HITS - 10) },
      { name: 'more.txt', text: '政策。'.repeat(20) },
    ]);
    const capped = await call<SearchResult>(core, 'search.run', { query: '政策' });
    expect(capped.total).toBe(MAX_SEARCH_HITS);
    expect(capped.truncated).toBe('too-many-hits');
    expect(capped.documents.map((d) => d.count)).toEqual([MAX_SEARCH_HITS - 10, 10]);
    const exact = await call<SearchResult>(core, 'search.run', { query: '政策', docIds: [capped.documents[0]!.docId] });
    expect(exact.truncated).toBeNull();
  });

  it('searches the corpus as imported: a report of 2023 finds its 专精特新', async () => {
    const root = tempDir('pizhu-search-');
    const core = await start(root);
    const text = readFileSync(sharedPath('corpus/national_gwr/gwr_2023.txt'), 'utf8');
    await importTexts(core, [{ name: 'gwr_2023.txt', text }]);
    const result = await call<SearchResult>(core, 'search.run', { query: '专精特新' });
    expect(result.documents[0]!.hits.map((h) => h.context.after)).toEqual(['中小企业达7万多家。']);
  });
});

describe('search.tagAll', () => {
  it('tags hits across documents as one undo step, never twice, and undo and redo restore every document', async () => {
    const { core, root, ids } = await session();
    const found = await call<SearchResult>(core, 'search.run', { query: '专精特新' });
    const hits = found.documents.flatMap((d) => d.hits.map(({ docId, start, end }) => ({ docId, start, end })));
    // One of them is a policy span already.
    const existing = await call<Annotation>(core, 'annotations.create', { ...hits[1]!, tag: 'policy' });
    const made = await call<Annotation[]>(core, 'search.tagAll', { tag: 'policy', hits: [...hits, hits[0]!] });
    expect(made.map((a) => [a.docId, a.quote])).toEqual([
      [ids[0], '专精特新'],
      [ids[1], '专精特新'],
    ]);
    expect(await policyCounts(core)).toEqual([2, 1, 0]);
    expect(await call<Annotation[]>(core, 'search.tagAll', { tag: 'policy', hits })).toEqual([]);

    const undone = await call<HistoryState>(core, 'history.undo');
    expect(undone.docIds).toEqual([ids[0], ids[1]]);
    expect(undone.docId).toBe(ids[0]);
    expect(await policyCounts(core)).toEqual([1, 0, 0]);
    expect((await call<Annotation[]>(core, 'annotations.list', { docId: ids[0] })).map((a) => a.id)).toEqual([existing.id]);

    // The step survives a restart: history.log holds it as one line.
    await stop(core);
    const again = await start(root);
    await call(again, 'history.redo');
    expect(await policyCounts(again)).toEqual([2, 1, 0]);
    await call(again, 'history.undo');
    expect(await policyCounts(again)).toEqual([1, 0, 0]);
    expect((await call<HistoryState>(again, 'history.undo')).docIds).toEqual([ids[0]]);
    expect(await policyCounts(again)).toEqual([0, 0, 0]);
    const lines = readFileSync(join(root, 'work.pizhu', 'history.log'), 'utf8')
      .trim()
      .split('\n');
    // A step over several documents is written as such; a step of one keeps the shape older builds read.
    const steps = lines.slice(1).map((l) => JSON.parse(l) as { entry?: Record<string, unknown> });
    expect(steps.some((op) => Array.isArray(op.entry?.changes) && (op.entry.changes as unknown[]).length === 2)).toBe(true);
    expect(steps.some((op) => op.entry?.docId === ids[0] && 'change' in op.entry!)).toBe(true);
    expect(steps.every((op) => !op.entry || !('changes' in op.entry) || (op.entry.changes as unknown[]).length > 1)).toBe(true);
  });

  it('drops the part of a step on a removed document and keeps the rest', async () => {
    const { core, ids } = await session();
    const found = await call<SearchResult>(core, 'search.run', { query: '专精特新' });
    const hits = found.documents.flatMap((d) => d.hits.map(({ docId, start, end }) => ({ docId, start, end })));
    await call(core, 'search.tagAll', { tag: 'target', hits });
    await call(core, 'documents.remove', { id: ids[1] });
    const undone = await call<HistoryState>(core, 'history.undo');
    expect(undone.docIds).toEqual([ids[0]]);
    expect(await call<Annotation[]>(core, 'annotations.list', { docId: ids[0] })).toEqual([]);
    expect(await call<SearchResult>(core, 'search.run', { query: '专精特新' })).toMatchObject({ total: 2 });
  });

  it('writes nothing when any hit is out of range or the tag unknown', async () => {
    const { core, ids } = await session();
    const good = { docId: ids[0]!, start: 0, end: 2 };
    const bad = await core.call('search.tagAll', { tag: 'policy', hits: [good, { docId: ids[1]!, start: 0, end: 999 }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.call('search.tagAll', { tag: 'nosuchtag', hits: [good] })).toMatchObject({ ok: false });
    expect(await policyCounts(core)).toEqual([0, 0, 0]);
    expect((await call<HistoryState>(core, 'history.state')).canUndo).toBe(false);
  });
});
