import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { isLineBreakControl } from './controlCharacters';
import { FileProblem } from './FileProblem';

/** A decoded text, the name of the encoding it came from, and how many characters could not be decoded. */
export interface DecodedText {
  text: string;
  encoding: string;
  /** Byte sequences that are no character in `encoding` (a file cut mid-character, a stray byte), each decoded as U+FFFD. */
  replaced: number;
}

/** Share of code units that may be control characters or U+FFFD before the bytes count as binary: no text has one in twenty. */
const MAX_GARBAGE_SHARE = 0.05;
/** Bytes sampled for the UTF-16 and charset heuristics; enough to decide, cheap on 50 MB. */
const SAMPLE_BYTES = 64 * 1024;
/** Valid multi-byte UTF-8 characters needed per invalid sequence for bytes to be read as damaged UTF-8 rather than another encoding. */
const UTF8_EVIDENCE_RATIO = 100;

/** What chardet's names map to: the decoder iconv-lite uses, and the name reported. */
const LEGACY_ENCODINGS: Record<string, { decoder: string; name: string }> = {
  GB18030: { decoder: 'gb18030', name: 'GB18030' },
  GBK: { decoder: 'gb18030', name: 'GB18030' },
  GB2312: { decoder: 'gb18030', name: 'GB18030' },
  Big5: { decoder: 'big5', name: 'Big5' },
};

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/** How often the bytes hold `pattern` (a U+FFFD the file itself contains), at offsets that are multiples of `align`. */
function countBytes(bytes: Uint8Array, pattern: Buffer, align: number): number {
  const buffer = asBuffer(bytes);
  let count = 0;
  for (let i = buffer.indexOf(pattern); i >= 0; i = buffer.indexOf(pattern, i + 1)) if (i % align === 0) count++;
  return count;
}

/** A text decoded by a WHATWG decoder, which turns every undecodable sequence (a cut at the end too) into one U+FFFD. */
function decodeWhatwg(bytes: Uint8Array, label: 'utf-8' | 'utf-16le' | 'utf-16be', encoding: string): DecodedText {
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
  const found = countChar(text, '\ufffd');
  if (found === 0) return { text, encoding, replaced: 0 };
  const literal =
    label === 'utf-8'
      ? countBytes(bytes, Buffer.from([0xef, 0xbf, 0xbd]), 1)
      : countBytes(bytes, Buffer.from(label === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd]), 2);
  return { text, encoding, replaced: found - literal };
}

/**
 * Decodes with one of iconv-lite's decoders, reported under `name`. Its
 * streaming decoder holds back a character cut at the end, which becomes one
 * U+FFFD (decoded whole, it would leak the cut bytes as other characters).
 */
export function decodeAs(bytes: Uint8Array, legacy: { decoder: string; name: string }): DecodedText {
  const decoder = iconv.getDecoder(legacy.decoder);
  const body = decoder.write(asBuffer(bytes));
  const cut = decoder.end() ? 1 : 0;
  const text = cut ? `${body}\ufffd` : body;
  const found = countChar(body, '\ufffd');
  // A U+FFFD the file holds encodes to bytes of its own; in an encoding that has none (Big5), every one is a replacement.
  const own = iconv.encode('\ufffd', legacy.decoder);
  const literal = found > 0 && iconv.decode(own, legacy.decoder) === '\ufffd' ? countBytes(bytes, own, 1) : 0;
  return { text, encoding: legacy.name, replaced: found - literal + cut };
}

function bomEncoding(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWhatwg(bytes.subarray(3), 'utf-8', 'UTF-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWhatwg(bytes.subarray(2), 'utf-16le', 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWhatwg(bytes.subarray(2), 'utf-16be', 'UTF-16BE');
  return null;
}

/** Bytes at the end that begin a UTF-8 character the file stops before finishing; 0 when the last character is whole. */
function cutUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function utf8(bytes: Uint8Array): DecodedText | null {
  // Buffer's validator and decoder are several times faster than a fatal TextDecoder on 50 MB.
  const buffer = asBuffer(bytes);
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'UTF-8', replaced: 0 };
  const tail = cutUtf8Tail(bytes);
  if (tail > 0 && isUtf8(buffer.subarray(0, bytes.length - tail))) {
    return { text: `${buffer.toString('utf8', 0, bytes.length - tail)}\ufffd`, encoding: 'UTF-8', replaced: 1 };
  }
  return null;
}

/**
 * UTF-8 with a few undecodable sequences inside (a stray byte, a splice):
 * valid multi-byte characters must far outnumber them, as they never do in
 * GB18030 or Big5 text, nor in Latin text with a stray legacy byte.
 */
function damagedUtf8(bytes: Uint8Array): DecodedText | null {
  const decoded = decodeWhatwg(bytes, 'utf-8', 'UTF-8');
  let multiByte = 0;
  for (let i = 0; i < decoded.text.length; i++) {
    const c = decoded.text.charCodeAt(i);
    if (c >= 0x80 && c !== 0xfffd && (c < 0xdc00 || c > 0xdfff)) multiByte++;
  }
  return multiByte >= decoded.replaced * UTF8_EVIDENCE_RATIO ? decoded : null;
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
 * byte on one side of each pair, and CJK characters such as '一' (U+4E00) on
 * the other, so the side with more zeros is tried first; either way the
 * decoded sample must read as text, which binary data never does. A file cut
 * mid-character has an odd length: the pairs before the cut decide.
 */
function guessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length < 2) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  // With zeros the evidence is strong; without any (pure CJK), only a near-perfect read counts.
  const needed = evenZeros + oddZeros > sample.length / 200 ? 0.95 : 0.99;
  for (const order of oddZeros >= evenZeros ? (['le', 'be'] as const) : (['be', 'le'] as const)) {
    const share = plausibleUtf16Share(new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(sample));
    if (share >= needed) return order;
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

/** Share of a text's start that is U+FFFD or a control character other than tab and line breaks (VT, FF and NEL break lines too). */
function garbageShare(text: string): number {
  const sampleLength = Math.min(text.length, SAMPLE_BYTES);
  if (sampleLength === 0) return 0;
  let garbage = 0;
  for (let i = 0; i < sampleLength; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (((c >= 0x80 && c < 0xa0) || c < 0x20) && c !== 0x09 && c !== 0x0a && c !== 0x0d && !isLineBreakControl(text[i]!)))
      garbage++;
  }
  return garbage / sampleLength;
}

/**
 * Decodes a text file whatever its encoding, judged from the bytes alone:
 * a BOM first, then UTF-8, then UTF-16 without a BOM, then a legacy Chinese
 * encoding (GB18030/GBK, Big5) by chardet's statistics. A character cut at
 * the end, or a few undecodable bytes, decode as U+FFFD and are counted in
 * `replaced`. Throws a FileProblem for bytes that are no text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = detect(bytes);
  if (garbageShare(decoded.text) > MAX_GARBAGE_SHARE) throw new FileProblem('binary file (not text)');
  return decoded;
}

function detect(bytes: Uint8Array): DecodedText {
  const withBom = bomEncoding(bytes);
  if (withBom) return withBom;
  const hasNul = asBuffer(bytes).indexOf(0) >= 0;
  if (!hasNul) {
    const whole = utf8(bytes);
    if (whole) return whole;
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeWhatwg(bytes, utf16 === 'le' ? 'utf-16le' : 'utf-16be', utf16 === 'le' ? 'UTF-16LE' : 'UTF-16BE');
  if (hasNul) throw new FileProblem('binary file (NUL bytes, not text)');
  const damaged = damagedUtf8(bytes);
  if (damaged) return damaged;
  const legacy = legacyEncoding(bytes);
  if (!legacy) throw new FileProblem('binary file (not text in any known encoding)');
  return decodeAs(bytes, legacy);
}
