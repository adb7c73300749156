import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { documentFile } from '../../../electron/core/store/sessionPaths';
import type { ExportFile, ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { DocumentRecord, DocumentSummary, ViewState } from '../../../electron/shared/model';
import { runCli } from '../cliProcess';
import { localPolicy } from '../structure/structureFixtures';
import { tempDir } from '../store/storeFixture';
import { call, closeCores, startCore as startTrackedCore, stopCore } from './coreCalls';

const ABA = '阿坝州人民政府办公室关于印发《阿坝州政务数...(FBM-CLI.12.4792728).txt';
const NOTICE = '关于做好某某工作的通知\n各区人民政府：\n现将有关事项通知如下。\n青岛市人民政府\n2023年1月5日';

afterEach(closeCores);

async function startCore(sessionPath?: string) {
  const root = tempDir('pizhu-origin-');
  const paths = { dataDir: join(root, 'data'), sessionPath: sessionPath ?? join(root, 'work.pizhu') };
  const core = await startTrackedCore({ ...paths, sampleFile: null });
  return { core, ...paths };
}

async function importFile(core: Core, name: string, text: string | Uint8Array): Promise<ImportReport> {
  const data = Buffer.from(typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');
  const preview = await call<ImportPreview>(core, 'import.preview', { files: [{ name, data }], cleanup: true });
  return call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
}

const listed = async (core: Core) => (await call<DocumentSummary[]>(core, 'documents.list')).map((d) => [d.title, d.region, d.issuer]);

describe('a document’s region and issuer', () => {
  it('are found on import, listed, set and cleared by hand, and kept when the session is opened again', async () => {
    const { core, sessionPath } = await startCore();
    const report = await importFile(core, ABA, localPolicy(ABA));
    const abaId = report.created[0]!.id;
    expect(report.created[0]).toMatchObject({ region: '阿坝州', issuer: '阿坝州人民政府办公室' });
    const notice = (await importFile(core, '通知.txt', NOTICE)).created[0]!;
    expect([notice.region, notice.issuer]).toEqual(['青岛市', '青岛市人民政府']);

    const edited = await call<DocumentSummary>(core, 'documents.update', { id: notice.id, region: '  青岛市市南区 ' });
    expect([edited.region, edited.issuer]).toEqual(['青岛市市南区', '青岛市人民政府']);
    const cleared = await call<DocumentSummary>(core, 'documents.update', { id: notice.id, issuer: null });
    expect([cleared.region, cleared.issuer]).toEqual(['青岛市市南区', null]);
    expect(await call<DocumentRecord>(core, 'documents.get', { id: notice.id })).toMatchObject({ region: '青岛市市南区', issuer: null });
    for (const bad of [{ region: '' }, { issuer: '两\n行' }, { region: 5 }]) {
      const refused = await core.call('documents.update', { id: notice.id, ...bad });
      expect(refused.ok ? null : refused.error.code).toBe('INVALID_INPUT');
    }
    await call(core, 'view.set', { documentSort: { key: 'region', descending: true } });
    await stopCore(core);

    const { core: again } = await startCore(sessionPath);
    expect(await listed(again)).toEqual([
      [expect.stringContaining('阿坝州'), '阿坝州', '阿坝州人民政府办公室'],
      ['关于做好某某工作的通知', '青岛市市南区', null],
    ]);
    expect((await call<ViewState>(again, 'view.get')).documentSort).toEqual({ key: 'region', descending: true });
    expect((await call<DocumentRecord>(again, 'documents.get', { id: abaId })).issuer).toBe('阿坝州人民政府办公室');
  });

  it('of a session from before they existed are read from the text, by the app and the CLI’s list', async () => {
    const { core, sessionPath } = await startCore();
    const { id } = (await importFile(core, '通知.txt', NOTICE)).created[0]!;
    await stopCore(core);
    const index = join(sessionPath, 'session.json');
    const data = JSON.parse(readFileSync(index, 'utf8'));
    for (const d of data.documents) {
      delete d.region;
      delete d.issuer;
    }
    writeFileSync(index, JSON.stringify(data));
    const file = documentFile(sessionPath, id);
    const { region: _r, issuer: _i, ...record } = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify(record));

    const cli = runCli(dirname(sessionPath), 'list', '--session', sessionPath);
    expect(cli.stderr).toBe('');
    expect(JSON.parse(cli.stdout).documents[0]).toMatchObject({ region: '青岛市', issuer: '青岛市人民政府' });
    const { core: again } = await startCore(sessionPath);
    expect(await listed(again)).toEqual([['关于做好某某工作的通知', '青岛市', '青岛市人民政府']]);
    expect(await call<DocumentRecord>(again, 'documents.get', { id })).toMatchObject({ region: '青岛市', issuer: '青岛市人民政府' });
  });

  it('go out with every span in the csv, and come back with a json export into another session', async () => {
    const { core } = await startCore();
    const { id } = (await importFile(core, '通知.txt', NOTICE)).created[0]!;
    await call(core, 'documents.update', { id, region: '青岛市市北区' });
    await call(core, 'annotations.create', { docId: id, start: 0, end: 4, tag: 'policy' });
    await call(core, 'annotations.create', { docId: id, start: 5, end: 9, tag: 'project' });
    const csv = await call<ExportFile>(core, 'export.run', { format: 'csv', language: 'en' });
    const rows: string[][] = parse(Buffer.from(csv.data, 'base64'), { bom: true });
    expect(rows[0]!.slice(18, 21)).toEqual(['Document date', 'Region', 'Issuer']);
    expect(rows.slice(1).map((r) => r.slice(18, 21))).toEqual([
      ['2023-01-05', '青岛市市北区', '青岛市人民政府'],
      ['2023-01-05', '青岛市市北区', '青岛市人民政府'],
    ]);
    const json = await call<ExportFile>(core, 'export.run', { format: 'json' });

    const { core: other } = await startCore();
    const created = (await importFile(other, json.fileName, Buffer.from(json.data, 'base64'))).created[0]!;
    expect([created.region, created.issuer]).toEqual(['青岛市市北区', '青岛市人民政府']);
  });
});
