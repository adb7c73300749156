import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import type { ExportSnapshot } from '../../../electron/core/export/exportTypes';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import { ExportRequestSchema, type ExportFormat } from '../../../electron/shared/contract';
import { fieldSnapshot } from './fieldsFixture';
import { validateQde } from './refiSchema';

const REGION = '青岛市';
const ISSUER = '青岛市人民政府';

/** The report of the fields fixture, with a region and an issuer as an analyst set them. */
function placedSnapshot(): ExportSnapshot {
  const snapshot = fieldSnapshot();
  return { ...snapshot, documents: snapshot.documents.map((d) => ({ ...d, region: REGION, issuer: ISSUER })) };
}

async function exported(format: ExportFormat, snapshot = placedSnapshot(), extra: Record<string, unknown> = {}) {
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format, ...extra }));
  return { file, text: () => Buffer.from(file.bytes).toString('utf8') };
}

async function readBack(format: ExportFormat, snapshot = placedSnapshot()) {
  const { file } = await exported(format, snapshot);
  return (await readInterchange(file.fileName, file.bytes))!;
}

describe('the exports carry the region and issuer of each document', () => {
  it('csv and xlsx: two columns appended after the date, on every span', async () => {
    const rows: string[][] = parse((await exported('csv', undefined, { language: 'zh' })).text(), { bom: true });
    expect(rows[0]!.slice(18, 21)).toEqual(['文档日期', '地区', '发文机关']);
    expect(rows.slice(1).map((r) => r.slice(18, 21))).toEqual(new Array(3).fill(['2025-03-05', REGION, ISSUER]));

    const { file } = await exported('xlsx', undefined, { language: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells = (n: number) => [19, 20, 21].map((c) => sheet.getRow(n).getCell(c).text);
    expect(cells(1)).toEqual(['Document date', 'Region', 'Issuer']);
    for (const n of [2, 3, 4]) expect(cells(n)).toEqual(['2025-03-05', REGION, ISSUER]);
  });

  it('csv: empty cells for a document without them', async () => {
    const rows: string[][] = parse((await exported('csv', fieldSnapshot())).text(), { bom: true });
    expect(rows.slice(1).map((r) => r.slice(19, 21))).toEqual(new Array(3).fill(['', '']));
  });

  it('json: document fields, read back', async () => {
    const body = JSON.parse((await exported('json')).text());
    expect(body.documents[0]).toMatchObject({ region: REGION, issuer: ISSUER });
    expect((await readBack('json')).documents[0]).toMatchObject({ region: REGION, issuer: ISSUER });
  });

  it('jsonl: keys beside the date, null when the document has none, read back', async () => {
    expect(JSON.parse((await exported('jsonl')).text())).toMatchObject({ region: REGION, issuer: ISSUER });
    expect(JSON.parse((await exported('jsonl', fieldSnapshot())).text())).toMatchObject({ region: null, issuer: null });
    expect((await readBack('jsonl')).documents[0]).toMatchObject({ region: REGION, issuer: ISSUER });
  });

  it('W3C: in the document the collection carries, read back', async () => {
    const collection = JSON.parse((await exported('w3c')).text());
    expect(collection['pizhu:documents'][0]).toMatchObject({ region: REGION, issuer: ISSUER });
    expect((await readBack('w3c')).documents[0]).toMatchObject({ region: REGION, issuer: ISSUER });
  });

  it('W3C and jsonl: a region that is not one line of text is left for the import to find', async () => {
    const snapshot = fieldSnapshot();
    const odd = { ...snapshot, documents: snapshot.documents.map((d) => ({ ...d, region: '两\n行', issuer: '' })) };
    for (const format of ['w3c', 'jsonl'] as const) {
      const doc = (await readBack(format, odd)).documents[0]!;
      expect(doc, format).not.toHaveProperty('region');
      expect(doc, format).not.toHaveProperty('issuer');
    }
  });

  it('brat: one Document comment on the first span, which brat’s format allows and the import passes over', async () => {
    const { file } = await exported('brat');
    const ann = await (await JSZip.loadAsync(file.bytes)).file(/\.ann$/)[0]!.async('string');
    const documentLines = ann.split('\n').filter((l) => /^#\d+\tDocument /.test(l));
    expect(documentLines).toHaveLength(1);
    const [, target, json] = documentLines[0]!.split('\t');
    expect(target).toBe('Document T1');
    expect(JSON.parse(json!)).toEqual({ date: '2025-03-05', region: REGION, issuer: ISSUER });
    expect((await readBack('brat')).notices).toEqual([]);
  });

  it('qdpx: the TextSource’s Description, valid QDA-XML, read back without a notice', async () => {
    const { file } = await exported('qdpx');
    const qde = await (await JSZip.loadAsync(file.bytes)).file('project.qde')!.async('string');
    expect(qde).toContain(`<Description>date: 2025-03-05\nregion: ${REGION}\nissuer: ${ISSUER}</Description>`);
    const path = join(await mkdtemp(join(tmpdir(), 'pizhu-qdpx-origin-')), 'project.qde');
    await writeFile(path, qde);
    const lint = await validateQde(path);
    expect(lint.valid, lint.output).toBe(true);
    const read = await readBack('qdpx');
    expect(read.documents[0]).toMatchObject({ region: REGION, issuer: ISSUER });
    expect(read.notices).toEqual([]);
  });
});
