import JSZip from 'jszip';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import { ExportRequestSchema } from '../../../electron/shared/contract';
import { PizhuError } from '../../../electron/shared/errors';
import { buildSnapshot, SAMPLE } from './exportFixture';

/** Writes the bytes to a real file and reads them back through readInterchange, as an import would. */
async function read(name: string, content: string | Uint8Array) {
  const dir = await mkdtemp(join(tmpdir(), 'pizhu-bad-'));
  await writeFile(join(dir, name), content);
  return readInterchange(name, await readFile(join(dir, name)));
}

async function badFileMessage(name: string, content: string | Uint8Array): Promise<string> {
  const error = await read(name, content).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PizhuError);
  expect((error as PizhuError).code).toBe('BAD_FILE');
  expect((error as PizhuError).message.startsWith(`${name}: `)).toBe(true);
  return (error as PizhuError).message;
}

async function exported(format: 'json' | 'w3c' | 'brat' | 'jsonl'): Promise<Uint8Array> {
  return (await exportSpans(buildSnapshot(), ExportRequestSchema.parse({ format }))).bytes;
}

describe('readInterchange on files that are not annotation exports', () => {
  it('returns null for a plain text document', async () => {
    expect(await read('qingdao.txt', await readFile(SAMPLE))).toBeNull();
    expect(await read('report.docx', new Uint8Array([0x50, 0x4b, 3, 4]))).toBeNull();
  });
});

describe('readInterchange on broken or foreign exports', () => {
  it('rejects JSON that is neither a Pizhu export nor Web Annotations', async () => {
    expect(await badFileMessage('random.json', JSON.stringify({ hello: 'world', list: [1, 2, 3] }))).toMatch(
      /neither a Pizhu export nor W3C/,
    );
    expect(await badFileMessage('broken.json', '{"format": "pizhu-session-export",')).toMatch(/not valid JSON/);
  });

  it('rejects a Pizhu export whose span points at a missing document or quotes wrongly', async () => {
    const value = JSON.parse(Buffer.from(await exported('json')).toString('utf8'));
    value.annotations[0].docId = 'nowhere';
    expect(await badFileMessage('session.json', JSON.stringify(value))).toMatch(/document nowhere, which the file does not contain/);
    const quoted = JSON.parse(Buffer.from(await exported('json')).toString('utf8'));
    quoted.annotations[1].quote = '别的文字';
    expect(await badFileMessage('session.json', JSON.stringify(quoted))).toMatch(/quotes "别的文字" but the text there is/);
  });

  it('rejects a zip without .ann files; skips and names a T line that quotes the wrong text', async () => {
    const zip = new JSZip();
    zip.file('notes.txt', '只是一个文本');
    expect(await badFileMessage('collection.zip', await zip.generateAsync({ type: 'uint8array' }))).toMatch(/holds no brat \.ann files/);
    expect(await badFileMessage('corrupt.zip', 'PK\u0003\u0004 not really')).toMatch(/not a valid zip/);

    const brat = await JSZip.loadAsync(await exported('brat'));
    const annPath = Object.keys(brat.files).find((p) => p.endsWith('.ann'))!;
    const ann = await brat.file(annPath)!.async('string');
    brat.file(annPath, ann.replace(/^(T1\t\S+ \d+ \d+\t).*$/m, '$1不对的引文'));
    const skipped = (await read('brat.zip', await brat.generateAsync({ type: 'uint8array' })))!;
    expect(skipped.notices.map((n) => [n.kind, n.count])).toEqual([['bad-lines', 1]]);
    expect(skipped.notices[0]!.detail).toMatch(/\.ann line 1: quotes "不对的引文" but the text there is/);
    expect(skipped.annotations).toHaveLength(buildSnapshot().annotations.length - 1);
  });

  it('refuses a doccano JSONL file none of whose lines it can read', async () => {
    expect(await badFileMessage('doccano.jsonl', '{"text": "a", "label": [[0, 1]]}\n')).toMatch(/line 1 has labels that are not/);
    expect(await badFileMessage('doccano.jsonl', 'not json\n')).toMatch(/line 1 is not JSON/);
    expect(await badFileMessage('doccano.jsonl', '\n\n')).toMatch(/holds no documents/);
  });

  it('rejects W3C annotations with a wrong quote, an unknown document, or no texts', async () => {
    const value = JSON.parse(Buffer.from(await exported('w3c')).toString('utf8'));
    value.first.items[2].target.selector[0].exact = '错';
    expect(await badFileMessage('annotations.jsonld', JSON.stringify(value))).toMatch(/quotes "错" but the text there is/);

    const unknown = JSON.parse(Buffer.from(await exported('w3c')).toString('utf8'));
    unknown['pizhu:documents'] = 'not a list';
    expect(await badFileMessage('annotations.jsonld', JSON.stringify(unknown))).toMatch(
      /its documents' texts \("pizhu:documents"\) are not a list/,
    );
  });

  it('matches W3C annotations pointing at a document the file does not carry by their selectors, or reports them', async () => {
    const elsewhere = JSON.parse(Buffer.from(await exported('w3c')).toString('utf8'));
    elsewhere.first.items[0].target.source = 'urn:pizhu:doc:0000';
    const matched = (await read('annotations.jsonld', JSON.stringify(elsewhere)))!;
    expect(matched.annotations).toHaveLength(buildSnapshot().annotations.length);
    expect(matched.notices).toEqual([]);

    const bare = JSON.parse(Buffer.from(await exported('w3c')).toString('utf8')).first.items;
    const alone = (await read('plain.json', JSON.stringify(bare)))!;
    expect(alone.annotations).toEqual([]);
    expect(alone.notices.map((n) => [n.kind, n.count])).toEqual([['unmatched-annotations', bare.length]]);
  });

  it('rejects text that is not UTF-8', async () => {
    expect(await badFileMessage('gbk.jsonl', new Uint8Array([0xc0, 0xee, 0x0a]))).toMatch(/not valid UTF-8/);
  });
});

describe('readInterchange on foreign but valid exports', () => {
  it('reads doccano entities and brat files with foreign type names into valid tags', async () => {
    const doccano = await read(
      'doccano.jsonl',
      JSON.stringify({ text: '发力扩大内需', entities: [{ start_offset: 2, end_offset: 6, label: '政策 Policy' }] }) + '\n',
    );
    expect(doccano!.annotations).toEqual([{ docKey: 'line-1', start: 2, end: 6, tag: 'policy', note: '' }]);
    expect(doccano!.tags[0]).toMatchObject({ id: 'policy', label: { zh: '政策 Policy', en: '政策 Policy' }, hotkey: null });

    const zip = new JSZip();
    zip.file('doc.txt', '青岛市北区\n扩大内需');
    zip.file(
      'doc.ann',
      'T1\tOrganization 0 5\t青岛市北区\nR1\tRel Arg1:T1 Arg2:T1\n#1\tAnnotatorNotes T1\t地名\nT2\t目标 6 10\t扩大内需\n',
    );
    const brat = await read('foreign.zip', await zip.generateAsync({ type: 'uint8array' }));
    expect(brat!.annotations.map((a) => [a.start, a.end, a.note])).toEqual([
      [0, 5, '地名'],
      [6, 10, ''],
    ]);
    expect(brat!.tags.map((t) => t.id)).toEqual(['organization', expect.stringMatching(/^tag-[0-9a-f]{8}$/)]);
    expect(brat!.tags[1]!.label.zh).toBe('目标');
  });
});
