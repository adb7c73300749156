import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import type { ExportFile, HistoryState, ImportPreview, ImportReport, SessionInfo } from '../../../electron/shared/contract';
import type { ErrorCode } from '../../../electron/shared/errors';
import type { Annotation, DocumentRecord, DocumentSummary, RecentSession, Tag, ViewState } from '../../../electron/shared/model';
import { folderBytes, tempDir } from '../store/storeFixture';
import { call, closeCores, startCore as startTrackedCore, stopCore } from './coreCalls';

const SAMPLE = fileURLToPath(new URL('../../../resources/qingdao-2023-01-28.txt', import.meta.url));
/** Line 1 has astral characters: 𠮷 and 😀 are one code point each but two UTF-16 units. */
const TEXT = '𠮷野家的😀早餐；吃了三碗。\n市北区发力五大战场，推动实现全年工作目标任务。\n最后一行👍🏽结束';

afterEach(closeCores);

async function startCore(options: { sessionPath?: string; sampleFile?: string; dataDir?: string } = {}) {
  const root = tempDir('pizhu-core-');
  const dataDir = options.dataDir ?? join(root, 'data');
  const sessionPath = options.sessionPath ?? join(root, 'work.pizhu');
  const core = await startTrackedCore({
    dataDir,
    sessionPath: options.sampleFile ? null : sessionPath,
    sampleFile: options.sampleFile ?? null,
  });
  return { core, root, dataDir, sessionPath };
}

/** Call an operation that must fail; its error. */
async function fails(core: Core, name: string, input: unknown): Promise<{ code: ErrorCode; message: string }> {
  const result = await core.call(name, input);
  expect(result.ok, `${name} ${JSON.stringify(input)} should have failed`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(typeof result.error.message).toBe('string');
  return result.error;
}

/** Import UTF-8 text files through preview and commit, as the renderer does. */
async function importTexts(core: Core, files: Record<string, string>): Promise<DocumentSummary[]> {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8').toString('base64') })),
    cleanup: false,
  });
  const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
  expect(report.errors).toEqual([]);
  return report.created;
}

/** A session's files and what the core says about it: what "unchanged" means. */
async function state(core: Core, sessionPath: string) {
  const docs = await call<DocumentSummary[]>(core, 'documents.list');
  const spans = await Promise.all(docs.map((d) => call<Annotation[]>(core, 'annotations.list', { docId: d.id })));
  return {
    files: folderBytes(sessionPath),
    docs,
    spans,
    tags: await call<Tag[]>(core, 'tags.list'),
    view: await call<ViewState>(core, 'view.get'),
    history: await call<HistoryState>(core, 'history.state'),
  };
}

function codePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('core API: bad input', () => {
  it('answers every invalid call with a typed error and changes nothing', async () => {
    const { core, sessionPath } = await startCore();
    const [doc] = await importTexts(core, { 'a.txt': TEXT });
    const docId = doc!.id;
    const span = await call<Annotation>(core, 'annotations.create', { docId, start: 0, end: 2, tag: 'target' });
    const before = await state(core, sessionPath);
    const length = doc!.length;

    const cases: Array<[string, unknown, ErrorCode]> = [
      ['annotations.destroy', { id: span.id }, 'NOT_FOUND'],
      ['annotations.create', { docId, start: '0', end: 2, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: Number.NaN, end: 2, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: 0, end: Number.POSITIVE_INFINITY, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: -1, end: 2, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: 0.5, end: 2, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: 3, end: 3, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: 5, end: 3, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: 0, end: length + 1, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: 2 ** 31, end: 2 ** 31, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: 0, end: 2 ** 40, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: 0, end: 2, tag: 'nope' }, 'NOT_FOUND'],
      ['annotations.create', { docId, start: 0, end: 2, tag: 'Not A Tag' }, 'INVALID_INPUT'],
      ['annotations.create', { docId: 'd_missing', start: 0, end: 2, tag: 'target' }, 'NOT_FOUND'],
      ['annotations.create', { start: 0, end: 2, tag: 'target' }, 'INVALID_INPUT'],
      ['annotations.create', { docId, start: 0, end: 2, tag: 'target', extra: true }, 'INVALID_INPUT'],
      ['annotations.create', [docId, 0, 2], 'INVALID_INPUT'],
      ['annotations.create', 'span', 'INVALID_INPUT'],
      ['annotations.create', null, 'INVALID_INPUT'],
      [
        'annotations.createMany',
        {
          docId,
          tag: 'policy',
          spans: [
            { start: 0, end: 1 },
            { start: 1, end: length + 5 },
          ],
        },
        'INVALID_INPUT',
      ],
      ['annotations.createMany', { docId, tag: 'policy', spans: [] }, 'INVALID_INPUT'],
      ['annotations.update', { id: 'a_missing', note: 'x' }, 'NOT_FOUND'],
      ['annotations.update', { id: span.id, tag: 'nope' }, 'NOT_FOUND'],
      ['annotations.update', { id: span.id, note: 42 }, 'INVALID_INPUT'],
      ['annotations.remove', { id: 'a_missing' }, 'NOT_FOUND'],
      ['annotations.list', { docId: 'd_missing' }, 'NOT_FOUND'],
      ['documents.get', { id: 'd_missing' }, 'NOT_FOUND'],
      ['documents.rename', { id: docId, title: '   ' }, 'INVALID_INPUT'],
      ['documents.rename', { id: 'd_missing', title: '新' }, 'NOT_FOUND'],
      ['documents.remove', { id: 'd_missing' }, 'NOT_FOUND'],
      ['tags.update', { id: 'nope', color: '#000000' }, 'NOT_FOUND'],
      ['tags.update', { id: 'target', color: 'red' }, 'INVALID_INPUT'],
      ['tags.create', { label: { zh: '', en: 'Empty' }, color: '#000000', hotkey: null }, 'INVALID_INPUT'],
      ['tags.create', { label: { zh: '风险', en: 'Risk' }, color: '#000000', hotkey: 'ab' }, 'INVALID_INPUT'],
      ['tags.reorder', { ids: ['target', 'project'] }, 'INVALID_INPUT'],
      ['tags.reorder', { ids: ['target', 'project', 'project'] }, 'INVALID_INPUT'],
      ['tags.remove', { id: 'nope', moveTo: null }, 'NOT_FOUND'],
      ['tags.remove', { id: 'target', moveTo: 'nope' }, 'NOT_FOUND'],
      ['tags.remove', { id: 'target', moveTo: 'target' }, 'INVALID_INPUT'],
      ['view.set', { scroll: { docId, fraction: 2 } }, 'INVALID_INPUT'],
      ['view.set', { scroll: { docId, fraction: Number.NaN } }, 'INVALID_INPUT'],
      ['view.set', { scroll: { docId: 'd_missing', fraction: 0.5 } }, 'NOT_FOUND'],
      ['view.set', { openDocId: 'd_missing' }, 'NOT_FOUND'],
      ['view.set', { openDocId: '' }, 'NOT_FOUND'],
      [
        'view.set',
        { layout: { documents: { width: 60, collapsed: false }, annotations: { width: 320, collapsed: false } } },
        'INVALID_INPUT',
      ],
      ['view.set', { layout: { documents: { width: 240, collapsed: false } } }, 'INVALID_INPUT'],
      ['import.commit', { previewId: 'p_missing' }, 'NOT_FOUND'],
      ['import.preview', { files: [] }, 'INVALID_INPUT'],
      ['export.run', { format: 'pdf' }, 'INVALID_INPUT'],
      ['export.run', { format: 'json', docIds: ['d_missing'] }, 'NOT_FOUND'],
      ['export.run', { format: 'json', tags: ['nope'] }, 'NOT_FOUND'],
      ['session.open', { path: '' }, 'INVALID_INPUT'],
      ['session.create', { path: sessionPath }, 'CONFLICT'],
      ['settings.set', { language: 'fr' }, 'INVALID_INPUT'],
      ['settings.set', { textWidth: 'huge' }, 'INVALID_INPUT'],
    ];
    for (const [name, input, code] of cases) {
      const error = await fails(core, name, input);
      expect([name, input, error.code]).toEqual([name, input, code]);
    }
    expect(await state(core, sessionPath)).toEqual(before);
  });

  it('a failed switch to another session keeps the current one open', async () => {
    const { core, root, sessionPath } = await startCore();
    await importTexts(core, { 'a.txt': TEXT });
    const foreign = join(root, 'not-a-session');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'package.json'), '{"name":"x"}');
    const error = await fails(core, 'session.open', { path: foreign });
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toContain(foreign);
    expect(readdirSync(foreign)).toEqual(['package.json']);
    expect((await call<SessionInfo>(core, 'session.info')).path).toBe(sessionPath);
    expect(await call<DocumentSummary[]>(core, 'documents.list')).toHaveLength(1);

    await call(core, 'session.close');
    expect(await call(core, 'session.info')).toBeNull();
    expect((await fails(core, 'documents.list', {})).code).toBe('NO_SESSION');
  });
});

describe('core API: spans', () => {
  it('takes quotes from the text, in code points, astral characters included', async () => {
    const { core } = await startCore();
    const [doc] = await importTexts(core, { 'a.txt': TEXT });
    const text = (await call<DocumentRecord>(core, 'documents.get', { id: doc!.id })).text;
    expect(text).toBe(TEXT);
    expect(doc!.length).toBe(Array.from(TEXT).length);

    const cases: Array<[number, number, string]> = [
      [0, 1, '𠮷'],
      [4, 5, '😀'],
      [0, 7, '𠮷野家的😀早餐'],
      [doc!.length - 4, doc!.length, '👍🏽结束'],
    ];
    const made: Annotation[] = [];
    for (const [start, end, quote] of cases) {
      const span = await call<Annotation>(core, 'annotations.create', { docId: doc!.id, start, end, tag: 'policy', note: '注' });
      expect([span.start, span.end, span.quote]).toEqual([start, end, quote]);
      expect(span.quote).toBe(codePoints(text, start, end));
      made.push(span);
    }
    const across = await call<Annotation>(core, 'annotations.create', { docId: doc!.id, start: 10, end: 20, tag: 'target' });
    expect(across.quote).toBe(codePoints(text, 10, 20));
    expect(across.quote).toContain('\n');

    // The same span with the same tag again is the one already there, not a second copy.
    const again = await call<Annotation>(core, 'annotations.create', { docId: doc!.id, start: 0, end: 1, tag: 'policy' });
    expect(again).toEqual(made[0]);

    const many = await call<Annotation[]>(core, 'annotations.createMany', {
      docId: doc!.id,
      tag: 'project',
      spans: [
        { start: 1, end: 3 },
        { start: 5, end: 7 },
        { start: 1, end: 3 },
      ],
    });
    expect(many.map((a) => a.quote)).toEqual(['野家', '早餐']);
    const listed = await call<Annotation[]>(core, 'annotations.list', { docId: doc!.id });
    expect(listed).toHaveLength(cases.length + 1 + 2);
    for (const a of listed) expect(a.quote).toBe(codePoints(text, a.start, a.end));
    expect(listed.map((a) => a.start)).toEqual([...listed.map((a) => a.start)].sort((x, y) => x - y));
  });

  it('updates, removes, undoes and redoes across the history, on disk', async () => {
    const { core, dataDir, sessionPath } = await startCore();
    const [doc] = await importTexts(core, { 'a.txt': TEXT });
    const docId = doc!.id;
    const list = async () =>
      (await call<Annotation[]>(core, 'annotations.list', { docId })).map((a) => `${a.quote}:${a.tag}:${a.note}`).sort();

    expect(await call<HistoryState>(core, 'history.state')).toEqual({ canUndo: false, canRedo: false, docId: null, docIds: [] });
    const a = await call<Annotation>(core, 'annotations.create', { docId, start: 0, end: 1, tag: 'target' });
    const b = await call<Annotation>(core, 'annotations.create', { docId, start: 5, end: 7, tag: 'project' });
    const updated = await call<Annotation>(core, 'annotations.update', { id: b.id, tag: 'policy', note: '早餐' });
    expect([updated.id, updated.tag, updated.note, updated.quote, updated.created]).toEqual([b.id, 'policy', '早餐', '早餐', b.created]);
    await call(core, 'annotations.remove', { id: a.id });

    const stages = [['早餐:policy:早餐'], ['早餐:policy:早餐', '𠮷:target:'], ['早餐:project:', '𠮷:target:'], ['𠮷:target:'], []];
    expect(await list()).toEqual(stages[0]);
    for (let i = 1; i < stages.length; i++) {
      const s = await call<HistoryState>(core, 'history.undo');
      expect(s.docId).toBe(docId);
      expect(await list()).toEqual(stages[i]);
    }
    expect(await call<HistoryState>(core, 'history.state')).toEqual({ canUndo: false, canRedo: true, docId: null, docIds: [] });
    expect((await call<HistoryState>(core, 'history.undo')).docId).toBeNull();
    for (let i = stages.length - 2; i >= 0; i--) {
      await call(core, 'history.redo');
      expect(await list()).toEqual(stages[i]);
    }
    await call(core, 'history.undo');
    await call(core, 'history.undo');
    expect(await list()).toEqual(stages[2]);
    await call(core, 'annotations.create', { docId, start: 8, end: 9, tag: 'target' });
    expect((await call<HistoryState>(core, 'history.state')).canRedo).toBe(false);
    const final = await list();
    expect(final).toEqual(['早餐:project:', '吃:target:', '𠮷:target:'].sort());

    await stopCore(core);
    const reopened = await startTrackedCore({ dataDir, sessionPath });
    const spans = await call<Annotation[]>(reopened, 'annotations.list', { docId });
    expect(spans.map((x) => `${x.quote}:${x.tag}:${x.note}`).sort()).toEqual(final);
    // The history is in the session folder: the last change undoes after a restart too.
    expect(await call<HistoryState>(reopened, 'history.state')).toEqual({ canUndo: true, canRedo: false, docId: null, docIds: [] });
    await call(reopened, 'history.undo');
    const undone = await call<Annotation[]>(reopened, 'annotations.list', { docId });
    expect(undone.map((x) => `${x.quote}:${x.tag}:${x.note}`).sort()).toEqual(stages[2]);
  });
});

describe('core API: tags and view', () => {
  it('creates, updates, reorders and removes tags; a hotkey clash is refused', async () => {
    const { core } = await startCore();
    const [doc] = await importTexts(core, { 'a.txt': TEXT });
    const docId = doc!.id;

    const risk = await call<Tag>(core, 'tags.create', { label: { zh: '风险', en: 'Risk' }, color: '#ae3ec9', hotkey: 'r' });
    expect(risk).toEqual({ id: 'risk', label: { zh: '风险', en: 'Risk' }, color: '#ae3ec9', hotkey: 'r' });
    const risk2 = await call<Tag>(core, 'tags.create', { label: { zh: '风险二', en: 'Risk' }, color: '#000000', hotkey: null });
    expect(risk2.id).toBe('risk-2');
    for (const [name, input] of [
      ['tags.create', { label: { zh: '冲突', en: 'Clash' }, color: '#000000', hotkey: '1' }],
      ['tags.create', { label: { zh: '冲突', en: 'Clash' }, color: '#000000', hotkey: 'R' }],
      ['tags.update', { id: 'risk-2', hotkey: '2' }],
    ] as const) {
      const error = await fails(core, name, input);
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/hotkey/);
    }
    expect(await call<Tag>(core, 'tags.update', { id: 'risk', hotkey: 'r', color: '#112233' })).toMatchObject({
      hotkey: 'r',
      color: '#112233',
    });
    expect(await call<Tag>(core, 'tags.update', { id: 'risk-2', label: { zh: '机会', en: 'Chance' }, hotkey: 'c' })).toMatchObject({
      id: 'risk-2',
      label: { zh: '机会', en: 'Chance' },
      hotkey: 'c',
    });
    const order = ['risk-2', 'policy', 'target', 'risk', 'project'];
    expect((await call<Tag[]>(core, 'tags.reorder', { ids: order })).map((t) => t.id)).toEqual(order);
    expect((await call<Tag[]>(core, 'tags.list')).map((t) => t.id)).toEqual(order);

    const inRisk = await call<Annotation>(core, 'annotations.create', { docId, start: 0, end: 2, tag: 'risk' });
    await call(core, 'annotations.create', { docId, start: 3, end: 4, tag: 'risk-2' });
    await call(core, 'annotations.create', { docId, start: 5, end: 6, tag: 'target' });

    await call(core, 'tags.remove', { id: 'risk', moveTo: 'policy' });
    let spans = await call<Annotation[]>(core, 'annotations.list', { docId });
    expect(spans.find((a) => a.id === inRisk.id)?.tag).toBe('policy');
    expect((await call<DocumentSummary[]>(core, 'documents.list'))[0]!.counts).toEqual({ policy: 1, 'risk-2': 1, target: 1 });

    await call(core, 'tags.remove', { id: 'risk-2', moveTo: null });
    spans = await call<Annotation[]>(core, 'annotations.list', { docId });
    expect(spans.map((a) => a.tag).sort()).toEqual(['policy', 'target']);
    expect((await call<Tag[]>(core, 'tags.list')).map((t) => t.id)).toEqual(['policy', 'target', 'project']);
    expect((await fails(core, 'annotations.create', { docId, start: 0, end: 1, tag: 'risk' })).code).toBe('NOT_FOUND');
  });

  it('sets and gets the view state', async () => {
    const { core } = await startCore();
    const [a, b] = await importTexts(core, { 'a.txt': TEXT, 'b.txt': '第二篇文章。' });
    await call(core, 'view.set', { openDocId: b!.id });
    await call(core, 'view.set', { scroll: { docId: a!.id, fraction: 0.75 } });
    await call(core, 'view.set', { filter: { tags: ['policy'], query: '早餐', groupByTag: true } });
    expect(await call<ViewState>(core, 'view.get')).toEqual({
      openDocId: b!.id,
      scroll: { [a!.id]: 0.75 },
      filter: { tags: ['policy'], query: '早餐', groupByTag: true },
    });
    const layout = { documents: { width: 260, collapsed: true }, annotations: { width: 420, collapsed: false } };
    await call(core, 'view.set', { layout, filter: { tags: [], query: '', groupByTag: false, groupQuotes: true } });
    expect(await call<ViewState>(core, 'view.get')).toMatchObject({ layout, filter: { groupQuotes: true } });
    await call(core, 'view.set', { openDocId: null });
    expect((await call<ViewState>(core, 'view.get')).openDocId).toBeNull();
    await call(core, 'documents.remove', { id: a!.id });
    expect((await call<ViewState>(core, 'view.get')).scroll).toEqual({});
  });

  it('changes one app setting at a time, keeping the others', async () => {
    const { core } = await startCore();
    expect(await call(core, 'settings.get')).toEqual({ language: null, snapToWords: false, textWidth: 'medium', notices: [] });
    await call(core, 'settings.set', { language: 'en' });
    await call(core, 'settings.set', { textWidth: 'wide' });
    expect(await call(core, 'settings.get')).toEqual({ language: 'en', snapToWords: false, textWidth: 'wide', notices: [] });
    await call(core, 'settings.set', { language: null });
    expect(await call(core, 'settings.get')).toEqual({ language: null, snapToWords: false, textWidth: 'wide', notices: [] });
  });
});

describe('core API: sessions, import and export', () => {
  it('save as copies the session and continues in the copy', async () => {
    const { core, root, sessionPath } = await startCore();
    const [doc] = await importTexts(core, { 'a.txt': TEXT });
    await call(core, 'annotations.create', { docId: doc!.id, start: 0, end: 1, tag: 'target' });
    await call(core, 'annotations.create', { docId: doc!.id, start: 4, end: 5, tag: 'policy' });

    const occupied = join(root, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'keep.txt'), 'x');
    expect((await fails(core, 'session.saveAs', { path: occupied })).code).toBe('CONFLICT');
    expect(readdirSync(occupied)).toEqual(['keep.txt']);

    const copy = join(root, 'copy.pizhu');
    const info = await call<SessionInfo>(core, 'session.saveAs', { path: copy });
    expect(info).toMatchObject({ path: copy, name: 'copy', documents: 1, spans: 2 });
    await call(core, 'annotations.create', { docId: doc!.id, start: 1, end: 3, tag: 'project' });
    expect(await call<Annotation[]>(core, 'annotations.list', { docId: doc!.id })).toHaveLength(3);

    // The original is no longer locked and still holds what it held at the copy.
    const original = await SessionStore.open(sessionPath, { create: false });
    expect(
      original
        .allAnnotations()
        .map((a) => a.quote)
        .sort(),
    ).toEqual(['𠮷', '😀'].sort());
    await original.close();
    expect(existsSync(join(copy, '.lock'))).toBe(true);
  });

  it('recent sessions drop and name the ones whose folders are gone', async () => {
    const { core, root, sessionPath } = await startCore();
    const second = join(root, 'second.pizhu');
    const third = join(root, 'third.pizhu');
    await call(core, 'session.create', { path: second });
    await call(core, 'session.create', { path: third });
    let recent = await call<{ sessions: RecentSession[]; dropped: string[] }>(core, 'session.recent');
    expect(recent.sessions.map((s) => s.path)).toEqual([third, second, sessionPath]);
    expect(recent.dropped).toEqual([]);

    rmSync(second, { recursive: true });
    recent = await call(core, 'session.recent');
    expect(recent.dropped).toEqual([second]);
    expect(recent.sessions.map((s) => s.path)).toEqual([third, sessionPath]);
    recent = await call(core, 'session.recent');
    expect(recent.dropped).toEqual([]);
  });

  it('the default session starts with the bundled sample', async () => {
    const { core, dataDir } = await startCore({ sampleFile: SAMPLE });
    const info = await call<SessionInfo>(core, 'session.info');
    expect(info.path).toBe(join(dataDir, 'sessions', 'default.pizhu'));
    const docs = await call<DocumentSummary[]>(core, 'documents.list');
    expect(docs.length).toBeGreaterThan(0);
    const text = (await call<DocumentRecord>(core, 'documents.get', { id: docs[0]!.id })).text;
    expect(text).toContain('市北');
    const span = await call<Annotation>(core, 'annotations.create', { docId: docs[0]!.id, start: 0, end: 4, tag: 'target' });
    expect(span.quote).toBe(codePoints(text, 0, 4));
  });

  it('a second import of the same text is reported as a duplicate', async () => {
    const { core } = await startCore();
    const [doc] = await importTexts(core, { 'a.txt': TEXT });
    const preview = await call<ImportPreview>(core, 'import.preview', {
      files: [{ name: 'again.txt', data: Buffer.from(TEXT).toString('base64') }],
      cleanup: false,
    });
    expect(preview.items[0]!.documents[0]!.duplicateOf).toBe(doc!.id);
    const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
    expect(report.created).toEqual([]);
    expect(report.duplicates).toEqual([{ file: 'again.txt', title: 'again', existingId: doc!.id }]);
    expect(await call<DocumentSummary[]>(core, 'documents.list')).toHaveLength(1);
  });

  it('exports json whose spans quote the text', async () => {
    const { core } = await startCore();
    const [a, b] = await importTexts(core, { 'a.txt': TEXT, 'b.txt': '第二篇文章，讲政策。' });
    await call(core, 'annotations.create', { docId: a!.id, start: 4, end: 7, tag: 'policy', note: '注' });
    await call(core, 'annotations.create', { docId: b!.id, start: 0, end: 3, tag: 'target' });
    const file = await call<ExportFile>(core, 'export.run', { format: 'json', docIds: [a!.id] });
    expect(file.fileName).toMatch(/\.json$/);
    const body = JSON.parse(Buffer.from(file.data, 'base64').toString('utf8')) as {
      documents: DocumentRecord[];
      annotations: Annotation[];
    };
    expect(body.documents.map((d) => d.text)).toEqual([TEXT]);
    expect(body.annotations.map((x) => [x.start, x.end, x.quote, x.tag, x.note])).toEqual([[4, 7, '😀早餐', 'policy', '注']]);
    const all = await call<ExportFile>(core, 'export.run', { format: 'json' });
    const allBody = JSON.parse(Buffer.from(all.data, 'base64').toString('utf8')) as { annotations: Annotation[] };
    expect(allBody.annotations).toHaveLength(2);
    const csv = await call<ExportFile>(core, 'export.run', { format: 'csv', tags: ['target'] });
    expect(Buffer.from(csv.data, 'base64').toString('utf8')).toContain('第二篇');
  });
});
