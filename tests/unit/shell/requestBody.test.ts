import { describe, expect, it } from 'vitest';
import { requestBody, SLICE } from '../../../renderer/src/api/requestBody';

async function sent(input: unknown): Promise<unknown> {
  const body = requestBody(input);
  if (typeof body === 'string') throw new Error('a long string was sent at once');
  return JSON.parse(await (await body).text());
}

describe('requestBody', () => {
  it('sends an input without long strings as its JSON, at once', () => {
    const input = { docId: 'd1', spans: [{ start: 0, end: 4 }], note: '“引号” \\ "quotes"' };
    expect(requestBody(input)).toBe(JSON.stringify(input));
    expect(requestBody(undefined)).toBe('{}');
  });

  it('sends long strings in slices that parse back to the same input', async () => {
    const base64 = 'QUJD'.repeat(SLICE / 2 + 7);
    // Escapes, ideographs and a surrogate pair cut by the slice boundary, in a string over two slices long.
    const text = 'a'.repeat(SLICE - 1) + '😀' + '"\\\n\u0001' + '青岛'.repeat(SLICE / 2);
    const input = {
      files: [
        { name: '青岛.txt', data: base64 },
        { name: 'b.txt', data: text },
      ],
      cleanup: true,
      offsets: 'utf16',
    };
    expect(await sent(input)).toEqual(input);
  });

  it('leaves a short string that looks like a placeholder alone', async () => {
    const input = { name: 'pizhu-long-0', data: 'x'.repeat(SLICE) };
    expect(await sent(input)).toEqual(input);
  });
});
