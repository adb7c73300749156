import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/coreTypes';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import { SESSION_EXPORT_FORMAT, SESSION_EXPORT_SCHEMA_VERSION } from '../../../electron/core/export/exportTypes';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import { PizhuError } from '../../../electron/shared/errors';
import type { Annotation, DocumentSummary, Tag } from '../../../electron/shared/model';
import { folderBytes, tempDir } from '../store/storeFixture';
import { call, closeCores, startCore, stopCore } from '../core/coreCalls';

afterEach(closeCores);

async function start(root: string, sessionPath: string): Promise<Core> {
  const core = await startCore({ dataDir: join(root, 'data'), sessionPath, warn: () => undefined });
  return core;
}

async function importText(core: Core, name: string, text: string): Promise<DocumentSummary> {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name, data: Buffer.from(text).toString('base64') }],
    cleanup: false,
  });
  return (await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId })).created[0]!;
}

async function refusal(run: () => Promise<unknown>): Promise<PizhuError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PizhuError);
  return error as PizhuError;
}

/** A session folder as someone could send it: made by Pizhu, then its session.json edited. */
async function sentSession(root: string, edit: (index: { documents: Array<{ id: string }>; tags: Tag[] }) => void): Promise<string> {
  const sessionPath = join(root, 'shared', 'evil.pizhu');
  mkdirSync(join(root, 'shared'));
  const core = await start(root, sessionPath);
  const doc = await importText(core, 'real.txt', '真实文档\n内容。');
  await call(core, 'annotations.create', { docId: doc.id, start: 0, end: 2, tag: 'target' });
  await stopCore(core);
  const indexPath = join(sessionPath, 'session.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8'));
  edit(index);
  writeFileSync(indexPath, JSON.stringify(index, null, 2));
  return sessionPath;
}

describe('ids read from a session folder are never paths', () => {
  it('refuses a session.json whose document id climbs out of the session, and touches nothing outside or inside', async () => {
    const root = tempDir('pizhu-ids-');
    const victim = join(root, 'victim');
    mkdirSync(victim);
    writeFileSync(join(victim, 'app.log'), 'an unrelated application log\n');
    writeFileSync(join(victim, 'notes.log'), 'another log\n');
    const sessionPath = await sentSession(root, (index) => {
      const real = index.documents[0]!;
      index.documents.push({ ...real, id: '../../../victim/app' }, { ...real, id: '../../../victim/notes' });
    });
    const victimBefore = folderBytes(victim);
    const sessionBefore = folderBytes(sessionPath);
    const indexPath = join(sessionPath, 'session.json');

    for (const run of [
      () => createCore({ dataDir: join(root, 'data2'), sessionPath, warn: () => undefined }),
      () => SessionStore.open(sessionPath, { create: false }),
      () => SessionStore.open(sessionPath, { create: false, readOnly: true }),
    ]) {
      const error = await refusal(run);
      expect(error.code).toBe('BAD_FILE');
      expect(error.message).toContain(indexPath);
      expect(error.message).toMatch(/documents\.1\.id/);
    }
    expect(folderBytes(victim)).toEqual(victimBefore);
    expect(folderBytes(sessionPath)).toEqual(sessionBefore);
  });

  it('refuses an absolute or odd document id, and a tag id that is an Object.prototype name', async () => {
    const cases: Array<[string, (index: { documents: Array<{ id: string }>; tags: Tag[] }) => void, RegExp]> = [
      ['absolute', (index) => void (index.documents[0]!.id = '/tmp/x'), /documents\.0\.id/],
      ['dot-dot', (index) => void (index.documents[0]!.id = '..'), /documents\.0\.id/],
      ['__proto__', (index) => void (index.documents[0]!.id = '__proto__'), /documents\.0\.id/],
      ['constructor tag', (index) => void (index.tags[0]!.id = 'constructor'), /tags\.0\.id/],
    ];
    for (const [what, edit, where] of cases) {
      const root = tempDir('pizhu-ids-');
      const sessionPath = await sentSession(root, edit);
      const before = folderBytes(sessionPath);
      const error = await refusal(() => SessionStore.open(sessionPath, { create: false }));
      expect([what, error.code]).toEqual([what, 'BAD_FILE']);
      expect(error.message).toContain(join(sessionPath, 'session.json'));
      expect(error.message).toMatch(where);
      expect(folderBytes(sessionPath)).toEqual(before);
    }
  });

  it('refuses a document id that is a path at the API, and deletes nothing', async () => {
    const root = tempDir('pizhu-ids-');
    const outside = join(root, 'outside.json');
    writeFileSync(outside, '{}');
    const core = await start(root, join(root, 'work.pizhu'));
    await importText(core, 'a.txt', '一段文字。');
    for (const [name, input, code] of [
      ['documents.remove', { id: '../outside' }, 'INVALID_INPUT'],
      ['documents.get', { id: '../outside' }, 'INVALID_INPUT'],
      ['annotations.list', { docId: '../../outside' }, 'INVALID_INPUT'],
      ['annotations.create', { docId: '../outside', start: 0, end: 1, tag: 'target' }, 'INVALID_INPUT'],
      // An export names documents it reads through the index, never as paths: an unknown one is only not found.
      ['export.run', { format: 'json', docIds: ['../outside'] }, 'NOT_FOUND'],
    ] as const) {
      const result = await core.call(name, input);
      expect([name, result.ok ? 'ok' : result.error.code]).toEqual([name, code]);
    }
    expect(readFileSync(outside, 'utf8')).toBe('{}');
  });
});

describe('ids that are Object.prototype names', () => {
  it('a tag labelled "constructor" gets another id, and span counts stay numbers', async () => {
    const root = tempDir('pizhu-ids-');
    const core = await start(root, join(root, 'work.pizhu'));
    const doc = await importText(core, 'a.txt', '第一行文字内容。\n第二行。');
    for (const en of ['constructor', 'Constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const tag = await call<Tag>(core, 'tags.create', { label: { zh: '构造', en }, color: '#112233', hotkey: null });
      expect(Object.hasOwn(Object.prototype, tag.id), tag.id).toBe(false);
      await call(core, 'annotations.create', { docId: doc.id, start: 0, end: 3, tag: tag.id });
    }
    const [summary] = await call<DocumentSummary[]>(core, 'documents.list');
    expect(Object.values(summary!.counts)).toEqual([1, 1, 1, 1, 1, 1]);
    for (const tag of await call<Tag[]>(core, 'tags.list')) {
      const count = Object.hasOwn(summary!.counts, tag.id) ? summary!.counts[tag.id] : 0;
      expect(typeof count).toBe('number');
    }
    expect((await core.call('tags.update', { id: 'constructor', color: '#000000' })).ok).toBe(false);
  });

  it('refuses a file whose extension is a built-in property name, and the session still opens', async () => {
    const root = tempDir('pizhu-ids-');
    const sessionPath = join(root, 'work.pizhu');
    const core = await start(root, sessionPath);
    const preview = await call<ImportPreview>(core, 'import.preview', {
      files: [
        { name: 'report.constructor', data: Buffer.from('一段文字。').toString('base64') },
        { name: 'fine.txt', data: Buffer.from('另一段文字。').toString('base64') },
      ],
      cleanup: false,
    });
    const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
    expect(report.created.map((d) => d.title)).toEqual(['fine']);
    expect(report.errors.map((e) => e.file)).toEqual(['report.constructor']);
    await stopCore(core);
    const again = await SessionStore.open(sessionPath, { create: false, readOnly: true });
    expect(again.documents().map((d) => d.title)).toEqual(['fine']);
    expect((await again.readDocument(again.documents()[0]!.id)).text).toBe('另一段文字。');
    await again.close();
  });

  it('imports a JSON export whose document ids are __proto__ and constructor, twice, leaving no stray files', async () => {
    const root = tempDir('pizhu-ids-');
    const sessionPath = join(root, 'work.pizhu');
    const core = await start(root, sessionPath);
    const now = new Date().toISOString();
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    const source = { fileName: 'p.txt', format: 'txt', encoding: 'UTF-8', importedAt: now, cleanup: false, captions: [] };
    // A Map: in an object literal, `__proto__: …` would set the prototype instead of making an entry.
    const texts = new Map([
      ['normal', '普通文档\n'],
      ['__proto__', '原型文档\n内容。'],
      ['constructor', '构造文档\n内容。'],
    ]);
    const file = {
      format: SESSION_EXPORT_FORMAT,
      schemaVersion: SESSION_EXPORT_SCHEMA_VERSION,
      tags: [{ id: 'target', label: { zh: '目标', en: 'Target' }, color: '#ff0000', hotkey: null }],
      documents: [...texts].map(([id, text]) => ({ id, title: id, text, headings: [], hash: sha(text), source })),
      annotations: ['__proto__', 'constructor'].map((docId, i) => ({
        id: `a${i}`,
        docId,
        start: 0,
        end: 2,
        quote: Array.from(texts.get(docId)!).slice(0, 2).join(''),
        tag: 'target',
        note: '',
        created: now,
        modified: now,
      })),
    };
    const data = Buffer.from(JSON.stringify(file)).toString('base64');
    const reports: ImportReport[] = [];
    for (let i = 0; i < 2; i++) {
      const preview = await call<ImportPreview>(core, 'import.preview', { files: [{ name: 'proto.json', data }], cleanup: false });
      reports.push(await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId }));
    }
    expect(reports[0]!.errors).toEqual([]);
    expect(reports[0]!.created.map((d) => d.title).sort()).toEqual(['__proto__', 'constructor', 'normal']);
    expect(reports[0]!.annotationsAdded).toBe(2);
    expect(reports[1]!.errors).toEqual([]);
    expect(reports[1]!.created).toEqual([]);
    expect(reports[1]!.annotationsAdded).toBe(0);
    expect(reports[1]!.duplicates.map((d) => d.title).sort()).toEqual(['__proto__', 'constructor', 'normal']);

    const docs = await call<DocumentSummary[]>(core, 'documents.list');
    const spans = (await Promise.all(docs.map((d) => call<Annotation[]>(core, 'annotations.list', { docId: d.id })))).flat();
    expect(spans.map((a) => a.quote).sort()).toEqual(['原型', '构造']);
    expect(readdirSync(join(sessionPath, 'documents')).sort()).toEqual(docs.map((d) => `${d.id}.json`).sort());
    await stopCore(core);
    const again = await SessionStore.open(sessionPath, { create: false, readOnly: true });
    expect(again.documents()).toHaveLength(3);
    await again.close();
  });
});
