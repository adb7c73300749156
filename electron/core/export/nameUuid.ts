import { createHash } from 'node:crypto';

/** Namespace for Pizhu's name-based UUIDs (itself a random v4 UUID, fixed forever). */
const PIZHU_NAMESPACE = Buffer.from('6f1d3c2a9b8e4f70a5c4d2e1f0b9a817', 'hex');

/**
 * A name-based UUID (RFC 9562 version 5) for `name`. Exports use these instead
 * of random ones so that exporting the same session twice gives the same ids,
 * and a re-import can recognise what it has seen.
 */
export function nameUuid(name: string): string {
  const bytes = createHash('sha1').update(PIZHU_NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
