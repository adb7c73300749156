import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/src/shell/lib/base64';

describe('base64', () => {
  it('matches Node for UTF-8 Chinese text', () => {
    const bytes = new TextEncoder().encode('青岛市政府工作报告 2023');
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('round-trips arbitrary bytes, including buffers longer than one chunk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100_000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
  });

  it('handles a buffer well past the chunk size identically to Node', () => {
    const bytes = new Uint8Array(200_001).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(base64ToBytes(Buffer.from(bytes).toString('base64')))).toEqual(Buffer.from(bytes));
  });

  it('decodes the empty string to no bytes', () => {
    expect(base64ToBytes('').length).toBe(0);
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
