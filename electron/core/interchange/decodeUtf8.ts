import { badFile } from './badFile';

/** Every annotation format Pizhu reads is UTF-8; a leading BOM is dropped. */
export function decodeUtf8(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw badFile(name, 'is not valid UTF-8 text');
  }
}
