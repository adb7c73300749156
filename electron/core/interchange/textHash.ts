import { createHash } from 'node:crypto';

/** SHA-256 of a document's text, hex: the key by which a document is recognised across sessions. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
