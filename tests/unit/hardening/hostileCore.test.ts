import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/coreTypes';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import { codePointLength, OffsetMap } from '../../../electron/shared/codePoints';
import {
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  type ImportPreview,
  type ImportReport,
} from '../../../electron/shared/contract';
import type { Annotation, DocumentRecord, DocumentSummary, Tag } from '../../../electron/shared/model';
import { HOSTILE_PAYLOADS, type HostilePayload } from './hostilePayloads';
import { call } from '../core/coreCalls';
import { selectionDescription } from '../../../electron/core/export/qdpxSection';

/** Enough plain text around a payload that its control characters stay under the import's 1 % binary threshold. */
const FILLER = '这是一段用于稀释控制字符比例的正常中文文本，它本身没有任何特别之处，'.repeat(60) + '完。';

/** A spreadsheet reads a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** XML 1.0 cannot carry these at all, not even as character references. */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** What UTF-8 bytes carry of a JS string: lone surrogates become U+FFFD. */
const utf8 = (s: string): string => s.replace(LONE_SURROGATE, '\ufffd');
/** The documented csv guard: a leading apostrophe before a formula-like start. */
const guard = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);
/** The documented XML replacement: U+FFFD for what XML 1.0 cannot carry. */
const xmlSafe = (s: string): string => s.replace(XML_ILLEGAL, '\ufffd');
/** XML attributes written by Pizhu: as element text, with tab and line breaks as spaces (a parser would normalise them anyway). */
const xmlAttrSafe = (s: string): string => xmlSafe(s).replace(/[\t\r\n]/g, ' ');
/**
 * What an xlsx cell gives back: XML's replacements, and DEL and C1 controls as U+FFFD too (exceljs
 * would drop them). String cells are never formulas, so they carry no guard.
 */
const xlsxCell = (s: string): string => xmlSafe(s).replace(/[\u007f-\u009f]/g, '\ufffd');
/** OOXML's `_xHHHH_` escapes in cell text (ST_Xstring), decoded as spreadsheet readers do. */
const decodeXstring = (s: string): string => s.replace(/_x([0-9a-f]{4})_/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
/** What brat ends a line at: Python's str.splitlines. */
const BRAT_LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
/** brat notes sit on one line. */
const oneLine = (s: string): string => s.replace(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g, ' ');

/** brat's T lines cannot hold line breaks: a span starting or ending with one comes back without it. */
function bratRange(a: Annotation): [number, number] {
  const chars = Array.from(a.quote);
  let start = 0;
  let end = chars.length;
  while (start < end && BRAT_LINE_BREAK.test(chars[start]!)) start++;
  while (end > start && BRAT_LINE_BREAK.test(chars[end - 1]!)) end--;
  return [a.start + start, a.start + end];
}

/** The import's control characters: VT, FF and NEL break the line, the others are taken out (and reported in a notice). */
const withoutControls = (s: string): string =>
  s.replace(/[\u000b\u000c\u0085]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '');

/** The import's documented reading of plain text: controls handled, line ends normalised, each line trimmed (with ZWSP and BOM), blank lines dropped. */
function importedTxt(content: string): string {
  return withoutControls(utf8(content))
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu, ''))
    .filter(Boolean)
    .join('\n');
}

/** HTML collapses its own whitespace (not U+3000 or NBSP) inside a paragraph. */
const importedHtmlInline = (s: string): string => withoutControls(utf8(s)).replace(/[ \t\n\f\r]+/g, ' ');

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The payload as a file name, changed only where a POSIX file name must: no '/' and no NUL, and a bounded length. */
function fileBase(p: HostilePayload): string {
  return Array.from(p.value.replace(/[/\0]/g, '_')).slice(0, 200).join('');
}

const TXT_OPEN = '文本【';
const HTML_OPEN = '网页【';
const CLOSE = '】结尾。';

interface Planted {
  payload: HostilePayload;
  txtName: string;
  htmlName: string;
  /** The tag created with the payload as labels, or null where the contract refuses such a label. */
  tagA: Tag | null;
}

let dir: string;
let core: Core;
const planted: Planted[] = [];
let previewItems: ImportPreview['items'] = [];
let report: ImportReport;

/** A whole-session dump: the truth every export is compared with. */
interface Truth {
  documents: DocumentRecord[];
  annotations: Annotation[];
  tags: Tag[];
}
let truth: Truth;
const exports = new Map<ExportFormat, Uint8Array>();

async function readTruth(): Promise<Truth> {
  const summaries = await call<DocumentSummary[]>(core, 'documents.list');
  const documents: DocumentRecord[] = [];
  const annotations: Annotation[] = [];
  for (const s of summaries) {
    documents.push(await call<DocumentRecord>(core, 'documents.get', { id: s.id }));
    annotations.push(...(await call<Annotation[]>(core, 'annotations.list', { docId: s.id })));
  }
  return { documents, annotations, tags: await call<Tag[]>(core, 'tags.list') };
}

/** Which payload a document came from, by its file name. */
function payloadOf(doc: DocumentRecord): Planted {
  return planted.find((p) => p.txtName === doc.source.fileName || p.htmlName === doc.source.fileName)!;
}

/** The stored segment between the sentence's brackets, and its code-point range. */
function segment(doc: DocumentRecord): { text: string; start: number; end: number } {
  const open = doc.source.format === 'html' ? HTML_OPEN : TXT_OPEN;
  const from = doc.text.indexOf(open) + open.length;
  const to = doc.text.lastIndexOf(CLOSE);
  const start = codePointLength(doc.text.slice(0, from));
  return { text: doc.text.slice(from, to), start, end: start + codePointLength(doc.text.slice(from, to)) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pizhu-hostile-'));
  core = await createCore({ dataDir: join(dir, 'data'), sessionPath: join(dir, 'hostile.pizhu'), locale: 'zh-CN' });

  const files: { name: string; data: string }[] = [];
  for (const payload of HOSTILE_PAYLOADS) {
    const txtName = `${fileBase(payload)}.txt`;
    const htmlName = `${fileBase(payload)}.html`;
    const txt = `${FILLER}\n${TXT_OPEN}${payload.value}${CLOSE}\n`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(payload.value)}</title></head><body><p>${FILLER}</p><p>${HTML_OPEN}${escapeHtml(payload.value)}${CLOSE}</p></body></html>`;
    files.push({ name: txtName, data: Buffer.from(txt, 'utf8').toString('base64') });
    files.push({ name: htmlName, data: Buffer.from(html, 'utf8').toString('base64') });
    planted.push({ payload, txtName, htmlName, tagA: null });
  }
  const preview = await call<ImportPreview>(core, 'import.preview', { files, cleanup: false });
  previewItems = preview.items;
  report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
}, 120_000);

afterAll(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

describe('hostile payloads through the core', () => {
  it('has at least 50 distinct payloads', () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(HOSTILE_PAYLOADS.map((p) => p.value)).size).toBe(HOSTILE_PAYLOADS.length);
  });

  it('imports every payload as text, refusing only what no text file holds (NUL), by file name', () => {
    const withNul = planted.filter((p) => p.payload.value.includes('\0'));
    expect(report.errors.map((e) => e.file).sort()).toEqual(withNul.flatMap((p) => [p.txtName, p.htmlName]).sort());
    for (const e of report.errors) expect(e.message).toMatch(new RegExp(`^${escapeRegExp(e.file)}: binary file`));
    expect(report.duplicates).toEqual([]);
    expect(report.created).toHaveLength(planted.length * 2 - withNul.length * 2);
    expect(previewItems).toHaveLength(planted.length * 2);
  });

  it('keeps each payload in the text exactly as the import rules say (txt: lines trimmed; html: whitespace collapsed, markup as text)', async () => {
    const summaries = await call<DocumentSummary[]>(core, 'documents.list');
    for (const s of summaries) {
      const doc = await call<DocumentRecord>(core, 'documents.get', { id: s.id });
      const { payload, txtName } = payloadOf(doc);
      if (doc.source.fileName === txtName) {
        expect(doc.text, payload.kind).toBe(importedTxt(`${FILLER}\n${TXT_OPEN}${payload.value}${CLOSE}`));
        // The title comes from the file name: never a path.
        expect(doc.title, payload.kind).not.toMatch(/[\\/]/);
        if (!/[\\/.]/.test(payload.value)) expect(doc.title).toBe(fileBase(payload));
      } else {
        expect(segment(doc).text, payload.kind).toBe(importedHtmlInline(payload.value));
        expect(doc.text.startsWith(FILLER)).toBe(true);
        const titled = importedHtmlInline(payload.value).trim();
        // The <title> is looked for in the first 64 KiB only; past that the file name titles the document.
        if (titled && payload.value.length < 60_000) expect(doc.title, payload.kind).toBe(titled);
      }
    }
  });

  it('takes each payload as span note, tag labels (created and renamed) and document title, or refuses it by the contract', async () => {
    const summaries = await call<DocumentSummary[]>(core, 'documents.list');
    for (const p of planted) {
      const label = p.payload.value.trim();
      const labelFits = label.length >= 1 && label.length <= 100;
      const created = await core.call('tags.create', {
        label: { zh: p.payload.value, en: p.payload.value },
        color: '#123456',
        hotkey: null,
      });
      if (labelFits) {
        expect(created.ok, p.payload.kind).toBe(true);
        p.tagA = (created as { value: Tag }).value;
        expect(p.tagA.label).toEqual({ zh: label, en: label });
        expect(p.tagA.id).toMatch(/^[a-z0-9][a-z0-9_-]{0,39}$/);
      } else {
        expect(created.ok ? null : created.error.code, p.payload.kind).toBe('INVALID_INPUT');
      }
      const plain = await call<Tag>(core, 'tags.create', {
        label: { zh: `标签${p.payload.id}`, en: `label ${p.payload.id}` },
        color: '#654321',
        hotkey: null,
      });
      const renamed = await core.call('tags.update', { id: plain.id, label: { zh: p.payload.value, en: p.payload.value } });
      if (labelFits) expect(renamed.ok && (renamed.value as Tag).label).toEqual({ zh: label, en: label });
      else expect(renamed.ok ? null : renamed.error.code).toBe('INVALID_INPUT');

      for (const name of [p.txtName, p.htmlName]) {
        const summary = summaries.find((s) => s.source.fileName === name);
        if (!summary) continue;
        const doc = await call<DocumentRecord>(core, 'documents.get', { id: summary.id });
        const seg = segment(doc);
        const span = await call<Annotation>(core, 'annotations.create', {
          docId: doc.id,
          start: seg.start,
          end: seg.end,
          tag: p.tagA?.id ?? 'target',
          note: p.payload.value,
        });
        expect(span.note, p.payload.kind).toBe(p.payload.value);
        expect(span.quote).toBe(seg.text);
      }

      const txt = summaries.find((s) => s.source.fileName === p.txtName);
      if (txt) {
        const title = p.payload.value.trim();
        const result = await core.call('documents.rename', { id: txt.id, title: p.payload.value });
        if (title.length >= 1 && title.length <= 500)
          expect(result.ok && (result.value as DocumentSummary).title, p.payload.kind).toBe(title);
        else expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
      }
    }
    truth = await readTruth();
    expect(truth.annotations.length).toBe(report.created.length);
    for (const format of EXPORT_FORMATS) {
      const file = await call<ExportFile>(core, 'export.run', { format });
      exports.set(format, new Uint8Array(Buffer.from(file.data, 'base64')));
    }
  });
});

/** The table columns of a span row that hold text: document, section, tag, text, sentence, note. */
const TEXT_COLUMNS = [0, 1, 2, 4, 7, 8];

/** The cells a span's row must hold, in a spreadsheet that stores `cell(x)` for a string x. */
function expectedRow(a: Annotation, cell: (s: string) => string): (string | number)[] {
  const doc = truth.documents.find((d) => d.id === a.docId)!;
  const tag = truth.tags.find((t) => t.id === a.tag)!;
  return [cell(doc.title), cell(tag.label.zh), a.tag, cell(a.quote), a.start, a.end, cell(a.note)];
}

function checkTable(rows: (string | number)[][], cell: (s: string) => string): void {
  expect(rows).toHaveLength(truth.annotations.length + 1);
  const picked = (r: (string | number)[]) => [r[0], r[2], r[3], r[4], Number(r[5]), Number(r[6]), r[8]];
  const actual = rows.slice(1).map((r) => JSON.stringify(picked(r)));
  for (const a of truth.annotations)
    expect(actual, payloadOf(truth.documents.find((d) => d.id === a.docId)!).payload.kind).toContain(JSON.stringify(expectedRow(a, cell)));
}

describe('exports of hostile payloads read back', () => {
  it('csv: every cell byte-identical (UTF-8: lone surrogates as U+FFFD), formula-like cells guarded', () => {
    const rows = parseCsv(Buffer.from(exports.get('csv')!), { bom: true, record_delimiter: ['\r\n'] }) as string[][];
    checkTable(rows, (s) => utf8(guard(s)));
    for (const row of rows.slice(1)) {
      for (const i of TEXT_COLUMNS) {
        const value = String(row[i] ?? '');
        // Every formula-like cell is guarded, and the guard is the only change.
        expect(value).not.toMatch(FORMULA_START);
      }
    }
  });

  it('xlsx: every cell byte-identical but for what XML 1.0 cannot hold (U+FFFD), text in string cells, no formulas', async () => {
    const zip = await JSZip.loadAsync(exports.get('xlsx')!);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f[ >]/);
    // Read as XML 1.0 says (line ends normalised first, entities decoded once): exceljs's own reader decodes '&amp;amp;' twice.
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      isArray: (name) => name === 'row' || name === 'c',
    });
    const sheet = parser.parse(sheetXml.replace(/\r\n?/g, '\n')).worksheet;
    const column = (ref: string) => ref.replace(/\d+$/, '').charCodeAt(0) - 65;
    type Text = string | { '#text'?: string };
    const text = (t: Text) => (typeof t === 'string' ? t : (t['#text'] ?? ''));
    const rows = (sheet.sheetData.row as { c: { r: string; t?: string; v?: string; is?: { r: { t: Text } } }[] }[]).map((row) => {
      const cells: (string | number)[] = new Array(10).fill('');
      for (const c of row.c) {
        expect(c.t === undefined || c.t === 'inlineStr', c.r).toBe(true);
        cells[column(c.r)] = c.t === 'inlineStr' ? decodeXstring(text(c.is!.r.t)) : Number(c.v);
      }
      return cells;
    });
    checkTable(rows, xlsxCell);
  });

  it('json: documents, spans and tags identical, lone surrogates included; and it re-imports identical', async () => {
    const bytes = exports.get('json')!;
    const body = JSON.parse(Buffer.from(bytes).toString('utf8')) as Truth;
    expect(body.documents.map((d) => [d.id, d.title, d.text])).toEqual(truth.documents.map((d) => [d.id, d.title, d.text]));
    expect(body.annotations.map((a) => [a.id, a.note, a.quote]).sort()).toEqual(
      truth.annotations.map((a) => [a.id, a.note, a.quote]).sort(),
    );
    expect(body.tags.map((t) => t.label)).toEqual(truth.tags.map((t) => t.label));

    const back = (await readInterchange('hostile.json', bytes))!;
    expect(back.documents.map((d) => [d.key, d.title, d.text])).toEqual(truth.documents.map((d) => [d.id, d.title, d.text]));
    const notes = (list: { note: string; start: number; end: number }[]) =>
      list.map((a) => JSON.stringify([a.note, a.start, a.end])).sort();
    expect(notes(back.annotations)).toEqual(notes(truth.annotations));
    expect(back.tags.map((t) => [t.id, t.label])).toEqual(truth.tags.map((t) => [t.id, t.label]));
  });

  it('jsonl: texts, titles and notes identical', () => {
    const lines = Buffer.from(exports.get('jsonl')!).toString('utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(truth.documents.length);
    lines.forEach((line, i) => {
      const row = JSON.parse(line) as { text: string; title: string; notes: [number, number, string, string][] };
      const doc = truth.documents[i]!;
      expect([row.text, row.title]).toEqual([doc.text, doc.title]);
      // doccano counts UTF-16 code units.
      const map = new OffsetMap(doc.text);
      const expected = truth.annotations
        .filter((a) => a.docId === doc.id && a.note)
        .map((a) => [map.toUtf16(a.start), map.toUtf16(a.end), a.tag, a.note]);
      expect(row.notes).toEqual(expected);
    });
  });

  it('w3c: quotes, notes, titles, texts and tag labels identical', () => {
    const body = JSON.parse(Buffer.from(exports.get('w3c')!).toString('utf8')) as {
      first: {
        items: { body: { purpose: string; value: string }[]; target: { selector: [{ exact: string }, { start: number; end: number }] } }[];
      };
      'pizhu:documents': { title: string; text: string }[];
      'pizhu:tags': Tag[];
    };
    expect(body['pizhu:documents'].map((d) => [d.title, d.text])).toEqual(truth.documents.map((d) => [d.title, d.text]));
    expect(body['pizhu:tags'].map((t) => t.label)).toEqual(truth.tags.map((t) => t.label));
    const items = body.first.items.map((i) =>
      JSON.stringify([i.target.selector[0].exact, i.body.find((b) => b.purpose === 'commenting')?.value ?? '']),
    );
    expect(items.sort()).toEqual(truth.annotations.map((a) => JSON.stringify([a.quote, a.note])).sort());
  });

  it('brat: entry names are safe file names, never paths; texts and notes read back (notes on one line, UTF-8)', async () => {
    const bytes = exports.get('brat')!;
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    for (const name of names) {
      const parts = name.split('/');
      expect(parts, name).toHaveLength(2);
      for (const part of parts) {
        expect(part, name).not.toMatch(/^\.\.?$|^\.\.|[\\:*?"<>|\u0000-\u001f]/);
        expect(part.length).toBeGreaterThan(0);
      }
    }
    const back = (await readInterchange('hostile.brat.zip', bytes))!;
    expect(back.documents).toHaveLength(truth.documents.length);
    for (const doc of truth.documents) {
      const read = back.documents.filter((d) => d.text === utf8(doc.text));
      expect(read, doc.title).toHaveLength(1);
      const got = back.annotations.filter((a) => a.docKey === read[0]!.key).map((a) => JSON.stringify([a.start, a.end, a.note]));
      const want = truth.annotations.filter((a) => a.docId === doc.id).map((a) => JSON.stringify([...bratRange(a), utf8(oneLine(a.note))]));
      expect(got.sort()).toEqual(want.sort());
    }
  });

  it('qdpx: well-formed XML whose names and notes read back but for what XML cannot hold; sources exact; entry names are GUIDs', async () => {
    const zip = await JSZip.loadAsync(exports.get('qdpx')!);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    for (const name of names) expect(name).toMatch(/^(project\.qde|sources\/[0-9a-f-]{36}\.txt)$/);
    const qde = await zip.file('project.qde')!.async('string');
    const path = join(dir, 'project.qde');
    await writeFile(path, qde);
    const lint = spawnSync('xmllint', ['--noout', '--nonet', path], { encoding: 'utf8' });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    // A conformant parser turns a raw CR into LF: one must be written as a character reference to survive.
    expect(qde.includes('\r')).toBe(false);

    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: true,
      htmlEntities: true,
      isArray: (name) => ['Code', 'TextSource', 'PlainTextSelection'].includes(name),
    });
    const project = parser.parse(qde).Project;
    const codes = project.CodeBook.Codes.Code as { name: string; Description: string }[];
    expect(codes.map((c) => c.name)).toEqual(truth.tags.map((t) => xmlAttrSafe(t.label.zh)));
    expect(codes.map((c) => c.Description)).toEqual(truth.tags.map((t) => xmlSafe(`${t.id}: ${t.label.zh} / ${t.label.en}`)));
    const sources = project.Sources.TextSource as {
      name: string;
      plainTextPath: string;
      PlainTextSelection?: { startPosition: string; endPosition: string; Description?: string }[];
    }[];
    expect(sources.map((s) => s.name)).toEqual(truth.documents.map((d) => xmlAttrSafe(d.title)));
    for (const [i, source] of sources.entries()) {
      const doc = truth.documents[i]!;
      const text = await zip.file(`sources/${source.plainTextPath.replace('internal://', '')}`)!.async('string');
      expect(text).toBe(utf8(doc.text));
      const got = (source.PlainTextSelection ?? []).map((s) =>
        JSON.stringify([Number(s.startPosition), Number(s.endPosition), s.Description ?? '']),
      );
      // A selection's Description is its note and, on a line of its own, its clause path.
      const want = truth.annotations
        .filter((a) => a.docId === doc.id)
        .map((a) => JSON.stringify([a.start, a.end, xmlSafe(selectionDescription(a.note, a.section))]));
      expect(got.sort(), doc.title).toEqual(want.sort());
    }
  });
});

/** A string as a literal inside a RegExp (Node 20 has no RegExp.escape). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
}
