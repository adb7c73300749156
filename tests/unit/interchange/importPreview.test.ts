import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { SESSION_EXPORT_FORMAT, SESSION_EXPORT_SCHEMA_VERSION } from '../../../electron/core/export/exportTypes';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import { DEFAULT_TAGS } from '../../../electron/shared/defaultTags';
import type { Annotation, DocumentSummary, Tag } from '../../../electron/shared/model';
import { documentRecord, span } from '../store/storeFixture';
import { call, closeCores } from '../core/coreCalls';
import { noticeCounts, startTestCore } from './interchangeFixture';

const DOC = documentRecord('d_src', '𠮷野家的😀早餐；推动扩大内需，落地提质。');

afterEach(closeCores);
const startCore = () => startTestCore('pizhu-import-');

/** Pizhu's own JSON export, written by hand so the test does not depend on the writer. */
function sessionExport(tags: Tag[], annotations: Annotation[]): string {
  return JSON.stringify({
    format: SESSION_EXPORT_FORMAT,
    schemaVersion: SESSION_EXPORT_SCHEMA_VERSION,
    tags,
    documents: [DOC],
    annotations,
  });
}

const SPANS = [span('a1', DOC, 0, 3, 'project'), span('a2', DOC, 10, 14, 'policy', '注'), span('a3', DOC, 15, 19, 'target')];

type File = { name: string; content: string | Uint8Array };
async function preview(core: Core, files: File[], extra: object = {}): Promise<ImportPreview> {
  const payload = files.map((f) => ({ name: f.name, data: Buffer.from(f.content).toString('base64') }));
  return call<ImportPreview>(core, 'import.preview', { files: payload, cleanup: false, ...extra });
}
async function importFiles(core: Core, files: File[], extra: object = {}): Promise<{ preview: ImportPreview; report: ImportReport }> {
  const p = await preview(core, files, extra);
  return { preview: p, report: await call<ImportReport>(core, 'import.commit', { previewId: p.previewId }) };
}

describe('import preview and commit agree', () => {
  it('counts in the preview only the spans commit will add, and says how many are already there', async () => {
    const core = await startCore();
    const file = { name: 'export.json', content: sessionExport([...DEFAULT_TAGS], SPANS) };
    const first = await importFiles(core, [file]);
    expect(first.preview.items[0]!.annotations).toBe(3);
    expect(first.report.annotationsAdded).toBe(3);

    const again = await importFiles(core, [file]);
    expect(again.preview.items[0]!.annotations).toBe(again.report.annotationsAdded);
    expect(again.report.annotationsAdded).toBe(0);
    expect(noticeCounts(again.preview.items[0]!.notices)).toEqual({ 'duplicate-annotations': 3 });
    expect(again.report.notices).toEqual([{ file: 'export.json', kind: 'duplicate-annotations', count: 3 }]);
  });

  it('counts a span two files of one preview both bring once, as commit adds it once', async () => {
    const core = await startCore();
    const a = { name: 'a.json', content: sessionExport([...DEFAULT_TAGS], SPANS) };
    const b = { name: 'b.json', content: sessionExport([...DEFAULT_TAGS], [...SPANS, span('a4', DOC, 8, 10, 'policy')]) };
    const { preview: p, report } = await importFiles(core, [a, b]);
    expect(p.items.map((i) => i.annotations)).toEqual([3, 1]);
    expect(report.annotationsAdded).toBe(4);
    expect(noticeCounts(p.items[1]!.notices)).toEqual({ 'duplicate-annotations': 3 });
  });

  it('carries brat notices to the preview and to the report, naming the file', async () => {
    const core = await startCore();
    const zip = new JSZip();
    zip.file('doc.txt', DOC.text);
    zip.file('doc.ann', 'T1\tpolicy 10 14\t扩大内需\nT2\ttarget 0 1;10 14\t𠮷 扩大内需\nR1\tRel Arg1:T1 Arg2:T1\n');
    const { preview: p, report } = await importFiles(core, [{ name: 'col.zip', content: await zip.generateAsync({ type: 'uint8array' }) }]);
    expect(noticeCounts(p.items[0]!.notices)).toEqual({ relations: 1 });
    expect(report.notices.map((n) => [n.file, n.kind, n.count])).toEqual([['col.zip', 'relations', 1]]);
    expect(report.annotationsAdded).toBe(2);
  });
});

describe('import of doccano JSONL through the preview', () => {
  const line = (label: number[][]) => JSON.stringify({ text: DOC.text, label: label.map(([s, e]) => [s, e, 'policy']) }) + '\n';

  it("reads UTF-16 offsets by default and code points with offsets: 'codepoints'", async () => {
    const core = await startCore();
    await importFiles(core, [{ name: 'utf16.jsonl', content: line([[12, 16]]) }]);
    await importFiles(core, [{ name: 'cp.jsonl', content: line([[15, 19]]) }], { offsets: 'codepoints' });
    const [doc] = await call<DocumentSummary[]>(core, 'documents.list');
    const spans = await call<Annotation[]>(core, 'annotations.list', { docId: doc!.id });
    expect(spans.map((s) => [s.start, s.end, s.quote])).toEqual([
      [10, 14, '扩大内需'],
      [15, 19, '落地提质'],
    ]);
  });
});

describe('W3C annotations from another tool, through the preview', () => {
  it('attaches them to the session document they quote and reports the ones that match nothing', async () => {
    const core = await startCore();
    await importFiles(core, [{ name: 'report.txt', content: DOC.text }]);
    const items = [
      {
        type: 'Annotation',
        id: 'x1',
        body: { purpose: 'tagging', value: 'policy' },
        target: {
          source: 'https://x.example/r',
          selector: [
            { type: 'TextQuoteSelector', exact: '扩大内需' },
            { type: 'TextPositionSelector', start: 12, end: 16 },
          ],
        },
      },
      {
        type: 'Annotation',
        id: 'x2',
        body: { purpose: 'tagging', value: 'policy' },
        target: { source: 'https://x.example/r', selector: { type: 'TextQuoteSelector', exact: '别处' } },
      },
    ];
    const { preview: p, report } = await importFiles(core, [{ name: 'recogito.json', content: JSON.stringify(items) }]);
    expect(p.items[0]!.error).toBeNull();
    expect(p.items[0]!.annotations).toBe(1);
    expect(report.annotationsAdded).toBe(1);
    expect(report.created).toEqual([]);
    expect(report.notices).toEqual([{ file: 'recogito.json', kind: 'unmatched-annotations', count: 1, detail: 'found nowhere: x2' }]);
    const [doc] = await call<DocumentSummary[]>(core, 'documents.list');
    const spans = await call<Annotation[]>(core, 'annotations.list', { docId: doc!.id });
    expect(spans.map((s) => [s.start, s.end, s.quote, s.tag])).toEqual([[10, 14, '扩大内需', 'policy']]);
  });
});

describe('W3C annotations imported together with the text they annotate', () => {
  it('matches them to a document an earlier file of the same preview brings', async () => {
    const core = await startCore();
    const items = [
      {
        type: 'Annotation',
        id: 'y1',
        body: { purpose: 'tagging', value: 'policy' },
        target: { source: 'https://x.example/r', selector: { type: 'TextQuoteSelector', exact: '扩大内需' } },
      },
    ];
    const { preview: p, report } = await importFiles(core, [
      { name: 'report.txt', content: DOC.text },
      { name: 'recogito.json', content: JSON.stringify(items) },
    ]);
    expect(p.items.map((i) => i.annotations)).toEqual([0, 1]);
    expect(report.created).toHaveLength(1);
    expect(report.annotationsAdded).toBe(1);
    expect(report.notices).toEqual([]);
    const spans = await call<Annotation[]>(core, 'annotations.list', { docId: report.created[0]!.id });
    expect(spans.map((s) => [s.start, s.end, s.quote])).toEqual([[10, 14, '扩大内需']]);
  });
});

describe('tag labels carried by an import', () => {
  const renamed = (id: string, zh: string, en: string): Tag => ({ ...DEFAULT_TAGS.find((t) => t.id === id)!, label: { zh, en } });

  it("takes the file's labels for a tag the session still has with its default labels, and says so", async () => {
    const core = await startCore();
    const { report } = await importFiles(core, [
      { name: 'e.json', content: sessionExport([renamed('target', '目标任务', 'Goal')], [SPANS[2]!]) },
    ]);
    const tags = await call<Tag[]>(core, 'tags.list');
    expect(tags.find((t) => t.id === 'target')!.label).toEqual({ zh: '目标任务', en: 'Goal' });
    expect(report.notices).toEqual([
      { file: 'e.json', kind: 'tag-labels', count: 1, detail: 'target: took 目标任务 / Goal (was 目标 / Target)' },
    ]);
  });

  it('keeps the labels an analyst gave a tag in the session, and reports the difference', async () => {
    const core = await startCore();
    await call(core, 'tags.update', { id: 'policy', label: { zh: '政策工具', en: 'Instrument' } });
    const { preview: p, report } = await importFiles(core, [
      { name: 'e.json', content: sessionExport([renamed('policy', '政策', 'Policy!')], [SPANS[1]!]) },
    ]);
    const tags = await call<Tag[]>(core, 'tags.list');
    expect(tags.find((t) => t.id === 'policy')!.label).toEqual({ zh: '政策工具', en: 'Instrument' });
    const notice = { kind: 'tag-labels', count: 1, detail: 'policy: kept 政策工具 / Instrument (the file has 政策 / Policy!)' };
    expect(p.items[0]!.notices).toEqual([notice]);
    expect(report.notices).toEqual([{ file: 'e.json', ...notice }]);
  });
});
