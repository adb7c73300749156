import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readDocuments } from '../../../electron/core/import/readDocuments';
import { importViaFile, rejection, tempFolder } from './importFixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.done());

async function badFile(name: string, bytes: Uint8Array | string): Promise<string> {
  const error = await rejection(() => importViaFile(folder.dir, name, bytes));
  expect(error.name).toBe('PizhuError');
  expect(error.code).toBe('BAD_FILE');
  return error.message;
}

/** Random bytes with NULs sprinkled in, as any binary file has. */
function binary(length: number): Uint8Array {
  const bytes = new Uint8Array(randomBytes(length));
  for (let i = 0; i < length; i += 7) bytes[i] = 0;
  return bytes;
}

describe('files that cannot be imported', () => {
  it('an empty file', async () => {
    expect(await badFile('empty.txt', new Uint8Array())).toBe('empty.txt: empty file');
  });

  it('a file of blank lines only', async () => {
    expect(await badFile('blank.txt', ' \r\n\u3000\n\n')).toBe('blank.txt: empty file (no text)');
  });

  it('a binary file', async () => {
    expect(await badFile('data.txt', binary(4096))).toMatch(/^data\.txt: binary file \(NUL bytes, not text\)$/);
  });

  it('a corrupt Word file', async () => {
    expect(await badFile('report.docx', binary(2048))).toBe('report.docx: not a valid Word file (not a zip archive)');
    const zipHeaderThenJunk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...binary(2048)]);
    expect(await badFile('report.docx', zipHeaderThenJunk)).toBe('report.docx: not a valid Word file (zip is corrupt or has no document)');
  });

  it('a corrupt PDF', async () => {
    expect(await badFile('report.pdf', binary(2048))).toBe('report.pdf: not a valid PDF file (it is corrupt)');
    expect(await badFile('cut.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog')).toBe('cut.pdf: not a valid PDF file (it is corrupt)');
  });

  it('an unknown extension, naming the accepted ones', async () => {
    const message = await badFile('sheet.xlsx', 'a,b');
    expect(message).toBe(
      'sheet.xlsx: unknown file type; accepted: .txt, .md, .markdown, .html, .htm, .docx, .pdf, .json, .jsonld, .jsonl, .ndjson, .zip, .qdpx, .qde',
    );
    expect(await badFile('README', 'text')).toMatch(/^README: unknown file type; accepted: /);
  });

  it('a file over the size limit, refused before it is read', async () => {
    expect(MAX_IMPORT_BYTES).toBe(100 * 1024 * 1024);
    // Zero-filled pages are not touched, so this costs no real memory; being all NULs, reading it would fail differently.
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const error = await rejection(() => readDocuments({ name: 'huge.txt', bytes: huge }, { cleanup: true }));
    expect(error.message).toBe('huge.txt: file is larger than the import limit of 100 MB (104,857,601 bytes)');
    const atLimit = await rejection(() => readDocuments({ name: 'huge.txt', bytes: huge.subarray(1) }, { cleanup: true }));
    expect(atLimit.message).toBe('huge.txt: binary file (NUL bytes, not text)');
  });
});
