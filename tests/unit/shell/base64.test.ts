import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/src/shell/lib/base64';

describe('base64', () => {
  it('encodes UTF-8 Chinese text to the known base64', () => {
    const bytes = new TextEncoder().encode('青岛市政府工作报告');
    expect(bytesToBase64(bytes)).toBe('6Z2S5bKb5biC5pS/5bqc5bel5L2c5oql5ZGK');
    expect(new TextDecoder().decode(base64ToBytes('6Z2S5bKb5biC5pS/5bqc5bel5L2c5oql5ZGK'))).toBe('青岛市政府工作报告');
  });

  it('pads the last group as RFC 4648 says', () => {
    expect(bytesToBase64(new Uint8Array([0xff]))).toBe('/w==');
    expect(bytesToBase64(new Uint8Array([0xff, 0xfe]))).toBe('//4=');
    expect(bytesToBase64(new Uint8Array([0xff, 0xfe, 0xfd]))).toBe('//79');
  });

  it('round-trips arbitrary bytes, including buffers longer than one chunk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100_000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
  });

  it('encodes a buffer well past the chunk size as the concatenation of its 3-byte-aligned parts', () => {
    const bytes = new Uint8Array(3 * 40_000).map((_, i) => (i * 31) % 256);
    const half = 3 * 20_000;
    expect(bytesToBase64(bytes)).toBe(bytesToBase64(bytes.subarray(0, half)) + bytesToBase64(bytes.subarray(half)));
  });

  it("uses the runtime's own encoder where it has one (the page's Chromium), the loop only elsewhere", () => {
    const bytes = Object.assign(new Uint8Array([0xff]), { toBase64: () => 'native' });
    expect(bytesToBase64(bytes)).toBe('native');
  });

  it('decodes the empty string to no bytes and refuses non-base64', () => {
    expect(base64ToBytes('').length).toBe(0);
    expect(bytesToBase64(new Uint8Array())).toBe('');
    expect(() => base64ToBytes('不是')).toThrow();
  });
});
