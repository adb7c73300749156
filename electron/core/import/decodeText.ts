import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { FileProblem } from './FileProblem';

/** A decoded text and the name of the encoding it came from. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Share of code units that may be control characters or U+FFFD before the bytes count as binary. */
const MAX_GARBAGE_SHARE = 0.01;
/** Bytes sampled for the UTF-16 and charset heuristics; enough to decide, cheap on 50 MB. */
const SAMPLE_BYTES = 64 * 1024;

/** What chardet's names map to: the decoder iconv-lite uses, and the name reported. */
const LEGACY_ENCODINGS: Record<string, { decoder: string; name: string }> = {
  GB18030: { decoder: 'gb18030', name: 'GB18030' },
  GBK: { decoder: 'gb18030', name: 'GB18030' },
  GB2312: { decoder: 'gb18030', name: 'GB18030' },
  Big5: { decoder: 'big5', name: 'Big5' },
};

function bomEncoding(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'be'), encoding: 'UTF-16BE' };
  return null;
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), order === 'le' ? 'utf-16le' : 'utf-16be');
}

function strictUtf8(bytes: Uint8Array): string | null {
  // Buffer's validator and decoder are several times faster than a fatal TextDecoder on 50 MB.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isUtf8(buffer) ? buffer.toString('utf8') : null;
}

/** Code units of a UTF-16 sample that a real text is made of: printable ASCII, whitespace, CJK and its punctuation, Latin. */
function plausibleUtf16Share(sample: string): number {
  if (sample.length === 0) return 0;
  let plausible = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0xa0 && c < 0x2000) ||
      (c >= 0x2000 && c < 0x2070) ||
      (c >= 0x3000 && c < 0x3040) ||
      (c >= 0x4e00 && c < 0xa000) ||
      (c >= 0xff00 && c < 0xfff0)
    ) {
      plausible++;
    }
  }
  return plausible / sample.length;
}

/**
 * UTF-16 without a BOM: ASCII characters (line breaks, digits) put their zero
 * byte on one side of each pair, so zeros cluster on even or odd offsets; with
 * no zeros at all (pure CJK) the decoded sample must read as text.
 */
function guessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  // CJK characters such as '一' (U+4E00) put zeros on the other side too, so the split is lopsided, not clean.
  const candidates: ('le' | 'be')[] =
    oddZeros > 0 && evenZeros <= oddZeros / 3 ? ['le'] : evenZeros > 0 && oddZeros <= evenZeros / 3 ? ['be'] : evenZeros + oddZeros === 0 ? ['le', 'be'] : [];
  for (const order of candidates) {
    const share = plausibleUtf16Share(decodeUtf16(sample, order));
    // With zeros on one side the evidence is strong; without any, only a near-perfect read counts.
    if (share >= (evenZeros + oddZeros > pairs / 100 ? 0.95 : 0.99)) return order;
  }
  return null;
}

function legacyEncoding(bytes: Uint8Array): { decoder: string; name: string } | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  for (const match of chardet.analyse(sample)) {
    const known = LEGACY_ENCODINGS[match.name];
    if (known) return known;
    if (match.confidence >= 50 && iconv.encodingExists(match.name) && !match.name.startsWith('UTF')) {
      return { decoder: match.name, name: match.name };
    }
  }
  return null;
}

function garbageShare(text: string): number {
  const sampleLength = Math.min(text.length, SAMPLE_BYTES);
  if (sampleLength === 0) return 0;
  let garbage = 0;
  for (let i = 0; i < sampleLength; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x80 && c < 0xa0) || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) garbage++;
  }
  return garbage / sampleLength;
}

/**
 * Decodes a text file whatever its encoding, judged from the bytes alone:
 * a BOM first, then strict UTF-8, then UTF-16 without a BOM, then a legacy
 * Chinese encoding (GB18030/GBK, Big5) by chardet's statistics.
 * Throws a FileProblem for bytes that are no text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = detect(bytes);
  if (garbageShare(decoded.text) > MAX_GARBAGE_SHARE) throw new FileProblem('binary file (not text)');
  return decoded;
}

function detect(bytes: Uint8Array): DecodedText {
  const withBom = bomEncoding(bytes);
  if (withBom) return withBom;
  const hasNul = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0;
  if (!hasNul) {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16), encoding: utf16 === 'le' ? 'UTF-16LE' : 'UTF-16BE' };
  if (hasNul) throw new FileProblem('binary file (NUL bytes, not text)');
  const legacy = legacyEncoding(bytes);
  if (!legacy) throw new FileProblem('binary file (not text in any known encoding)');
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), legacy.decoder), encoding: legacy.name };
}
