import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/coreTypes';
import { selectScope } from '../../../electron/core/export/exportScope';
import { ExportRequestSchema, type ExportFile, type ImportPreview } from '../../../electron/shared/contract';
import type { DocumentSummary } from '../../../electron/shared/model';
import { call } from '../core/coreCalls';
import { tempDir } from '../store/storeFixture';
import { buildSnapshot } from './exportFixture';

describe('export scope', () => {
  let core: Core;
  let ids: string[];

  beforeAll(async () => {
    const dir = tempDir('pizhu-scope-');
    core = await createCore({ dataDir: join(dir, 'data'), sessionPath: join(dir, 'work.pizhu') });
    const files = ['甲', '乙'].map((name) => ({
      name: `${name}.txt`,
      data: Buffer.from(`${name}文档：发力扩大内需战场，推动实现全年工作目标任务。`).toString('base64'),
    }));
    const preview = await call<ImportPreview>(core, 'import.preview', { files, cleanup: false });
    await call(core, 'import.commit', { previewId: preview.previewId });
    ids = (await call<DocumentSummary[]>(core, 'documents.list')).map((d) => d.id);
    for (const docId of ids) {
      await call(core, 'annotations.create', { docId, start: 5, end: 9, tag: 'target' });
      await call(core, 'annotations.create', { docId, start: 15, end: 21, tag: 'policy' });
    }
  }, 60_000);

  afterAll(() => core.close());

  async function exported(request: Record<string, unknown>) {
    const file = await call<ExportFile>(core, 'export.run', { format: 'json', ...request });
    return JSON.parse(Buffer.from(file.data, 'base64').toString('utf8')) as { documents: { id: string }[]; annotations: { id: string }[] };
  }

  it('exports a document named several times once, with each span once', async () => {
    const [a, b] = ids as [string, string];
    const thrice = await exported({ docIds: [a, a, a] });
    expect(thrice.documents.map((d) => d.id)).toEqual([a]);
    expect(thrice.annotations).toHaveLength(2);
    expect(new Set(thrice.annotations.map((x) => x.id)).size).toBe(2);
    const mixed = await exported({ docIds: [b, a, b] });
    expect(mixed.documents.map((d) => d.id).sort()).toEqual([a, b].sort());
    expect(mixed.annotations).toHaveLength(4);
    const csv = await call<ExportFile>(core, 'export.run', { format: 'csv', docIds: [a, a, a] });
    expect(Buffer.from(csv.data, 'base64').toString('utf8').trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('selects each document and span once from a snapshot that repeats them', () => {
    const snapshot = buildSnapshot();
    const doc = snapshot.documents[0]!;
    const spans = snapshot.annotations.filter((a) => a.docId === doc.id);
    const repeated = { ...snapshot, documents: [doc, doc, doc], annotations: [...spans, ...spans, ...spans] };
    const scope = selectScope(repeated, ExportRequestSchema.parse({ format: 'json', docIds: [doc.id, doc.id, doc.id] }));
    expect(scope.documents.map((d) => d.doc.id)).toEqual([doc.id]);
    expect(scope.documents[0]!.annotations.map((a) => a.id).sort()).toEqual(spans.map((a) => a.id).sort());
    expect(scope.spanCount).toBe(spans.length);
  });
});
