import { hash } from 'node:crypto';

/** Namespace for Pizhu's name-based UUIDs (itself a random v4 UUID, fixed forever), as the hex its bytes are hashed from. */
const PIZHU_NAMESPACE = Buffer.from('6f1d3c2a9b8e4f70a5c4d2e1f0b9a817', 'hex').toString('latin1');

/**
 * A name-based UUID (RFC 9562 version 5) for `name`. Exports use these instead
 * of random ones so that exporting the same session twice gives the same ids,
 * and a re-import can recognise what it has seen.
 */
export function nameUuid(name: string): string {
  // One-shot hashing: exports make one id per span, and a Hash object per call costs several times more.
  const hex = hash('sha1', Buffer.concat([Buffer.from(PIZHU_NAMESPACE, 'latin1'), Buffer.from(name, 'utf8')]));
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
