import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/coreTypes';
import { readDocuments } from '../../../electron/core/import/readDocuments';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import { contract, type ImportPreview } from '../../../electron/shared/contract';
import { ERROR_CODES, PizhuError, type Result } from '../../../electron/shared/errors';
import { OPERATION_NAMES, type OperationName } from '../../../electron/shared/operationNames';
import type { Annotation, DocumentSummary, Tag } from '../../../electron/shared/model';
import { buildZip, deflatedZeros, smallEntry, type BombEntry } from '../../fixtures/hostile/zipBomb';
import { call } from '../core/coreCalls';
import { sharedPath } from '../../sharedDir';

const CORPUS_FILE = sharedPath('corpus', 'national_gwr', 'gwr_1954.txt');
const EXTENSIONS = [
  'txt',
  'md',
  'markdown',
  'html',
  'htm',
  'docx',
  'pdf',
  'json',
  'jsonld',
  'jsonl',
  'ndjson',
  'zip',
  'ann',
  'qdpx',
  'exe',
  '',
];

let tried = 0;
let dir: string;
let core: Core;
let docIds: string[] = [];
const annotationIds: string[] = [];

/** Read a file the way an import does: as an annotation export if it is one, else as a document. Never throws. */
async function readAny(name: string, bytes: Uint8Array, cleanup = true): Promise<unknown> {
  tried++;
  try {
    return (await readInterchange(name, bytes)) ?? (await readDocuments({ name, bytes }, { cleanup })).documents;
  } catch (error) {
    return error;
  }
}

/** A read either succeeds or is refused as BAD_FILE with a message that starts with the file's name. */
function expectReadOrBadFile(name: string, result: unknown): void {
  if (!(result instanceof Error)) return;
  expect(result, `${name}: ${result.message}`).toBeInstanceOf(PizhuError);
  expect((result as PizhuError).code).toBe('BAD_FILE');
  expect(result.message.startsWith(name)).toBe(true);
}

/** Everything a session holds that an operation may change: documents with texts, spans, tags. */
async function dump(): Promise<string> {
  const docs = await call<DocumentSummary[]>(core, 'documents.list');
  const full = [];
  for (const d of docs) {
    full.push({
      doc: await call(core, 'documents.get', { id: d.id }),
      spans: await call<Annotation[]>(core, 'annotations.list', { docId: d.id }),
    });
  }
  return JSON.stringify({ full, tags: await call<Tag[]>(core, 'tags.list') });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pizhu-fuzz-'));
  core = await createCore({ dataDir: join(dir, 'data'), sessionPath: join(dir, 'fuzz.pizhu'), locale: 'en' });
  const text = '总标题\n第一段：发展目标是扩大内需。\n第二段：推进项目建设。';
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [
      { name: 'a.txt', data: Buffer.from(text).toString('base64') },
      { name: 'b.md', data: Buffer.from(`# 标题\n\n${text}`).toString('base64') },
    ],
    cleanup: false,
  });
  await call(core, 'import.commit', { previewId: preview.previewId });
  docIds = (await call<DocumentSummary[]>(core, 'documents.list')).map((d) => d.id);
  for (const docId of docIds) {
    const a = await call<Annotation>(core, 'annotations.create', { docId, start: 4, end: 8, tag: 'target', note: '备注' });
    annotationIds.push(a.id);
  }
});

afterAll(async () => {
  console.log(`fuzz: ${tried} inputs`);
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the import pipeline on random and malformed files', () => {
  it('random bytes of random lengths with random extensions: read, or BAD_FILE naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...EXTENSIONS), fc.boolean(), async (bytes, ext, cleanup) => {
        const name = ext ? `fuzz.${ext}` : 'fuzz';
        expectReadOrBadFile(name, await readAny(name, bytes, cleanup));
      }),
      { numRuns: 400 },
    );
  });

  it('random tails after the magic of each format', async () => {
    const heads: Array<[string, string]> = [
      ['x.pdf', '%PDF-1.7\n'],
      ['x.docx', 'PK\u0003\u0004'],
      ['x.zip', 'PK\u0003\u0004'],
      ['x.json', '{"format":"pizhu-session-export","schemaVersion":1,"tags":'],
      ['x.json', '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","first":'],
      ['x.jsonl', '{"text":"abc","label":[[0,'],
      ['x.html', '<!doctype html><html><head><meta charset="'],
      ['x.md', '# 标题\n\n'],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 2000 }), async ([name, head], tail) => {
        expectReadOrBadFile(name, await readAny(name, new Uint8Array([...Buffer.from(head, 'latin1'), ...tail])));
      }),
      { numRuns: 300 },
    );
  });

  it('truncated UTF-8 and GB18030 text: read (what is there) or BAD_FILE', async () => {
    const text = (await readFile(CORPUS_FILE, 'utf8')).slice(0, 4000);
    const encodings: Array<[string, Buffer]> = [
      ['utf8.txt', Buffer.from(text, 'utf8')],
      ['gb.txt', iconv.encode(text, 'gb18030')],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...encodings), fc.nat(), fc.nat(), async ([name, bytes], a, b) => {
        const start = a % bytes.length;
        const cut = bytes.subarray(start, start + 1 + (b % (bytes.length - start)));
        const result = await readAny(name, cut);
        expectReadOrBadFile(name, result);
      }),
      { numRuns: 200 },
    );
  });

  it('a 10 MB line is one paragraph of one document', async () => {
    const line = '政'.repeat(3_500_000);
    const result = await readAny('long.txt', Buffer.from(`${line}\n`, 'utf8'));
    expect(result).not.toBeInstanceOf(Error);
    const docs = result as { text: string }[];
    expect(docs).toHaveLength(1);
    expect(docs[0]!.text).toBe(line);
  });

  it('HTML nested 100,000 levels deep, closed or not, reads its text', async () => {
    const closed = `<html><body>${'<div>'.repeat(100_000)}深处的文字${'</div>'.repeat(100_000)}</body></html>`;
    const unclosed = `<html><body>${'<span>'.repeat(100_000)}没有闭合的文字`;
    for (const [name, html, text] of [
      ['deep.html', closed, '深处的文字'],
      ['open.html', unclosed, '没有闭合的文字'],
    ] as const) {
      const result = await readAny(name, Buffer.from(html, 'utf8'));
      expect(result).not.toBeInstanceOf(Error);
      expect((result as { text: string }[])[0]!.text).toBe(text);
    }
  });
});

describe('zip bombs', () => {
  const GB = 1.1 * 2 ** 30;
  let zeros: { deflated: Buffer; crc: number };

  beforeAll(async () => {
    zeros = await deflatedZeros(GB);
  }, 120_000);

  const contentTypes = () =>
    smallEntry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const bombs = (): Array<[string, BombEntry[]]> => {
    const honest = (name: string): BombEntry => ({ name, deflated: zeros.deflated, crc: zeros.crc, claimedSize: GB });
    const liar = (name: string): BombEntry => ({ ...honest(name), claimedSize: 1000 });
    return [
      ['claims.docx', [contentTypes(), honest('word/document.xml')]],
      ['lies.docx', [contentTypes(), liar('word/document.xml')]],
      ['claims.zip', [smallEntry('c/doc.ann', 'T1\ttarget 0 1\tx\n'), honest('c/doc.txt')]],
      ['lies.zip', [smallEntry('c/doc.ann', 'T1\ttarget 0 1\tx\n'), liar('c/doc.txt')]],
      ['claims.qdpx', [smallEntry('project.qde', '<?xml version="1.0"?><Project/>'), honest('sources/x.txt')]],
    ];
  };

  it('a zip of ~1 MB that unpacks to 1.1 GB, as .docx, brat .zip and .qdpx, is refused without unpacking it all', async () => {
    for (const [name, entries] of bombs()) {
      const zip = buildZip(entries);
      expect(zip.length).toBeLessThan(2 * 2 ** 20);
      const before = process.memoryUsage().rss;
      const result = await readAny(name, zip);
      expectReadOrBadFile(name, result);
      expect(result, name).toBeInstanceOf(PizhuError);
      const message = (result as Error).message;
      // Headers that claim the size are refused before inflating; headers that lie are caught while inflating (by the budget or by JSZip's size check).
      if (name.startsWith('claims.') && !name.endsWith('.qdpx'))
        expect(message).toMatch(/unpack to 1126 MB, more than the limit of 256 MB \(a zip bomb\?\)$/);
      if (name.startsWith('lies.')) expect(message).toMatch(/limit of 256 MB \(a zip bomb\?\)$|corrupt/);
      // Unpacking it all would take well over a gigabyte.
      expect(process.memoryUsage().rss - before, name).toBeLessThan(2 ** 30);
    }
  });

  it('through the API, a bomb is a preview error and the session is unchanged', async () => {
    const before = await dump();
    const [name, entries] = bombs()[0]!;
    const preview = await call<ImportPreview>(core, 'import.preview', {
      files: [{ name, data: buildZip(entries).toString('base64') }],
      cleanup: true,
    });
    expect(preview.items[0]!.error).toMatch(new RegExp(`^${name}: `));
    await call(core, 'import.commit', { previewId: preview.previewId });
    expect(await dump()).toBe(before);
  });
});

/** Values that break naive code: non-finite and huge numbers, wrong types, odd strings, pollution keys. */
function hostileValue(): fc.Arbitrary<unknown> {
  const huge = 'x'.repeat(5 * 2 ** 20);
  return fc.oneof(
    fc.constantFrom(NaN, Infinity, -Infinity, -1, -0, 1.5, 2 ** 31 + 1, 2 ** 53, Number.MAX_VALUE, 0, 1, 4, 8),
    fc.constantFrom(
      '',
      ' ',
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'd_nonexistent',
      'a_nonexistent',
      '../../etc/passwd',
      huge,
      'x'.repeat(100_001),
    ),
    fc.constantFrom(null, undefined, true, false, [], {}, [null], { length: 1 }),
    fc.constantFrom(...docIds, ...annotationIds, 'target', 'project', 'policy', '#123456', 'zh', 'en', 'csv', 'qdpx'),
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.double(),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

/** An input for one operation: its own keys (some missing) with hostile values, sometimes extra or polluting keys, sometimes no object at all. */
function inputFor(op: OperationName): fc.Arbitrary<unknown> {
  const shape = (contract[op].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  const record = fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue()])), { requiredKeys: [] });
  const polluted = fc.tuple(record, fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra')).map(([value, key]) => {
    // JSON.parse makes an own "__proto__" key, as a request body would.
    const json = JSON.stringify(value);
    const own = `"${key}":{"polluted":true,"isAdmin":true}`;
    return JSON.parse(json === '{}' ? `{${own}}` : `{${own},${json.slice(1)}`);
  });
  return fc.oneof(record, polluted, hostileValue(), fc.anything({ maxDepth: 2 }));
}

/** Operations that change what is open or the app's settings even on a valid empty input: only inputs the contract refuses go to them. */
const ONLY_INVALID = new Set<OperationName>([
  'session.create',
  'session.open',
  'session.saveAs',
  'session.close',
  'settings.set',
  'history.undo',
  'history.redo',
]);

function expectResult(op: string, result: Result<unknown>): void {
  expect(typeof result.ok, op).toBe('boolean');
  if (!result.ok) {
    expect(ERROR_CODES, op).toContain(result.error.code);
    expect(result.error.message.length, op).toBeGreaterThan(0);
    expect(result.error.code, `${op}: ${result.error.message}`).not.toBe('INTERNAL');
  }
}

describe('every API operation on random and malformed input', () => {
  // Every operation of the contract is fuzzed in turn, so the run grows with the contract: 80 s on a loaded 2-core machine.
  it('answers a Result with a known code, never throws, and a refused call changes nothing', { timeout: 300_000 }, async () => {
    let baseline = await dump();
    for (const op of OPERATION_NAMES) {
      const arbitrary = ONLY_INVALID.has(op)
        ? inputFor(op).filter((input) => !contract[op].input.safeParse(input ?? {}).success)
        : inputFor(op);
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          tried++;
          const result = await core.call(op, input);
          expectResult(op, result);
          const after = await dump();
          if (!result.ok) expect(after, `${op} refused but changed the session`).toBe(baseline);
          baseline = after;
        }),
        { numRuns: 60 },
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('unknown operations and oversized notes get clear errors', async () => {
    for (const name of ['', 'nope', '__proto__', 'constructor', 'documents.list.extra', '../session.info', 'toString']) {
      tried++;
      const result = await core.call(name, {});
      expect(result.ok ? null : result.error.code, name).toBe('NOT_FOUND');
    }
    const before = await dump();
    for (const note of ['x'.repeat(100_001), 'x'.repeat(5 * 2 ** 20)]) {
      tried += 2;
      const created = await core.call('annotations.create', { docId: docIds[0], start: 0, end: 2, tag: 'target', note });
      expect(created.ok ? null : created.error.message).toMatch(/^annotations\.create: note: /);
      const updated = await core.call('annotations.update', { id: annotationIds[0], note });
      expect(updated.ok ? null : updated.error.code).toBe('INVALID_INPUT');
    }
    expect(await dump()).toBe(before);
    expect((await core.call('session.info', {})).ok).toBe(true);
  });
});
