import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import type { ExportSnapshot } from '../../../electron/core/export/exportTypes';
import { planMerge } from '../../../electron/core/interchange/planMerge';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { ExportRequestSchema, type ExportFormat } from '../../../electron/shared/contract';
import { spanPieces } from '../../../electron/shared/fragments';
import { validateQde } from '../export/refiSchema';
import { sharedPath } from '../../sharedDir';
import { relationSnapshot, RISK_OF } from './relationsFixture';

type Piece = [number, number];
type SpanRow = [text: string, pieces: Piece[], tag: string, note: string];
type RelationRow = [type: string, from: SpanRow, to: SpanRow, note: string];

const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
const pieces = (a: { start: number; end: number; fragments?: Array<{ start: number; end: number }> }): Piece[] =>
  spanPieces(a).map((p) => [p.start, p.end]);

/** What the session holds, as comparable rows: spans by text, pieces, tag and note; relations by type and their spans. */
function sessionRows(snapshot: ExportSnapshot, typeName: (id: string) => string) {
  const texts = new Map(snapshot.documents.map((d) => [d.id, d.text]));
  const row = (id: string): SpanRow => {
    const a = snapshot.annotations.find((x) => x.id === id)!;
    return [texts.get(a.docId)!, pieces(a), a.tag, a.note];
  };
  return {
    spans: snapshot.annotations.map((a) => row(a.id)).sort(byJson),
    relations: snapshot.relations!.map((r): RelationRow => [typeName(r.type), row(r.from), row(r.to), r.note]).sort(byJson),
  };
}

/** Exports, writes the file, reads it back and plans it into an empty session: what that session would then hold. */
async function roundTrip(format: ExportFormat, typeName: (id: string, types: Map<string, string>) => string = (id) => id) {
  const snapshot = relationSnapshot();
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format }));
  const dir = await mkdtemp(join(tmpdir(), 'pizhu-relations-'));
  await writeFile(join(dir, file.fileName), file.bytes);
  const incoming = (await readInterchange(file.fileName, await readFile(join(dir, file.fileName))))!;
  const plan = planMerge({ tags: [], documents: [], annotations: [] }, incoming);
  const texts = new Map(plan.newDocuments.map((d) => [d.key, d.text]));
  const labels = new Map(incoming.relationTypes.map((t) => [t.id, t.label.zh]));
  const row = (index: number): SpanRow => {
    const a = plan.newAnnotations[index]!;
    return [texts.get(a.docKey)!, pieces(a), a.tag, a.note];
  };
  const relations = plan.newRelations
    .map((r): RelationRow => {
      if (!('index' in r.from) || !('index' in r.to)) throw new Error('a relation of a fresh import links a span of the session');
      return [typeName(r.type, labels), row(r.from.index), row(r.to.index), r.note];
    })
    .sort(byJson);
  const spans = plan.newAnnotations.map((_a, i) => row(i)).sort(byJson);
  return { snapshot, file, dir, incoming, plan, spans, relations };
}

describe.each(['json', 'brat', 'w3c', 'jsonl'] as const)('%s round trip with relations and fragments', (format) => {
  it('brings back every span with its fragments and every relation with its type, ends and note', async () => {
    const { snapshot, incoming, plan, spans, relations } = await roundTrip(format);
    const expected = sessionRows(snapshot, (id) => id);
    expect(spans).toEqual(expected.spans);
    expect(relations).toEqual(expected.relations);
    expect(plan.duplicateRelations).toBe(0);
    expect(incoming.notices).toEqual([]);
    // brat and doccano carry a relation type's id and, brat only, its labels and colour; json and W3C the whole type.
    const types = new Map(incoming.relationTypes.map((t) => [t.id, t]));
    for (const id of ['serves', 'funds', 'part-of', 'risk-of']) expect(types.has(id)).toBe(true);
    if (format !== 'jsonl') expect(types.get('risk-of')).toMatchObject({ label: RISK_OF.label, color: RISK_OF.color });
    if (format === 'json' || format === 'w3c') expect(incoming.relationTypes).toEqual(snapshot.relationTypes);
    if (format === 'json' || format === 'w3c') {
      const times = plan.newRelations.map((r) => r.created).sort();
      expect(times).toEqual(snapshot.relations!.map((r) => r.created).sort());
    }
  });
});

describe('qdpx round trip with relations and fragments', () => {
  it('brings back fragments and relations; a relation type comes back by the label its Link is named with', async () => {
    const { snapshot, spans, relations, incoming, file, dir } = await roundTrip('qdpx', (id, labels) => labels.get(id) ?? id);
    const zh = new Map(snapshot.relationTypes!.map((t) => [t.id, t.label.zh]));
    const expected = sessionRows(snapshot, (id) => zh.get(id)!);
    // XML 1.0 cannot hold control characters: a note's become U+FFFD, as the qdpx export tests show.
    const xmlSafe = ([text, p, tag, note]: SpanRow): SpanRow => [
      text,
      p,
      tag,
      note.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd'),
    ];
    expect(spans).toEqual(expected.spans.map(xmlSafe));
    expect(relations).toEqual(expected.relations);
    expect(incoming.notices).toEqual([]);
    // Pizhu's default types are recognised by their labels and come back whole.
    expect(incoming.relationTypes.find((t) => t.id === 'serves')).toEqual(snapshot.relationTypes!.find((t) => t.id === 'serves'));
    expect(incoming.relationTypes.find((t) => t.label.zh === '风险')?.color).toBe(RISK_OF.color);

    const zip = await JSZip.loadAsync(file.bytes);
    const qde = await zip.file('project.qde')!.async('string');
    await writeFile(join(dir, 'project.qde'), qde);
    const lint = await validateQde(join(dir, 'project.qde'));
    expect(lint.output).toBe('');
    expect(lint.valid).toBe(true);
    expect(qde.match(/<Link /g)).toHaveLength(snapshot.relations!.length + 2);
    expect(qde).toContain('name="fragment" direction="Associative"');
  });
});

describe('W3C export with relations and fragments', () => {
  it('passes every MUST assertion of the Web Annotation schemas for span, discontinuous span and linking annotations', async () => {
    const root = sharedPath('validators', 'w3c', 'web-annotation-tests');
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const f of readdirSync(join(root, 'definitions'))) {
      const schema = JSON.parse(readFileSync(join(root, 'definitions', f), 'utf8'));
      ajv.addSchema(schema, schema.id ?? f);
    }
    const test = JSON.parse(readFileSync(join(root, 'annotations', 'annotationMusts.test'), 'utf8')) as { assertions: unknown[] };
    const assertions = test.assertions
      .filter((a): a is string => typeof a === 'string')
      .map((path) => ({ path, schema: JSON.parse(readFileSync(join(root, path), 'utf8')) }))
      .filter(({ schema }) => (schema.assertionType ?? 'must') === 'must')
      .map(({ path, schema }) => ({ path, expected: (schema.expectedResult ?? 'valid') === 'valid', validate: ajv.compile(schema) }));

    const snapshot = relationSnapshot();
    const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'w3c' }));
    const items = JSON.parse(Buffer.from(file.bytes).toString('utf8')).first.items as Array<Record<string, unknown>>;
    expect(items).toHaveLength(snapshot.annotations.length + snapshot.relations!.length);
    const linking = items.filter((i) => i.motivation === 'linking');
    expect(linking).toHaveLength(snapshot.relations!.length);
    const multi = items.filter((i) => Array.isArray(i.target) && i.motivation === undefined);
    expect(multi).toHaveLength(2);
    for (const item of items) {
      for (const a of assertions) expect({ path: a.path, ok: a.validate(item) === a.expected }).toEqual({ path: a.path, ok: true });
    }
    // A linking annotation targets the two span annotations, the one it goes from first.
    const ids = new Set(items.map((i) => i.id));
    for (const l of linking) expect((l.target as string[]).every((t) => ids.has(t))).toBe(true);
  });
});

describe('brat export of relations and fragments', () => {
  it('writes R lines, discontinuous T lines and the relation types in annotation.conf and visual.conf', async () => {
    const file = await exportSpans(relationSnapshot(), ExportRequestSchema.parse({ format: 'brat' }));
    const zip = await JSZip.loadAsync(file.bytes);
    const files = Object.keys(zip.files);
    const read = (end: string) => zip.file(files.find((f) => f.endsWith(end))!)!.async('string');
    const conf = await read('annotation.conf');
    expect(conf).toContain('[relations]\nserves\tArg1:policy|project, Arg2:target\nfunds\tArg1:<ENTITY>, Arg2:<ENTITY>');
    expect(await read('visual.conf')).toContain('risk-of | 风险 | Risk of');
    const ann = (await Promise.all(files.filter((f) => f.endsWith('.ann')).map((f) => zip.file(f)!.async('string')))).join('');
    expect(ann.match(/^R\d+\t/gm)).toHaveLength(5);
    expect(ann).toMatch(/^T\d+\tproject \d+ \d+;\d+ \d+\t𠮷野 😀早$/m);
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes R1\t政策服务于目标 <b>&<\/b> "引号"$/m);
  });
});

describe('csv and xlsx exports of relations', () => {
  it('list each span’s relations in a column, and xlsx has a relations sheet', async () => {
    const snapshot = relationSnapshot();
    const csv = Buffer.from((await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'csv', language: 'en' }))).bytes).toString(
      'utf8',
    );
    expect(csv.split('\r\n')[0]).toMatch(/,Span id,Relations$/);
    expect(csv).toContain('serves → ann-1 (发力扩大内需战场)');
    expect(csv).toContain('serves ← ann-2 (扩大内需)');
    expect(csv).toContain('发力 … 内需战场');

    const xlsx = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'xlsx', language: 'en' }));
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const bytes = xlsx.bytes;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Relations')!;
    const text = (v: unknown) =>
      v && typeof v === 'object' && 'richText' in v
        ? (v as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join('')
        : String(v ?? '');
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1).map(text));
    expect(rows[0]!.slice(0, 8)).toEqual([
      'Relation',
      'Relation type id',
      'From text',
      'From tag',
      'To text',
      'To tag',
      'Note',
      'Document',
    ]);
    expect(rows).toHaveLength(snapshot.relations!.length + 1);
    expect(rows.find((r) => r[1] === 'funds')!.slice(2, 6)).toEqual(['项目落地提质年', 'Project', '发力 … 内需战场', 'Target']);
    expect(rows.find((r) => r[1] === 'risk-of')![6]).toBe('=SUM(A1)');
  });
});

describe('a repeated import', () => {
  it('adds no relation twice, and links a new relation to the spans the session already has', async () => {
    const first = await roundTrip('json');
    const session = {
      tags: [],
      documents: first.plan.newDocuments.map((d, i) => ({ id: `d${i}`, hash: d.hash })),
      annotations: first.plan.newAnnotations.map((a, i) => ({
        id: `s${i}`,
        docId: `d${first.plan.newDocuments.findIndex((d) => d.key === a.docKey)}`,
        start: a.start,
        end: a.end,
        tag: a.tag,
        ...(a.fragments && { fragments: a.fragments }),
      })),
      relationTypes: first.incoming.relationTypes,
      relations: first.plan.newRelations.slice(1).map((r) => ({
        type: r.type,
        from: `s${(r.from as { index: number }).index}`,
        to: `s${(r.to as { index: number }).index}`,
      })),
    };
    const again = planMerge(session, first.incoming);
    expect(again.newAnnotations).toEqual([]);
    expect(again.duplicateRelations).toBe(first.plan.newRelations.length - 1);
    expect(again.newRelations).toHaveLength(1);
    expect(again.newRelations[0]!.from).toEqual({ id: `s${(first.plan.newRelations[0]!.from as { index: number }).index}` });
    expect(again.newRelationTypes).toEqual([]);
  });
});

describe('fragments that do not fit', () => {
  it('refuse a Pizhu export whose fragments do not match the quote, naming the file', async () => {
    const snapshot = relationSnapshot();
    const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'json' }));
    const body = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
    const frag = body.annotations.find((a: { id: string }) => a.id === 'ann-frag-a');
    frag.quote = 'wrong';
    const broken = Buffer.from(JSON.stringify(body));
    await expect(readInterchange('broken.json', broken)).rejects.toThrow(/^broken\.json: span \d+–\d+ in "[^"]+" quotes "wrong"/);
    frag.quote = new OffsetMap('x').slice(0, 1);
    frag.fragments = [frag.fragments[1], frag.fragments[0]];
    await expect(readInterchange('broken.json', Buffer.from(JSON.stringify(body)))).rejects.toThrow(
      /^broken\.json: span .* overlaps or comes before/,
    );
  });
});

describe('W3C annotations with several targets', () => {
  it('import one whose targets are pieces of one text as a discontinuous span, and report one whose targets are not', async () => {
    const file = await exportSpans(relationSnapshot(), ExportRequestSchema.parse({ format: 'w3c' }));
    const collection = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
    const items = collection.first.items as Array<{ id: string; target: unknown }>;
    const split = items.find((i) => Array.isArray(i.target))!;
    const other = collection['pizhu:documents'].find(
      (d: { id: string }) => d.id !== (split.target as Array<{ source: string }>)[0]!.source,
    );
    (split.target as Array<{ source: string }>)[1]!.source = other.id;
    const read = await readInterchange('several.jsonld', Buffer.from(JSON.stringify(collection)));
    expect(read!.annotations).toHaveLength(relationSnapshot().annotations.length - 1);
    expect(read!.notices.find((n) => n.kind === 'unmatched-annotations')).toEqual({
      kind: 'unmatched-annotations',
      count: 1,
      detail: `with several targets that are not pieces of one text: ${split.id}`,
    });
    // The relations that named it are reported, not linked to something else.
    expect(read!.notices.find((n) => n.kind === 'relations')?.count).toBeGreaterThan(0);
  });
});
