import { constants, createDeflate } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdfStreams, MAX_DECODED_PDF_BYTES } from '../../../electron/core/import/pdfStreamBudget';
import { importViaFile, rejection, tempFolder } from './importFixtures';
import { bodyLines, textLayerPdf } from './textLayerPdf';

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.done());

/** `size` bytes of spaces and then one line of text, deflated as a stream: a page that inflates to what its few kilobytes hide. */
async function deflatedPage(size: number): Promise<Buffer> {
  const deflate = createDeflate({ level: constants.Z_BEST_SPEED });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const spaces = Buffer.alloc(2 ** 20, 0x20);
  for (let left = size; left > 0; left -= spaces.length) deflate.write(left >= spaces.length ? spaces : spaces.subarray(0, left));
  deflate.end('BT /F1 12 Tf 72 720 Td (after the bomb) Tj ET');
  await done;
  return Buffer.concat(chunks);
}

/** A one-page PDF by hand, with a correct cross-reference table; `dictionary` goes into the content stream's dictionary. */
function onePagePdf(content: Buffer, dictionary = ''): Uint8Array {
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode ${dictionary}>>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const parts = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = `xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

describe('a PDF whose streams inflate far beyond its size', () => {
  it('is refused before pdf.js decodes it, naming the file and the limit', async () => {
    const bomb = onePagePdf(await deflatedPage(MAX_DECODED_PDF_BYTES + 2 ** 20));
    expect(bomb.byteLength).toBeLessThan(2 * 2 ** 20);
    const error = await rejection(() => importViaFile(folder.dir, 'bomb.pdf', bomb));
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toBe('bomb.pdf: its content unpacks to more than the limit of 256 MB (a decompression bomb?)');
  });

  it('imports a page that inflates to a lot within the limit', async () => {
    const [doc] = await importViaFile(folder.dir, 'spacious.pdf', onePagePdf(await deflatedPage(8 * 2 ** 20)));
    expect(doc!.text).toBe('after the bomb');
  });

  it('counts every stream text extraction decodes, together, and skips images, which it does not decode', async () => {
    const page = await deflatedPage(3 * 2 ** 20);
    await expect(checkPdfStreams(onePagePdf(page), 2 * 2 ** 20)).rejects.toThrow(/more than the limit of 2 MB/);
    await expect(checkPdfStreams(onePagePdf(page, '/Type /XObject /Subtype /Image '), 2 * 2 ** 20)).resolves.toBeUndefined();
    await expect(checkPdfStreams(textLayerPdf([bodyLines(['第一条 为了规范公共数据管理。'])]), 2 * 2 ** 20)).resolves.toBeUndefined();
  });
});
