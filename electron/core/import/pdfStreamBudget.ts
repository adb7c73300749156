import { Readable } from 'node:stream';
import { createInflate } from 'node:zlib';
import { FileProblem } from './FileProblem';

/**
 * Most the streams of a PDF that text extraction decodes (page contents,
 * fonts, object streams) may inflate to, all together: the same budget as a
 * zip's (GuardedZip), far above a text PDF's needs, far below what a PDF
 * bomb (1 MB of Flate that inflates to gigabytes) would take.
 */
export const MAX_DECODED_PDF_BYTES = 256 * 2 ** 20;

/** How far back from a 'stream' keyword its object's dictionary may start. */
const DICTIONARY_WINDOW = 64 * 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

/** The raw data of each Flate-compressed stream that text extraction would decode: images, which it skips, are left out. */
function* flateStreams(pdf: Buffer): Generator<Buffer> {
  for (let at = pdf.indexOf(STREAM); at >= 0; at = pdf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    if (start === at + STREAM.length) continue;
    const objAt = pdf.lastIndexOf(OBJ, at);
    const dictionary = objAt >= 0 && at - objAt <= DICTIONARY_WINDOW ? pdf.toString('latin1', objAt, at) : '';
    if (!/\/FlateDecode\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const end = pdf.indexOf(END_STREAM, start);
    yield pdf.subarray(start, end >= 0 ? end : pdf.length);
  }
}

/** Inflates one stream and keeps nothing, stopping as soon as it passes `left`; returns the bytes it came to, or null for data that is no zlib stream. */
async function inflatedSize(data: Buffer, left: number): Promise<number | null> {
  const inflate = createInflate();
  let size = 0;
  try {
    for await (const chunk of Readable.from([data]).pipe(inflate)) {
      size += (chunk as Buffer).length;
      if (size > left) break;
    }
  } catch {
    // Encrypted or otherwise filtered data is no zlib stream here; what pdf.js makes of it is bounded by the file's size.
    return size > 0 ? size : null;
  } finally {
    inflate.destroy();
  }
  return size;
}

/**
 * Proves a PDF's decoded content fits the budget before pdf.js decodes it:
 * pdf.js keeps a stream's whole output in memory, with no limit of its own
 * (a 1 MB PDF whose page inflates to 1 GiB took 2.5 GB). Throws a
 * FileProblem past the budget. Flate behind another filter (ASCII85, then
 * Flate) and LZW are not inflated here.
 */
export async function checkPdfStreams(bytes: Uint8Array, limit = MAX_DECODED_PDF_BYTES): Promise<void> {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = limit;
  for (const data of flateStreams(pdf)) {
    left -= (await inflatedSize(data, left)) ?? 0;
    if (left < 0) throw new FileProblem(`its content unpacks to more than the limit of ${megabytes(limit)} (a decompression bomb?)`);
  }
}
