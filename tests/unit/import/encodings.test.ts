import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../../electron/core/import/readDocuments';
import { CORPUS, importViaFile, SAMPLE, tempFolder } from './importFixtures';

function withoutEncoding(docs: ImportedDocument[]): unknown[] {
  return docs.map((d) => ({ ...d, source: { ...d.source, encoding: null } }));
}

function encode(text: string, encoding: string, bom = false): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));
}

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.done());

describe('text encodings, detected from the bytes', () => {
  const cases: [label: string, encoding: string, bom: boolean, reported: string][] = [
    ['GB18030', 'gb18030', false, 'GB18030'],
    ['GBK', 'gbk', false, 'GB18030'],
    ['UTF-16LE with BOM', 'utf-16le', true, 'UTF-16LE'],
    ['UTF-16LE without BOM', 'utf-16le', false, 'UTF-16LE'],
    ['UTF-16BE with BOM', 'utf-16be', true, 'UTF-16BE'],
    ['UTF-16BE without BOM', 'utf-16be', false, 'UTF-16BE'],
    ['UTF-8 with BOM', 'utf-8', true, 'UTF-8'],
  ];
  for (const cleanup of [true, false]) {
    for (const [label, encoding, bom, reported] of cases) {
      it(`reads the sample in ${label} exactly as in UTF-8 (cleanup ${cleanup ? 'on' : 'off'})`, async () => {
        const utf8 = await readFile(SAMPLE);
        const reference = await importViaFile(folder.dir, 'sample-utf8.txt', utf8, cleanup);
        // The name says nothing about the encoding: the bytes must.
        const docs = await importViaFile(folder.dir, 'sample-utf8.txt', encode(utf8.toString('utf8'), encoding, bom), cleanup);
        expect(docs.map((d) => d.source.encoding)).toEqual(docs.map(() => reported));
        expect(withoutEncoding(docs)).toEqual(withoutEncoding(reference));
      });
    }
  }

  it('reads Big5 (the traditional-character lines of the 1954 report that Big5 can hold)', async () => {
    // Three variant forms the report prints are outside Big5; their standard forms are inside.
    const lines = (await readFile(`${CORPUS}/national_gwr/gwr_1954.txt`, 'utf8'))
      .replace(/[産爲敎]/gu, (ch) => ({ 産: '產', 爲: '為', 敎: '教' })[ch]!)
      .split('\n')
      .filter((line) => iconv.decode(iconv.encode(line, 'big5'), 'big5') === line);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(20_000);
    const reference = await importViaFile(folder.dir, 'report.txt', text);
    const docs = await importViaFile(folder.dir, 'report.txt', encode(text, 'big5'));
    expect(docs[0]!.source.encoding).toBe('Big5');
    expect(withoutEncoding(docs)).toEqual(withoutEncoding(reference));
  });

  it('normalises CRLF, LF and stray CR alike', async () => {
    const docs = await importViaFile(folder.dir, 'mixed.txt', '第一行。\r\n第二行。\r第三行。\n\n第四行。', false);
    expect(docs[0]!.text).toBe('第一行。\n第二行。\n第三行。\n第四行。');
    expect(docs[0]!.original).toBe('第一行。\n第二行。\n第三行。\n\n第四行。');
  });
});
