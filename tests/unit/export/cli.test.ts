import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { Annotation, DocumentSummary } from '../../../electron/shared/model';
import { tempDir } from '../store/storeFixture';
import { call } from '../core/coreCalls';
import { runCli } from '../cliProcess';

/** Astral characters (one code point, two UTF-16 units each) before every span, so that the two units disagree. */
const TEXT = '𠮷野家的😀早餐；吃了三碗。\n市北区发力五大战场，推动实现全年工作目标任务。';

let dir: string;
let session: string;
let docId: string;
let spans: Annotation[];

const cli = (...args: string[]) => runCli(dir, ...args);

/** Exports `from` (the test's session unless named) to a file in the test folder; the file's text. */
function exportTo(name: string, args: string[], from = session): string {
  const out = join(dir, name);
  const run = cli('export', '--session', from, '--out', out, ...args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return readFileSync(out, 'utf8');
}

type DoccanoLine = { text: string; label: [number, number, string][] };
const doccanoLines = (jsonl: string) =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DoccanoLine);

beforeAll(async () => {
  dir = tempDir('pizhu-cli-');
  session = join(dir, 'work.pizhu');
  const core = await createCore({ dataDir: join(dir, 'data'), sessionPath: session });
  try {
    const files = [{ name: 'doc.txt', data: Buffer.from(TEXT, 'utf8').toString('base64') }];
    const preview = await call<ImportPreview>(core, 'import.preview', { files, cleanup: false });
    await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
    docId = (await call<DocumentSummary[]>(core, 'documents.list'))[0]!.id;
    spans = [
      await call<Annotation>(core, 'annotations.create', { docId, start: 4, end: 7, tag: 'target', note: '星辰之后' }),
      await call<Annotation>(core, 'annotations.create', { docId, start: 18, end: 22, tag: 'policy' }),
    ];
  } finally {
    await core.close();
  }
}, 60_000);

describe('CLI export --offsets', () => {
  it("writes doccano JSONL in doccano's UTF-16 code units by default and in code points with --offsets codepoints", () => {
    const quotes = spans.map((a) => a.quote);
    const utf16 = doccanoLines(exportTo('default.jsonl', ['--format', 'jsonl']))[0]!;
    expect(utf16.label.map(([s, e]) => utf16.text.slice(s, e))).toEqual(quotes);
    expect(doccanoLines(exportTo('utf16.jsonl', ['--format', 'jsonl', '--offsets', 'utf16']))).toEqual([utf16]);
    const codepoints = doccanoLines(exportTo('cp.jsonl', ['--format', 'jsonl', '--offsets', 'codepoints']))[0]!;
    expect(codepoints.label.map(([s, e]) => Array.from(codepoints.text).slice(s, e).join(''))).toEqual(quotes);
    expect(codepoints.label.map(([s, e]) => [s, e])).toEqual(spans.map((a) => [a.start, a.end]));
  });

  it('refuses an unknown unit, and --offsets with a format that always counts code points, as usage errors', () => {
    const bad = cli('export', '--session', session, '--out', join(dir, 'x.jsonl'), '--format', 'jsonl', '--offsets', 'bytes');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--offsets: expected utf16 or codepoints, not bytes/);
    const csv = cli('export', '--session', session, '--out', join(dir, 'x.csv'), '--format', 'csv', '--offsets', 'utf16');
    expect(csv.status).toBe(2);
    expect(csv.stderr).toMatch(/--offsets is for --format jsonl/);
  });
});

describe('CLI import --offsets', () => {
  it('reads a doccano file counted in code points when told so', () => {
    const jsonl = join(dir, 'codepoints.jsonl');
    const text = '😀一二三😀四五';
    writeFileSync(jsonl, JSON.stringify({ text, label: [[1, 4, 'target']] }) + '\n');
    const target = join(dir, 'imported.pizhu');
    const run = cli('import', '--session', target, '--offsets', 'codepoints', jsonl);
    expect(run.status, run.stderr).toBe(0);
    const [back] = doccanoLines(exportTo('back.jsonl', ['--format', 'jsonl', '--offsets', 'codepoints'], target));
    expect(back!.label.map(([s, e]) => Array.from(back!.text).slice(s, e).join(''))).toEqual(['一二三']);
  });

  it('refuses an unknown unit as a usage error', () => {
    const run = cli('import', '--session', join(dir, 'never.pizhu'), '--offsets', 'graphemes', join(dir, 'any.jsonl'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--offsets: expected utf16 or codepoints, not graphemes/);
  });
});

describe('CLI export --doc', () => {
  it('exports a document named several times once, with each span once', () => {
    const body = JSON.parse(exportTo('thrice.json', ['--format', 'json', '--doc', `${docId},${docId},${docId}`])) as {
      documents: { id: string }[];
      annotations: { id: string }[];
    };
    expect(body.documents.map((d) => d.id)).toEqual([docId]);
    expect(body.annotations.map((a) => a.id).sort()).toEqual(spans.map((a) => a.id).sort());
  });
});
