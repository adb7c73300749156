import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/import/decodeText';

describe('decodeText', () => {
  it('reads UTF-16 without a BOM even when the text has no ASCII (so no zero bytes)', () => {
    const text = '政府工作报告各位代表本届政府任期即将结束现在我代表国务院向大会报告工作请予审议';
    for (const [encoding, name] of [
      ['utf-16le', 'UTF-16LE'],
      ['utf-16be', 'UTF-16BE'],
    ] as const) {
      expect(decodeText(new Uint8Array(iconv.encode(text, encoding)))).toEqual({ text, encoding: name, replaced: 0 });
    }
  });

  it('prefers UTF-8 whenever the bytes are valid UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('abc 中文'))).toEqual({ text: 'abc 中文', encoding: 'UTF-8', replaced: 0 });
  });

  it('refuses control-character noise that has no zero bytes', () => {
    const noise = new Uint8Array(2001).map((_, i) => 1 + (i % 8));
    expect(() => decodeText(noise)).toThrow(/binary file/);
  });
});
