import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import { OffsetMap } from '../../../electron/shared/codePoints';
import type { ExportSnapshot } from '../../../electron/core/export/exportTypes';
import { ExportRequestSchema } from '../../../electron/shared/contract';
import { buildSnapshot, multiLineSnapshot } from './exportFixture';
import {
  CSV_EVALUATING_FORMULAS,
  CSV_OUT,
  HAS_SOFFICE,
  libreOfficeConvert,
  pythonCsvRows,
  sheetJsRead,
  needsSoffice,
} from './spreadsheetReaders';

async function exportToDisk(format: 'csv' | 'xlsx', language: 'zh' | 'en') {
  const snapshot = buildSnapshot();
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format, language }));
  const path = join(await mkdtemp(join(tmpdir(), 'pizhu-sheet-')), file.fileName);
  await writeFile(path, file.bytes);
  return { snapshot, file, path };
}

/** What a reader gets back from a guarded cell: the text without the apostrophe added against formula injection. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

describe('csv export', () => {
  it('is UTF-8 with a BOM, CRLF row ends, and Chinese intact', async () => {
    const { path } = await exportToDisk('csv', 'zh');
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('发力扩大内需战场');
    // Read with CRLF as the only row end: a bare LF between rows would merge two rows and change the count.
    const rows: string[][] = parse(bytes, { bom: true, record_delimiter: ['\r\n'] });
    expect(rows).toHaveLength(buildSnapshot().annotations.length + 1);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has one row per span whose fields read back to the document', async () => {
    const { path, snapshot } = await exportToDisk('csv', 'zh');
    const rows: string[][] = parse(await readFile(path), { bom: true, relax_column_count: false });
    expect(rows[0]!.slice(0, 10)).toEqual(['文档', '章节', '标签', '标签ID', '文本', '起', '止', '句子', '备注', '创建时间']);
    expect(rows).toHaveLength(snapshot.annotations.length + 1);
    const docByTitle = new Map(snapshot.documents.map((d) => [d.title, d]));
    for (const row of rows.slice(1)) {
      const [title, , label, tagId, text, start, end, sentence, note] = row as string[] & { length: 10 };
      const doc = docByTitle.get(unguard(title!))!;
      expect(doc).toBeDefined();
      const quote = new OffsetMap(doc.text).slice(Number(start), Number(end));
      expect(unguard(text!)).toBe(quote);
      expect(unguard(sentence!)).toContain(quote.trim());
      const a = snapshot.annotations.find(
        (x) => x.docId === doc.id && x.start === Number(start) && x.end === Number(end) && x.tag === tagId,
      )!;
      expect(unguard(note!)).toBe(a.note);
      expect(label).toBe(snapshot.tags.find((t) => t.id === tagId)!.label.zh);
    }
  });

  it('gives the heading path and the whole sentence', async () => {
    const { path } = await exportToDisk('csv', 'en');
    const rows: string[][] = parse(await readFile(path), { bom: true });
    expect(rows[0]![0]).toBe('Document');
    const nested = rows.find((r) => r[4] === '扩大内需')!;
    expect(nested[1]).toBe('发力扩大内需战场');
    expect(nested[7]).toBe('发力扩大内需战场');
    const growth = rows.find((r) => r[4] === '增长20%以上')!;
    expect(growth[1]).toBe('发力扩大内需战场');
    expect(growth[7]).toBe('以承办省旅发大会为契机,加快打造市北整体文旅品牌,确保年内游客接待量增长20%以上;');
    const across = rows.find((r) => r[4] === '战场\n要下大力气')!;
    expect(across[7]).toMatch(/^发力扩大内需战场\n要下大力气恢复和扩大消费[^;；]*[;；]$/);
    const headline = rows.find((r) => r[4] === '项目落地提质年')!;
    expect(headline[1]).toBe('');
  });

  it('neutralises spreadsheet formulas with a leading apostrophe', async () => {
    const { path } = await exportToDisk('csv', 'zh');
    const rows: string[][] = parse(await readFile(path), { bom: true });
    const sum = rows.find((r) => r[4] === "'=SUM(A1:A3)")!;
    expect(sum).toBeDefined();
    expect(sum[8]).toBe('\'=HYPERLINK("http://x")');
    expect(rows.some((r) => r[4] === "'-1+2")).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('xlsx export', () => {
  it('holds the same rows as the csv, without its formula apostrophes, as text and numbers, plus counts', async () => {
    const { path, snapshot } = await exportToDisk('xlsx', 'zh');
    const csv = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'csv', language: 'zh' }));
    const csvRows: string[][] = parse(Buffer.from(csv.bytes), { bom: true });

    const sheets = sheetJsRead(path);
    expect([...sheets.keys()]).toEqual(['标注', '统计', '指标', '关系']);
    const spans = sheets.get('标注')!;
    // XLSX is XML 1.0: control characters it cannot hold become U+FFFD there, and only there.
    expect(spans.rows).toEqual(
      csvRows.map((row) => row.map((c) => unguard(c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd'))),
    );
    // The section path, value and date columns (issue 12), the region and issuer (issue 13), the annotator (issue 15), the span id and relations (issue 14) are text too: amounts are exact decimals, never floats.
    const types = ['s', 's', 's', 's', 's', 'n', 'n', 's', 's', 's', ...new Array<string>(14).fill('s')];
    spans.types.slice(1).forEach((row) => expect(row).toEqual(types));
    expect(spans.formulas).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('标注')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(8).width).toBe(60);
    expect(sheet.getColumn(5).width).toBeGreaterThan(sheet.getColumn(3).width!);

    const counts = sheets.get('统计')!.rows;
    expect(counts[0]).toEqual(['文档', '目标', '项目', '政策', '风险', '合计']);
    const total = counts[counts.length - 1]!;
    expect(total[0]).toBe('合计');
    expect(total[total.length - 1]).toBe(String(snapshot.annotations.length));
    expect(total[1]).toBe(String(snapshot.annotations.filter((a) => a.tag === 'target').length));
    expect(counts.some((r) => r[0] === 'CON: <危险> 标题?')).toBe(true);
  });

  it('names its sheets in English for an English export', async () => {
    const { path } = await exportToDisk('xlsx', 'en');
    const sheets = sheetJsRead(path);
    expect([...sheets.keys()]).toEqual(['Spans', 'Counts', 'Indicators', 'Relations']);
    const row = sheets.get('Spans')!.rows.find((r) => r[3] === 'target')!;
    expect(row[2]).toBe('Target');
  });
});

/** The text and note of each span of a multi-line export as a spreadsheet should show them, in row order. */
function multiLineCells(snapshot: ExportSnapshot): Array<[text: string, note: string]> {
  return snapshot.annotations.toSorted((a, b) => a.start - b.start || a.end - b.end).map((a) => [a.quote, a.note]);
}

async function multiLineExport(format: 'csv' | 'xlsx') {
  const snapshot = multiLineSnapshot();
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format }));
  const path = join(await mkdtemp(join(tmpdir(), 'pizhu-lines-')), file.fileName);
  await writeFile(path, file.bytes);
  return { snapshot, path, expected: multiLineCells(snapshot) };
}

/** Text and note columns of the data rows. */
const textAndNote = (rows: string[][]) => rows.slice(1).map((r) => [r[4], r[8]]);

describe('csv export of spans and notes that hold line breaks', () => {
  it('quotes every field with a CR or LF, so that Python csv reads one row per span with the breaks intact', async () => {
    const { path, expected } = await multiLineExport('csv');
    const rows = pythonCsvRows(path);
    expect(rows).toHaveLength(expected.length + 1);
    expect(textAndNote(rows).map((r) => r.map((c) => unguard(c!)))).toEqual(expected);
  });

  it('reads back in SheetJS as one row per span', async () => {
    const { path, expected } = await multiLineExport('csv');
    const [sheet] = sheetJsRead(path).values();
    expect(sheet!.rows).toHaveLength(expected.length + 1);
    // SheetJS reads a CRLF inside a quoted field as LF, and keeps a lone CR.
    const crlfAsLf = (cells: string[]) => cells.map((c) => c.replace(/\r\n/g, '\n'));
    expect(textAndNote(sheet!.rows).map((r) => r.map((c) => unguard(c!)))).toEqual(expected.map(crlfAsLf));
    expect(sheet!.formulas).toEqual([]);
  });

  it.skipIf(!HAS_SOFFICE)(needsSoffice('opens in LibreOffice as one row per span with the breaks intact'), async () => {
    const { path, expected } = await multiLineExport('csv');
    const asCsv = pythonCsvRows(libreOfficeConvert(path, CSV_OUT, CSV_EVALUATING_FORMULAS));
    expect(asCsv).toHaveLength(expected.length + 1);
    // A LibreOffice cell breaks lines only with LF: it reads CR and CRLF inside a quoted field as one.
    const breaksAsLf = (cells: string[]) => cells.map((c) => c.replace(/\r\n?/g, '\n'));
    expect(textAndNote(asCsv).map((r) => r.map((c) => unguard(c!)))).toEqual(expected.map(breaksAsLf));
  });

  it.skipIf(!HAS_SOFFICE)(
    needsSoffice('gives LibreOffice no formula cell even when it evaluates formulas and a line inside a cell starts with ='),
    async () => {
      const { path } = await multiLineExport('csv');
      const [sheet] = sheetJsRead(libreOfficeConvert(path, 'xlsx', CSV_EVALUATING_FORMULAS)).values();
      expect(sheet!.formulas).toEqual([]);
    },
  );
});

describe('xlsx export of text that holds line breaks or looks like a formula', () => {
  it('writes every text as an inline string cell, which no reader takes as a formula, with no apostrophe before =', async () => {
    const { path } = await multiLineExport('xlsx');
    const zip = await JSZip.loadAsync(await readFile(path));
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const xml = await zip.file(name)!.async('string');
      const cells = [...xml.matchAll(/<c r="[A-Z]+\d+"( t="[^"]*")?>/g)].map((m) => m[1] ?? '');
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((t) => t !== '' && t !== ' t="inlineStr"')).toEqual([]);
      expect(xml).not.toContain('<f>');
    }
    const [spans] = sheetJsRead(path).values();
    const formulaLike = spans!.rows.findIndex((r) => r[4] === '=1+1');
    expect(formulaLike).toBeGreaterThan(0);
    expect(spans!.rows[formulaLike]![8]).toBe('=3+3');
    expect(spans!.types[formulaLike]![4]).toBe('s');
    expect(spans!.formulas).toEqual([]);
  });

  it('keeps CR, CRLF, leading line breaks and text that reads like an _xHHHH_ escape, as SheetJS reads them', async () => {
    const { path, expected } = await multiLineExport('xlsx');
    const [spans] = sheetJsRead(path).values();
    expect(textAndNote(spans!.rows)).toEqual(expected);
  });

  it.skipIf(!HAS_SOFFICE)(needsSoffice('opens in LibreOffice with the same text, no apostrophe and no formula cell'), async () => {
    const { path, expected } = await multiLineExport('xlsx');
    const rows = pythonCsvRows(libreOfficeConvert(path, CSV_OUT));
    // A multi-line LibreOffice cell is a list of paragraphs: a CRLF comes back as one LF (a lone CR stays).
    const crlfAsLf = (cells: string[]) => cells.map((c) => c.replace(/\r\n/g, '\n'));
    expect(textAndNote(rows)).toEqual(expected.map(crlfAsLf));
    for (const sheet of sheetJsRead(libreOfficeConvert(path, 'xlsx')).values()) expect(sheet.formulas).toEqual([]);
  });
});
