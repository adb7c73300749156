import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { SESSION_EXPORT_FORMAT, SESSION_EXPORT_SCHEMA_VERSION } from '../../../electron/core/export/exportTypes';
import type { ExportFile, ImportPreview, ImportReport } from '../../../electron/shared/contract';
import { DEFAULT_TAGS } from '../../../electron/shared/defaultTags';
import type { Annotation, DocumentRecord, DocumentSummary, Language, Tag } from '../../../electron/shared/model';
import { validateQde } from '../export/refiSchema';
import { documentRecord, span, tempDir } from '../store/storeFixture';
import { call, closeCores } from '../core/coreCalls';
import { noticeCounts, startTestCore } from './interchangeFixture';

const appRoot = resolve(import.meta.dirname, '..', '..', '..');
const QUALCODER = join(appRoot, 'tests', 'fixtures', 'refi', 'qualcoder.qdpx');

afterEach(closeCores);
const startCore = () => startTestCore('pizhu-qdpx-');

async function importFile(core: Core, name: string, content: Uint8Array | string) {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name, data: Buffer.from(content).toString('base64') }],
    cleanup: false,
  });
  return { preview, report: await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId }) };
}

// Astral characters (𠮷 😀 👍🏽 𩸽), markup, quotes, a CRLF and a tab in the texts.
const DOC_A = documentRecord('d_a', '𠮷野家的😀早餐；推动扩大内需，落地提质。\n第二行：“引号”与<尖括号> & 符号，👍🏽结束。', '政府 & <报告>');
const DOC_B = documentRecord('d_b', 'Plain text\r\nwith a CRLF,\ta tab and 𩸽.', 'English "notes"');

const TAGS: Tag[] = [
  ...DEFAULT_TAGS,
  // Labels holding " / ", the separator of the Description the export writes them in.
  { id: 'risk_2', label: { zh: '风险 / 隐患', en: 'Risk, "quoted"' }, color: '#AE3EC9', hotkey: null },
  { id: 'x-9', label: { zh: '子项', en: 'Sub / item' }, color: '#1098ad', hotkey: null },
];

const at = (n: number) => ({ created: `2026-01-02T10:00:0${n}.000Z`, modified: `2026-01-03T11:00:0${n}.000Z` });
const SPANS: Annotation[] = [
  { ...span('a1', DOC_A, 0, 3, 'project', '吉野家'), ...at(1) },
  // Nested and overlapping spans, one of them a single astral character.
  { ...span('a2', DOC_A, 0, 7, 'policy', 'line one\nline two'), ...at(2) },
  { ...span('a3', DOC_A, 2, 12, 'risk_2', 'CR\r\nLF & <b>"quoted"</b>'), ...at(3) },
  { ...span('a4', DOC_A, 4, 5, 'x-9', '  padded  '), ...at(4) },
  { ...span('a5', DOC_A, 41, 43, 'target'), ...at(5) },
  { ...span('a6', DOC_A, 15, 28, 'target', '跨行'), ...at(6) },
  { ...span('a7', DOC_B, 0, 25, 'x-9', 'tab\there'), ...at(7) },
  { ...span('a8', DOC_B, 35, 36, 'risk_2'), ...at(8) },
];

/** A session seeded through Pizhu's own JSON export, so that the round trip starts from known tags, documents and spans. */
async function seededCore(): Promise<Core> {
  const core = await startCore();
  const seed = JSON.stringify({
    format: SESSION_EXPORT_FORMAT,
    schemaVersion: SESSION_EXPORT_SCHEMA_VERSION,
    tags: TAGS,
    documents: [DOC_A, DOC_B],
    annotations: SPANS,
  });
  const { report } = await importFile(core, 'seed.json', seed);
  expect(report.annotationsAdded).toBe(SPANS.length);
  return core;
}

/** What a session holds, without its ids: documents by title, their spans, its tags. */
async function contents(core: Core) {
  const docs = await call<DocumentSummary[]>(core, 'documents.list');
  return {
    tags: await call<Tag[]>(core, 'tags.list'),
    documents: await Promise.all(
      docs.map(async (d) => {
        const record = await call<DocumentRecord>(core, 'documents.get', { id: d.id });
        const spans = await call<Annotation[]>(core, 'annotations.list', { docId: d.id });
        return {
          title: record.title,
          text: record.text,
          hash: record.hash,
          spans: spans.map(({ start, end, quote, tag, note, created, modified }) => ({ start, end, quote, tag, note, created, modified })),
        };
      }),
    ),
  };
}

describe('REFI-QDA round trip: Pizhu exports a project and imports it again', () => {
  it.each<Language>(['zh', 'en'])(
    'brings back identical documents, tags (ids, colours, labels) and spans with their notes (codes named in %s)',
    async (language) => {
      const source = await seededCore();
      const exported = await call<ExportFile>(source, 'export.run', { format: 'qdpx', language });
      const bytes = Buffer.from(exported.data, 'base64');
      const dir = tempDir('pizhu-qdpx-out-');
      writeFileSync(join(dir, 'session.qdpx'), bytes);
      const zip = await JSZip.loadAsync(readFileSync(join(dir, 'session.qdpx')));
      writeFileSync(join(dir, 'project.qde'), await zip.file('project.qde')!.async('uint8array'));
      const lint = await validateQde(join(dir, 'project.qde'));
      expect(lint.valid, lint.output).toBe(true);

      const target = await startCore();
      const { preview, report } = await importFile(target, 'session.qdpx', readFileSync(join(dir, 'session.qdpx')));
      expect(preview.items[0]!.kind).toBe('qdpx');
      expect(preview.items[0]!.notices).toEqual([]);
      expect(report.annotationsAdded).toBe(SPANS.length);
      expect(report.errors).toEqual([]);
      const [want, got] = [await contents(source), await contents(target)];
      expect(got.tags).toEqual(want.tags);
      expect(got.documents).toEqual(want.documents);
      const docs = await call<DocumentSummary[]>(target, 'documents.list');
      expect(docs.map((d) => [d.source.format, d.source.fileName])).toEqual([
        ['qdpx', 'session.qdpx'],
        ['qdpx', 'session.qdpx'],
      ]);
    },
  );

  it('adds nothing to the session it came from: documents recognised by their text, spans by their place and tag', async () => {
    const core = await seededCore();
    const before = await contents(core);
    const exported = await call<ExportFile>(core, 'export.run', { format: 'qdpx', language: 'en' });
    const { preview, report } = await importFile(core, 'session.qdpx', Buffer.from(exported.data, 'base64'));
    expect(preview.items[0]!.annotations).toBe(0);
    expect(noticeCounts(preview.items[0]!.notices)).toEqual({ 'duplicate-annotations': SPANS.length });
    expect(report.created).toEqual([]);
    expect(report.duplicates.map((d) => d.title)).toEqual([DOC_A.title, DOC_B.title]);
    expect(await contents(core)).toEqual(before);
  });
});

describe('REFI-QDA import into a session', () => {
  it("imports QualCoder's project once: a second import adds nothing", async () => {
    const core = await startCore();
    const first = await importFile(core, 'qualcoder.qdpx', readFileSync(QUALCODER));
    expect(first.report.created.map((d) => d.title)).toEqual(['政府工作报告2024.txt', 'note.txt']);
    expect(first.report.annotationsAdded).toBe(7);
    // The code "Project" has the id of the session's own tag `project`, which keeps its labels and colour, as for any foreign tag name.
    const tags = await call<Tag[]>(core, 'tags.list');
    expect(tags.slice(0, DEFAULT_TAGS.length)).toEqual(DEFAULT_TAGS);
    expect(tags.map((t) => t.label.zh).slice(DEFAULT_TAGS.length)).toEqual(['目标', 'Project › 𠮷 brand', '政策工具 › 供给型 › 人才培养']);
    const spans = await call<Annotation[]>(core, 'annotations.list', { docId: first.report.created[1]!.id });
    expect(spans.map((a) => [a.quote, a.tag, a.note])).toEqual([['Expand domestic demand.', 'project', 'first line']]);
    const again = await importFile(core, 'qualcoder.qdpx', readFileSync(QUALCODER));
    expect(again.report.created).toEqual([]);
    expect(again.report.annotationsAdded).toBe(0);
    expect(noticeCounts(again.preview.items[0]!.notices)['duplicate-annotations']).toBe(7);
  });

  it('writes nothing for a refused project, and says why', async () => {
    const core = await startCore();
    const before = await contents(core);
    const { preview, report } = await importFile(core, 'broken.qdpx', 'PK not really');
    expect(preview.items[0]!.error).toBe('broken.qdpx: is not a valid zip file');
    expect(report.errors).toEqual([{ file: 'broken.qdpx', message: 'broken.qdpx: is not a valid zip file' }]);
    expect(await contents(core)).toEqual(before);
  });

  it('the CLI prints what it did not carry over, one line per kind', async () => {
    const dir = tempDir('pizhu-cli-qdpx-');
    const { stdout } = await promisify(execFile)(
      join(appRoot, 'node_modules', '.bin', 'tsx'),
      [join(appRoot, 'electron', 'cli', 'index.ts'), 'import', '--session', join(dir, 'work.pizhu'), QUALCODER],
      { env: { ...process.env, PIZHU_DATA_DIR: join(dir, 'data') } },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('qualcoder.qdpx: 7 annotations to add');
    expect(lines).toContain(
      'qualcoder.qdpx: 2 sources not imported: Pizhu imports text sources whose text the project holds (PDF 文件.pdf with 1 selection, picture photo.png with 1 selection)',
    );
    expect(lines).toContain('qualcoder.qdpx: 2 users not imported: Pizhu does not record who made a span (colin, kai)');
    expect(lines[lines.length - 1]).toBe('annotations added: 7');
  });
});
