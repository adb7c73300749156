import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import type { ExportFile, HistoryState, ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { Annotation } from '../../../electron/shared/model';
import type { SpanTable } from '../../../electron/shared/table/spanTableSchema';
import { call, closeCores, startCore, stopCore } from '../core/coreCalls';
import { tempDir } from '../store/storeFixture';

afterEach(closeCores);

async function start(root: string): Promise<Core> {
  const core = await startCore({ dataDir: join(root, 'data'), sessionPath: join(root, 'work.pizhu'), warn: () => undefined });
  return core;
}

async function importTexts(core: Core, files: { name: string; text: string }[]): Promise<string[]> {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: files.map(({ name, text }) => ({ name, data: Buffer.from(text).toString('base64') })),
    cleanup: false,
  });
  const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
  return report.created.map((d) => d.id);
}

const A = '2023年工作报告\n一、总体要求\n𠮷野家城镇新增就业1100万人以上。发展专精特新企业！\n二、主要任务\n培育专精特新企业。';
const B = '2025年政府工作报告\n一、目标\n城镇新增就业1200万人左右。';

/** Where a phrase starts in a text, in code points. */
const at = (text: string, phrase: string) => [...text.slice(0, text.indexOf(phrase))].length;
const len = (phrase: string) => [...phrase].length;

async function session() {
  const root = tempDir('pizhu-table-');
  const core = await start(root);
  const [a, b] = await importTexts(core, [
    { name: 'a.txt', text: A },
    { name: 'b.txt', text: B },
  ]);
  const span = (docId: string, text: string, phrase: string, tag: string) =>
    call<Annotation>(core, 'annotations.create', { docId, start: at(text, phrase), end: at(text, phrase) + len(phrase), tag });
  const jobs2023 = await span(a!, A, '城镇新增就业1100万人以上', 'target');
  const sme1 = await span(a!, A, '发展专精特新企业', 'policy');
  const sme2 = await span(a!, A, '培育专精特新企业', 'project');
  const jobs2025 = await span(b!, B, '城镇新增就业1200万人左右', 'target');
  return { core, root, a: a!, b: b!, spans: { jobs2023, sme1, sme2, jobs2025 } };
}

const table = (core: Core) => call<SpanTable>(core, 'annotations.listAll');

describe('annotations.listAll', () => {
  it('lists every span of the session in document then text order, with section, value and sentence context', async () => {
    const { core, a, b, spans } = await session();
    const { documents, rows } = await table(core);
    expect(documents.map((d) => [d.id, d.title, d.date?.year])).toEqual([
      [a, '2023年工作报告', 2023],
      [b, '2025年政府工作报告', 2025],
    ]);
    expect(rows.map((r) => r.id)).toEqual([spans.jobs2023.id, spans.sme1.id, spans.sme2.id, spans.jobs2025.id]);
    const [first, second] = rows;
    expect(first).toMatchObject({ tag: 'target', quote: '城镇新增就业1100万人以上', section: ['一、总体要求'] });
    expect(first!.value).toMatchObject({ indicator: '城镇新增就业', amount: '11000000', unit: '人', comparator: 'at-least' });
    // The astral 𠮷 before the span is one code point of its context.
    expect(first!.context).toEqual({ before: '𠮷野家', after: '。', clippedBefore: false, clippedAfter: false });
    expect(second!.context.before).toBe('');
    expect(second!.value).toBeUndefined();
    expect(rows[2]!.section).toEqual(['二、主要任务']);
  });

  it('is empty for a session without spans, and lists its documents all the same', async () => {
    const core = await start(tempDir('pizhu-table-'));
    await importTexts(core, [{ name: 'x.txt', text: '没有标注。' }]);
    const { documents, rows } = await table(core);
    expect(documents).toHaveLength(1);
    expect(rows).toEqual([]);
  });
});

describe('annotations.retagMany', () => {
  it('retags spans of several documents as one undo step: a new target gets its value, a former one loses it', async () => {
    const { core, spans } = await session();
    const result = await call<{ changed: number; skipped: number }>(core, 'annotations.retagMany', {
      ids: [spans.jobs2023.id, spans.sme1.id, spans.jobs2025.id],
      tag: 'project',
    });
    expect(result).toEqual({ changed: 3, skipped: 0 });
    let rows = (await table(core)).rows;
    expect(rows.map((r) => r.tag)).toEqual(['project', 'project', 'project', 'project']);
    expect(rows[0]!.value).toBeUndefined();

    const undone = await call<HistoryState>(core, 'history.undo');
    expect(new Set(undone.docIds).size).toBe(2);
    rows = (await table(core)).rows;
    expect(rows.map((r) => r.tag)).toEqual(['target', 'policy', 'project', 'target']);
    expect(rows[0]!.value?.amount).toBe('11000000');
    expect((await call<HistoryState>(core, 'history.state')).canUndo).toBe(true);

    await call(core, 'history.redo');
    await call(core, 'annotations.retagMany', { ids: [spans.sme1.id], tag: 'target' });
    rows = (await table(core)).rows;
    // Made a target, a span has its quote read for a value: this one holds no quantity.
    expect(rows[1]).toMatchObject({ tag: 'target', value: null });
  });

  it('leaves a span already of the tag, or whose range already is a span of it, as it is', async () => {
    const { core, a, spans } = await session();
    const twin = await call<Annotation>(core, 'annotations.create', {
      docId: a,
      start: spans.sme1.start,
      end: spans.sme1.end,
      tag: 'project',
    });
    const result = await call<{ changed: number; skipped: number }>(core, 'annotations.retagMany', {
      ids: [spans.sme1.id, spans.sme2.id, twin.id],
      tag: 'project',
    });
    expect(result).toEqual({ changed: 0, skipped: 3 });
    expect((await table(core)).rows.filter((r) => r.tag === 'project')).toHaveLength(2);
    // Nothing changed, so nothing to undo but the twin's creation.
    await call(core, 'history.undo');
    expect((await table(core)).rows.some((r) => r.id === twin.id)).toBe(false);
  });

  it('refuses an unknown id or tag before writing anything', async () => {
    const { core, spans } = await session();
    const unknownId = await core.call('annotations.retagMany', { ids: [spans.sme1.id, 'a_nope'], tag: 'project' });
    expect(unknownId).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('a_nope') } });
    const unknownTag = await core.call('annotations.retagMany', { ids: [spans.sme1.id], tag: 'nosuch' });
    expect(unknownTag).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await table(core)).rows.map((r) => r.tag)).toEqual(['target', 'policy', 'project', 'target']);
  });
});

describe('annotations.removeMany', () => {
  it('deletes spans of several documents as one undo step, and survives a restart of the core', async () => {
    const { core, root, spans } = await session();
    expect(await call(core, 'annotations.removeMany', { ids: [spans.jobs2023.id, spans.jobs2025.id, spans.jobs2025.id] })).toEqual({
      removed: 2,
    });
    expect((await table(core)).rows.map((r) => r.id)).toEqual([spans.sme1.id, spans.sme2.id]);
    await stopCore(core);
    const again = await start(root);
    expect((await table(again)).rows).toHaveLength(2);
    await call(again, 'history.undo');
    expect((await table(again)).rows).toHaveLength(4);
  });
});

describe('export.run with spanIds', () => {
  it('exports exactly the spans named, in every format, and only the documents holding them', async () => {
    const { core, spans } = await session();
    const ids = [spans.sme2.id, spans.jobs2025.id];
    const csv = await call<ExportFile>(core, 'export.run', { format: 'csv', spanIds: ids, language: 'en' });
    const records = parse(
      Buffer.from(csv.data, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
      { columns: true },
    ) as Record<string, string>[];
    expect(records.map((r) => r.Text)).toEqual(['培育专精特新企业', '城镇新增就业1200万人左右']);

    const json = await call<ExportFile>(core, 'export.run', { format: 'json', spanIds: [spans.sme1.id] });
    const exported = JSON.parse(Buffer.from(json.data, 'base64').toString('utf8')) as {
      documents: { id: string }[];
      annotations: { id: string }[];
    };
    expect(exported.annotations.map((a) => a.id)).toEqual([spans.sme1.id]);
    expect(exported.documents).toHaveLength(1);

    const jsonl = await call<ExportFile>(core, 'export.run', { format: 'jsonl', spanIds: ids });
    const lines = Buffer.from(jsonl.data, 'base64').toString('utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { label: unknown[] }).label.length)).toEqual([1, 1]);

    const brat = await call<ExportFile>(core, 'export.run', { format: 'brat', spanIds: ids });
    const zip = await JSZip.loadAsync(Buffer.from(brat.data, 'base64'));
    const annFiles = Object.keys(zip.files).filter((name) => name.endsWith('.ann'));
    const entities = (await Promise.all(annFiles.map((name) => zip.file(name)!.async('string')))).join('').match(/^T\d+/gm);
    expect(entities).toHaveLength(2);

    for (const format of ['xlsx', 'w3c', 'qdpx'] as const) {
      expect((await core.call('export.run', { format, spanIds: ids })).ok).toBe(true);
    }
    const w3c = await call<ExportFile>(core, 'export.run', { format: 'w3c', spanIds: ids });
    const graph = JSON.parse(Buffer.from(w3c.data, 'base64').toString('utf8')) as { items?: unknown[]; first?: { items: unknown[] } };
    expect(JSON.stringify(graph).match(/"TextQuoteSelector"/g)).toHaveLength(2);
  });

  it('refuses a span id the session does not hold', async () => {
    const { core } = await session();
    const result = await core.call('export.run', { format: 'csv', spanIds: ['a_gone'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('a_gone') } });
  });
});
