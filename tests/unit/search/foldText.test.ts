import { describe, expect, it } from 'vitest';
import { characterFolder } from '../../../electron/shared/search/characterFold';
import { foldText } from '../../../electron/shared/search/foldText';
import { ideographFolder } from '../../../electron/shared/search/ideographs';

/** The original code point each folded unit came from, as a list. */
function origins(text: string, options = {}): number[] {
  const { folded, map } = foldText(text, options);
  return Array.from({ length: folded.length }, (_, i) => map.toOriginal(i, i + 1).start);
}

describe('foldText folds the variants Chinese text mixes', () => {
  it.each([
    ['４万', '4万'],
    ['１．３万', '1.3万'],
    ['，；：（）！？', ',;:()!?'],
    ['５％', '5%'],
    ['ＧＤＰ', 'gdp'],
    ['GDP', 'gdp'],
    ['～', '~'],
    ['3〜5年', '3~5年'],
    ['“十四五”', '"十四五"'],
    ['‘双碳’', "'双碳'"],
    ['国发〔2023〕5号', '国发[2023]5号'],
    ['国发［2023］5号', '国发[2023]5号'],
    ['同比−2%', '同比-2%'],
    ['2021–2025', '2021-2025'],
    ['马克思・韦伯', '马克思·韦伯'],
    ['｡､', '。、'],
    ['︐﹐﹑', ',,、'],
    ['￥100', '¥100'],
    ['⼴东', '广东'],
    ['郎', '郎'],
    ['⺟', '母'],
    ['　', ' '],
    ['a\u00a0b', 'a b'],
  ])('%s folds to %s', (text, folded) => {
    expect(foldText(text).folded).toBe(folded);
  });

  it.each([
    ['。', 'the ideographic full stop ends a sentence and is no decimal point'],
    ['、', 'the enumeration comma is not a comma'],
    ['——', 'the Chinese dash is not a hyphen'],
    ['①', 'a circled figure is not a figure'],
    ['㎡', 'a square metre sign stays one sign'],
    ['《》【】「」', 'Chinese brackets keep their own form'],
    ['萬', 'traditional characters are not simplified'],
    ['城镇\n新增\t就业', 'line breaks and tabs stay without ignoreWhitespace'],
  ])('%s stays: %s', (text) => {
    expect(foldText(text).folded).toBe(text);
  });

  it('keeps case with caseSensitive and lower-cases only where the length holds', () => {
    expect(foldText('ＧＤＰ GDP', { caseSensitive: true }).folded).toBe('GDP GDP');
    expect(foldText('İ').folded).toBe('İ');
    expect(foldText('ΣΑ').folded).toBe('σα');
  });

  it('drops whitespace and line breaks with ignoreWhitespace, the ideographic space too', () => {
    expect(foldText('城镇 新增\n就业　1100\r\n万人', { ignoreWhitespace: true }).folded).toBe('城镇新增就业1100万人');
  });

  it('takes CJK Radicals Supplement equivalents from an extra table', () => {
    const foldIdeograph = ideographFolder(new Map([['⻓', '长']]));
    expect(foldText('⻓江', { foldIdeograph }).folded).toBe('长江');
    expect(foldText('⻓江').folded).toBe('⻓江');
    // The table does not stop NFKC for the rest.
    expect(foldText('⼴东', { foldIdeograph }).folded).toBe('广东');
  });

  it('gives the same folder for the same options', () => {
    expect(characterFolder({ ignoreWhitespace: true })).toBe(characterFolder({ ignoreWhitespace: true }));
    expect(characterFolder({})).not.toBe(characterFolder({ caseSensitive: true }));
  });
});

describe('the fold map leads back to code points of the original', () => {
  it('counts an astral character as one code point', () => {
    const { folded, map } = foldText('𠮷４万');
    expect(folded).toBe('𠮷4万');
    expect(map.toOriginal(2, 4)).toEqual({ start: 1, end: 3 });
    expect(map.toOriginal(0, 2)).toEqual({ start: 0, end: 1 });
    expect(origins('𠮷４万')).toEqual([0, 0, 1, 2]);
  });

  it('maps each unit of a character that folds to several back to that one character', () => {
    expect(foldText('a…b').folded).toBe('a...b');
    expect(origins('a…b')).toEqual([0, 1, 1, 1, 2]);
    const { map } = foldText('a…b');
    expect(map.toOriginal(1, 4)).toEqual({ start: 1, end: 2 });
    expect([1, 2, 3, 4].map((i) => map.isBoundary(i))).toEqual([true, false, false, true]);
  });

  it('maps a radical that folds to an astral ideograph back to the radical', () => {
    const foldIdeograph = ideographFolder(new Map([['⺇', '𠘨']]));
    const { folded, map } = foldText('x⺇y', { foldIdeograph });
    expect(folded).toBe('x𠘨y');
    expect(map.toOriginal(1, 3)).toEqual({ start: 1, end: 2 });
  });

  it('spans dropped whitespace inside a range and leaves it out at the edges', () => {
    const text = ' 城镇 新增\n就业 ';
    const { folded, map } = foldText(text, { ignoreWhitespace: true });
    expect(folded).toBe('城镇新增就业');
    expect(map.toOriginal(0, 6)).toEqual({ start: 1, end: 9 });
    expect(map.toOriginal(2, 4)).toEqual({ start: 4, end: 6 });
    expect(map.toOriginal(6, 6)).toEqual({ start: 10, end: 10 });
    expect(map.originalLength).toBe(10);
  });

  it('folds a long text that grows, with a unit for every origin', () => {
    const text = '…'.repeat(5000) + '𠮷';
    const { folded, map } = foldText(text);
    expect(folded.length).toBe(15002);
    expect(map.foldedLength).toBe(15002);
    expect(map.toOriginal(14999, 15002)).toEqual({ start: 4999, end: 5001 });
  });
});
