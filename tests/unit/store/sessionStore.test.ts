import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PizhuError } from '../../../electron/shared/errors';
import { AnnotationSchema } from '../../../electron/shared/model';
import { DEFAULT_TAGS } from '../../../electron/shared/defaultTags';
import { SessionStore, type OpenOptions } from '../../../electron/core/store/SessionStore';
import { setAtomicRenameHook } from '../../../electron/core/store/atomicWrite';
import { LOCK_FILE } from '../../../electron/core/store/sessionLock';
import { backupPath } from '../../../electron/core/store/migrateSession';
import { SCHEMA_VERSION, SessionIndexSchema, type SessionV1 } from '../../../electron/core/store/sessionFormat';
import { deadPid, documentRecord, fileIdentity, folderBytes, span, tempDir } from './storeFixture';

const TEXT_A = '青岛市北区发力“五大战场”。\n以项目落地提质年为主题，推动实现全年工作目标任务。';
const TEXT_B = '𠮷野家的😀早餐；吃了三碗。\n第二行文字。';

/** The error an open is refused with; fails the test if the open succeeds. */
async function refusal(path: string, options: OpenOptions = { create: false }): Promise<PizhuError> {
  const error = await SessionStore.open(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PizhuError);
  return error as PizhuError;
}

/** Pretend the writer died without closing: its lock now names a process that is gone. */
function abandonLock(sessionDir: string): void {
  writeFileSync(join(sessionDir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), since: new Date().toISOString() }));
}

afterEach(() => setAtomicRenameHook(null));

describe('SessionStore: create, change, reopen', () => {
  it('keeps tags, documents, annotations and view across close and reopen', async () => {
    const dir = join(tempDir(), 'work.pizhu');
    const store = await SessionStore.open(dir, { create: true });
    expect(store.name).toBe('work');
    expect(store.tags().map((t) => t.id)).toEqual(DEFAULT_TAGS.map((t) => t.id));

    const a = documentRecord('d_a', TEXT_A, '市北');
    const b = documentRecord('d_b', TEXT_B, '早餐');
    await store.addDocuments([a, b]);
    const risk = { id: 'risk', label: { zh: '风险', en: 'Risk' }, color: '#ae3ec9', hotkey: 'r' };
    await store.setTags([...store.tags(), risk]);
    await store.applyAnnotations('d_a', { put: [span('a_1', a, 0, 5), span('a_2', a, 15, 22, 'risk', '备注')], remove: [] });
    await store.applyAnnotations('d_b', { put: [span('a_b1', b, 0, 1, 'policy'), span('a_b2', b, 4, 5)], remove: [] });
    await store.applyAnnotations('d_b', { put: [{ ...span('a_b2', b, 4, 5), tag: 'project' }], remove: ['a_b1'] });
    await store.setView((view) => {
      view.openDocId = 'd_b';
      view.scroll['d_b'] = 0.25;
      view.filter = { tags: ['risk'], query: '青岛', groupByTag: true };
    });
    await store.renameDocument('d_a', '市北区');
    await store.close();

    const again = await SessionStore.open(dir, { create: false });
    expect(again.tags().at(-1)).toEqual(risk);
    expect(again.documents().map((d) => [d.id, d.title, d.length])).toEqual([
      ['d_a', '市北区', [...TEXT_A].length],
      ['d_b', '早餐', [...TEXT_B].length],
    ]);
    expect((await again.readDocument('d_b')).text).toBe(TEXT_B);
    expect(again.annotations('d_a').map((x) => [x.id, x.quote, x.tag, x.note])).toEqual([
      ['a_1', '青岛市北区', 'target', ''],
      ['a_2', TEXT_A.slice(15, 22), 'risk', '备注'],
    ]);
    expect(again.annotations('d_b').map((x) => [x.id, x.quote, x.tag])).toEqual([['a_b2', '😀', 'project']]);
    expect(again.spanCount()).toBe(3);
    expect(again.view()).toEqual({ openDocId: 'd_b', scroll: { d_b: 0.25 }, filter: { tags: ['risk'], query: '青岛', groupByTag: true } });
    await again.close();
  });

  it('removes a document with its files, and the removal survives a reopen', async () => {
    const dir = tempDir();
    const store = await SessionStore.open(dir, { create: true });
    const a = documentRecord('d_a', TEXT_A);
    await store.addDocuments([a, documentRecord('d_b', TEXT_B)], [span('a_1', a, 0, 2)]);
    await store.setView((view) => void (view.openDocId = 'd_a'));
    await store.removeDocument('d_a');
    expect(readdirSync(join(dir, 'documents'))).toEqual(['d_b.json']);
    expect(readdirSync(join(dir, 'annotations')).filter((f) => f.startsWith('d_a'))).toEqual([]);
    await store.close();
    const again = await SessionStore.open(dir, { create: false });
    expect(again.documents().map((d) => d.id)).toEqual(['d_b']);
    expect(again.view().openDocId).toBeNull();
    expect(again.annotation('a_1')).toBeUndefined();
    await again.close();
  });

  it('saving one annotation appends to its log and rewrites no text and no index', async () => {
    const dir = tempDir();
    const store = await SessionStore.open(dir, { create: true });
    const a = documentRecord('d_a', TEXT_A);
    await store.addDocuments([a, documentRecord('d_b', TEXT_B)]);
    const watched = ['session.json', 'documents/d_a.json', 'documents/d_b.json'].map((f) => join(dir, f));
    const before = watched.map(fileIdentity);
    // mtime resolution can hide a rewrite that happens in the same tick: give it room to show.
    await new Promise((resolve) => setTimeout(resolve, 20));

    await store.applyAnnotations('d_a', { put: [span('a_1', a, 0, 5)], remove: [] });

    expect(watched.map(fileIdentity)).toEqual(before);
    const log = readFileSync(join(dir, 'annotations', 'd_a.log'), 'utf8');
    expect(log.split('\n')).toHaveLength(2);
    expect(JSON.parse(log.split('\n')[0]!).put[0].id).toBe('a_1');
    expect(existsSync(join(dir, 'annotations', 'd_b.log'))).toBe(false);
    await store.close();
  });

  it('a crash between the temp write and the rename leaves the old session.json, and the store goes on', async () => {
    const dir = tempDir();
    const store = await SessionStore.open(dir, { create: true });
    await store.addDocuments([documentRecord('d_a', TEXT_A)]);
    const indexPath = join(dir, 'session.json');
    const before = readFileSync(indexPath);
    const tagsBefore = structuredClone(store.tags());

    setAtomicRenameHook(() => {
      throw new Error('simulated crash before rename');
    });
    await expect(store.setTags(store.tags().slice(1))).rejects.toThrow('simulated crash');
    await expect(store.setView((view) => void (view.openDocId = 'd_a'))).rejects.toThrow('simulated crash');

    expect(readFileSync(indexPath).equals(before)).toBe(true);
    expect(SessionIndexSchema.safeParse(JSON.parse(before.toString('utf8'))).success).toBe(true);
    // The failed change must not linger in memory either, or the next write would save it.
    expect(store.tags()).toEqual(tagsBefore);
    expect(store.view().openDocId).toBeNull();

    setAtomicRenameHook(null);
    await store.setView((view) => void (view.openDocId = 'd_a'));
    await store.close();
    const again = await SessionStore.open(dir, { create: false });
    expect(again.tags()).toEqual(tagsBefore);
    expect(again.view().openDocId).toBe('d_a');
    await again.close();
  });
});

describe('SessionStore: refusals leave files as they were', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['corrupt (not JSON)', '{"format": "pizhu-session", "schemaVer', /not JSON/],
    ['foreign JSON (a package.json)', JSON.stringify({ name: 'pizhu', version: '0.1.0', type: 'module' }, null, 2), /format marker/],
    [
      'made by a newer version',
      JSON.stringify({
        format: 'pizhu-session',
        schemaVersion: 99,
        created: '2030-01-01T00:00:00.000Z',
        tags: [],
        documents: [],
        view: {},
      }),
      /newer Pizhu.*99/,
    ],
  ];
  for (const [what, content, reason] of cases) {
    it(`refuses a session.json that is ${what}, naming the file`, async () => {
      const dir = tempDir();
      const indexPath = join(dir, 'session.json');
      writeFileSync(indexPath, content);
      const before = folderBytes(dir);
      for (const readOnly of [false, true]) {
        const error = await refusal(dir, { create: true, readOnly });
        expect(error.code).toBe('BAD_FILE');
        expect(error.message).toContain(indexPath);
        expect(error.message).toMatch(reason);
      }
      expect(folderBytes(dir)).toEqual(before);
    });
  }

  it('refuses a folder of other files that holds no session.json, and writes nothing into it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), '别动我');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'data.json'), '{}');
    const before = folderBytes(dir);
    const error = await refusal(dir, { create: true });
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toContain(dir);
    expect(folderBytes(dir)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'sub']);
  });

  it('refuses a path that is a regular file', async () => {
    const file = join(tempDir(), 'report.pizhu');
    writeFileSync(file, 'not a folder');
    const error = await refusal(file, { create: true });
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('creates a session where a crash cut an earlier creation short (a stale lock and empty folders, no session.json)', async () => {
    const dir = join(tempDir(), 'cut-short.pizhu');
    mkdirSync(join(dir, 'documents'), { recursive: true });
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), since: new Date().toISOString() }));
    const store = await SessionStore.open(dir, { create: true });
    expect(store.tags().map((t) => t.id)).toEqual(DEFAULT_TAGS.map((t) => t.id));
    await store.close();
    expect(existsSync(join(dir, 'session.json'))).toBe(true);
  });

  it('refuses to open a missing session without create', async () => {
    const dir = join(tempDir(), 'missing.pizhu');
    expect((await refusal(dir)).code).toBe('NOT_FOUND');
    expect(existsSync(dir)).toBe(false);
  });
});

describe('SessionStore: migration from schema 1', () => {
  function writeV1(dir: string): { v1: SessionV1; bytes: Buffer } {
    const a = documentRecord('d_a', TEXT_A, '市北');
    const b = documentRecord('d_b', TEXT_B, '早餐');
    const v1: SessionV1 = {
      format: 'pizhu-session',
      schemaVersion: 1,
      created: '2025-05-06T07:08:09.000Z',
      tags: DEFAULT_TAGS.map((t) => ({ ...t })),
      documents: [a, b],
      annotations: [span('a_1', a, 0, 5), span('a_2', a, 6, 10, 'policy', '注'), span('a_b1', b, 0, 2, 'project')],
      view: { openDocId: 'd_b', scroll: { d_a: 0.5 }, filter: { tags: [], query: '', groupByTag: false } },
    };
    const bytes = Buffer.from(JSON.stringify(v1, null, 2));
    writeFileSync(join(dir, 'session.json'), bytes);
    return { v1, bytes };
  }

  it('moves documents and annotations into their own files and keeps the original as session.json.v1.bak', async () => {
    const dir = tempDir();
    const { v1, bytes } = writeV1(dir);
    const store = await SessionStore.open(dir, { create: false });
    expect(store.documents().map((d) => d.id)).toEqual(['d_a', 'd_b']);
    expect((await store.readDocument('d_a')).text).toBe(TEXT_A);
    expect((await store.readDocument('d_b')).text).toBe(TEXT_B);
    expect(store.allAnnotations().sort((x, y) => x.id.localeCompare(y.id))).toEqual(v1.annotations);
    expect(store.view()).toEqual(v1.view);
    expect(store.created).toBe(v1.created);
    const backup = backupPath(join(dir, 'session.json'), 1);
    expect(backup).toBe(join(dir, 'session.json.v1.bak'));
    expect(readFileSync(backup).equals(bytes)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'session.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    await store.applyAnnotations('d_b', { put: [span('a_b2', v1.documents[1]!, 3, 4)], remove: ['a_b1'] });
    await store.close();

    const again = await SessionStore.open(dir, { create: false });
    expect(
      again
        .allAnnotations()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['a_1', 'a_2', 'a_b2']);
    expect(readFileSync(backup).equals(bytes)).toBe(true);
    await again.close();
  });

  it('will not migrate in a read-only open, and leaves the file as it was', async () => {
    const dir = tempDir();
    writeV1(dir);
    const before = folderBytes(dir);
    const error = await refusal(dir, { create: false, readOnly: true });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(join(dir, 'session.json'));
    expect(folderBytes(dir)).toEqual(before);
  });
});

describe('SessionStore: torn log and readers', () => {
  it('a torn last line in a log loses only that line, and later writes still work', async () => {
    const dir = tempDir();
    const store = await SessionStore.open(dir, { create: true });
    const a = documentRecord('d_a', TEXT_A);
    await store.addDocuments([a]);
    for (let i = 0; i < 5; i++) await store.applyAnnotations('d_a', { put: [span(`a_${i}`, a, i, i + 3)], remove: [] });
    await store.applyAnnotations('d_a', { put: [], remove: ['a_4'] });
    abandonLock(dir);
    const logPath = join(dir, 'annotations', 'd_a.log');
    const torn = JSON.stringify({ put: [span('a_lost', a, 1, 2)], remove: [] });
    appendFileSync(logPath, torn.slice(0, torn.length >> 1));

    const reader = await SessionStore.open(dir, { create: false, readOnly: true });
    expect(
      reader
        .annotations('d_a')
        .map((x) => x.id)
        .sort(),
    ).toEqual(['a_0', 'a_1', 'a_2', 'a_3']);
    await reader.close();

    const again = await SessionStore.open(dir, { create: false });
    expect(
      again
        .annotations('d_a')
        .map((x) => x.id)
        .sort(),
    ).toEqual(['a_0', 'a_1', 'a_2', 'a_3']);
    await again.applyAnnotations('d_a', { put: [span('a_5', a, 10, 12)], remove: ['a_0'] });
    await again.applyAnnotations('d_a', { put: [span('a_6', a, 12, 14, 'policy')], remove: [] });
    for (const line of readFileSync(logPath, 'utf8').trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    abandonLock(dir);

    const third = await SessionStore.open(dir, { create: false });
    const spans = third.annotations('d_a');
    expect(spans.map((x) => x.id).sort()).toEqual(['a_1', 'a_2', 'a_3', 'a_5', 'a_6']);
    for (const x of spans) expect(AnnotationSchema.parse(x)).toEqual(x);
    await third.close();
    // `store` stands for the writer that died: it is never closed, as a killed process never closes.
  });

  it('a read-only open sees what the writer acknowledged, while the writer holds the lock, and cannot write', async () => {
    const dir = tempDir();
    const writer = await SessionStore.open(dir, { create: true });
    const a = documentRecord('d_a', TEXT_A);
    await writer.addDocuments([a]);
    await writer.applyAnnotations('d_a', { put: [span('a_1', a, 0, 5), span('a_2', a, 3, 9)], remove: [] });
    await writer.applyAnnotations('d_a', { put: [], remove: ['a_2'] });
    await writer.setTags(writer.tags().filter((t) => t.id !== 'policy'));
    await writer.setView((view) => void (view.openDocId = 'd_a'));
    const lockBefore = readFileSync(join(dir, LOCK_FILE));

    const reader = await SessionStore.open(dir, { create: false, readOnly: true });
    expect(reader.readOnly).toBe(true);
    expect(reader.documents().map((d) => d.id)).toEqual(['d_a']);
    expect((await reader.readDocument('d_a')).text).toBe(TEXT_A);
    expect(reader.annotations('d_a').map((x) => x.id)).toEqual(['a_1']);
    expect(reader.tags().map((t) => t.id)).toEqual(['target', 'project']);
    expect(reader.view().openDocId).toBe('d_a');

    const files = folderBytes(dir);
    for (const attempt of [
      () => reader.applyAnnotations('d_a', { put: [span('a_x', a, 0, 1)], remove: [] }),
      () => reader.setTags([]),
      () => reader.setView((view) => void (view.openDocId = null)),
      () => reader.addDocuments([documentRecord('d_x', 'x')]),
      () => reader.removeDocument('d_a'),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'CONFLICT' });
    }
    await reader.close();
    expect(folderBytes(dir)).toEqual(files);
    expect(readFileSync(join(dir, LOCK_FILE)).equals(lockBefore)).toBe(true);

    await writer.applyAnnotations('d_a', { put: [span('a_3', a, 6, 8)], remove: [] });
    await writer.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
