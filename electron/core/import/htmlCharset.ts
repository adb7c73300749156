import iconv from 'iconv-lite';

/** Bytes searched for a <meta> charset declaration, as browsers do (they use 1024; pages with long heads need more). */
const PRESCAN_BYTES = 4096;

/** Names pages declare, mapped to the decoder that reads them and the name reported. */
const ALIASES: Record<string, string> = {
  gb2312: 'GB18030',
  gbk: 'GB18030',
  gb18030: 'GB18030',
  'x-gbk': 'GB18030',
  big5: 'Big5',
  'big5-hkscs': 'Big5',
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
};

/**
 * The encoding an HTML page declares in a <meta charset> or http-equiv
 * Content-Type within its first bytes; null when none is declared or the
 * declared one is unknown. UTF-16 declarations are ignored: a page in UTF-16
 * shows it by its bytes.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (!match) return null;
  const declared = match[1]!.toLowerCase();
  if (declared.startsWith('utf-16')) return null;
  const name = ALIASES[declared] ?? declared;
  return iconv.encodingExists(name) ? name : null;
}
