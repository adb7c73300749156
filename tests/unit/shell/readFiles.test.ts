import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../../renderer/src/shell/lib/base64';
import { toImportFiles } from '../../../renderer/src/shell/lib/readFiles';

describe('toImportFiles', () => {
  it('carries File objects as name and base64 bytes, in order, whatever their encoding', async () => {
    const gbk = new Uint8Array([0xc7, 0xe0, 0xb5, 0xba]);
    const files = await toImportFiles([new File(['青岛市 2023 年工作报告\n'], '青岛.txt'), new File([gbk], 'gbk.txt')]);
    expect(files.map((f) => f.name)).toEqual(['青岛.txt', 'gbk.txt']);
    expect(new TextDecoder().decode(base64ToBytes(files[0]!.data))).toBe('青岛市 2023 年工作报告\n');
    expect(base64ToBytes(files[1]!.data)).toEqual(gbk);
  });

  it('carries an empty file as empty data', async () => {
    expect(await toImportFiles([new File([], 'empty.txt')])).toEqual([{ name: 'empty.txt', data: '' }]);
  });
});
