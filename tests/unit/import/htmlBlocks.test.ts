import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../../electron/core/import/htmlBlocks';

describe('htmlBlocks', () => {
  it('reads deeply nested markup as the same lines as flat markup', () => {
    const nested =
      '<div>'.repeat(50_000) + '<p>一<span>'.repeat(3) + '二</p>' + '</div>'.repeat(50_000) + '<p>' + '<b>'.repeat(100_000) + '三';
    expect(htmlBlocks(nested)).toEqual([
      { text: '一', level: null },
      { text: '一', level: null },
      { text: '一二', level: null },
      { text: '三', level: null },
    ]);
  });

  it('keeps script and style content hidden whatever their case and whatever markup they hold', () => {
    const html =
      '<P>一</P><SCRIPT>if (a<b) { x = "</p><div>"; }</SCRIPT><style>p>b{}</style><p>二 <b>粗</b> 三</p><!-- <p>注释</p> --><table><tr><td>甲</td><td>乙</td></tr></table>';
    expect(htmlBlocks(html)).toEqual([
      { text: '一', level: null },
      { text: '二 粗 三', level: null },
      { text: '甲 乙', level: null },
    ]);
  });

  it('keeps text whose lowercase is longer than itself (İ) and attributes with quotes and >', () => {
    expect(htmlBlocks('<p title="a>b" data-x=\'c>d\'>İstanbul <a href="x">İİ</a></p><h2>标题</h2>')).toEqual([
      { text: 'İstanbul İİ', level: null },
      { text: '标题', level: 2 },
    ]);
  });
});
