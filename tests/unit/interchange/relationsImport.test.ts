import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import { ExportRequestSchema, type ExportFile, type ImportPreview, type ImportReport } from '../../../electron/shared/contract';
import type { Annotation, DocumentSummary, Relation, RelationType } from '../../../electron/shared/model';
import { call, closeCores } from '../core/coreCalls';
import { noticeCounts, startTestCore } from './interchangeFixture';
import { relationSnapshot } from './relationsFixture';

afterEach(closeCores);

async function importBytes(core: Core, name: string, bytes: Uint8Array) {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name, data: Buffer.from(bytes).toString('base64') }],
    cleanup: false,
  });
  const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
  return { preview, report };
}

/** The session's relations as type, from quote, to quote and note, sorted. */
async function sessionRelations(core: Core) {
  const docs = await call<DocumentSummary[]>(core, 'documents.list');
  const rows: string[][] = [];
  for (const d of docs) {
    const spans = new Map((await call<Annotation[]>(core, 'annotations.list', { docId: d.id })).map((a) => [a.id, a.quote]));
    for (const r of await call<Relation[]>(core, 'relations.list', { docId: d.id }))
      rows.push([r.type, spans.get(r.from)!, spans.get(r.to)!, r.note]);
  }
  return rows.sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
}

describe('import of relations and fragments into a session', () => {
  it('adds relations and discontinuous spans, and a second session exported from it holds the same', async () => {
    const snapshot = relationSnapshot();
    const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'json' }));
    const core = await startTestCore('pizhu-relations-import-');
    const { preview, report } = await importBytes(core, file.fileName, file.bytes);
    expect(preview.items[0]!.relations).toBe(snapshot.relations!.length);
    expect(report.relationsAdded).toBe(snapshot.relations!.length);
    const types = await call<RelationType[]>(core, 'relationTypes.list');
    expect(types.map((t) => t.id)).toEqual(['serves', 'funds', 'part-of', 'risk-of']);
    const quotes = new Map(snapshot.annotations.map((a) => [a.id, a.quote]));
    const expected = snapshot
      .relations!.map((r) => [r.type, quotes.get(r.from)!, quotes.get(r.to)!, r.note])
      .sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
    expect(await sessionRelations(core)).toEqual(expected);
    const docs = await call<DocumentSummary[]>(core, 'documents.list');
    const all = (await Promise.all(docs.map((d) => call<Annotation[]>(core, 'annotations.list', { docId: d.id })))).flat();
    expect(
      all
        .filter((a) => a.fragments)
        .map((a) => a.quote)
        .sort(),
    ).toEqual(['发力 … 内需战场', '𠮷野 … 😀早']);

    // Imported again: nothing is added twice.
    const again = await importBytes(core, file.fileName, file.bytes);
    expect(again.preview.items[0]!.relations).toBe(0);
    expect(noticeCounts(again.preview.items[0]!.notices)).toEqual({
      'duplicate-annotations': snapshot.annotations.length,
      'duplicate-relations': snapshot.relations!.length,
    });
    expect(again.report.relationsAdded).toBe(0);

    // The session's own brat export brings the same relations into a fresh session.
    const brat = await call<ExportFile>(core, 'export.run', { format: 'brat' });
    const other = await startTestCore('pizhu-relations-brat-');
    const fromBrat = await importBytes(other, brat.fileName, Buffer.from(brat.data, 'base64'));
    expect(fromBrat.report.relationsAdded).toBe(snapshot.relations!.length);
    expect(fromBrat.report.errors).toEqual([]);
    expect(await sessionRelations(other)).toEqual(expected);
  });
});
