import { describe, expect, it } from 'vitest';
import { codePointLength, OffsetMap } from '../../../electron/shared/codePoints';
import { keywordInContext } from '../../../electron/shared/search/keywordInContext';

const REPORT = '一、总体要求\n　　他说：“要稳。”今年城镇新增就业1100万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。下一句话！';

/** The code-point range of the first `needle` in `text`. */
function rangeOf(text: string, needle: string): { start: number; end: number } {
  const start = codePointLength(text.slice(0, text.indexOf(needle)));
  return { start, end: start + codePointLength(needle) };
}

describe('keywordInContext shows a hit inside its sentence', () => {
  it('takes the sentence up to 。！？；, after closing quotes', () => {
    expect(keywordInContext(REPORT, rangeOf(REPORT, '城镇新增'))).toEqual({
      before: '今年',
      hit: '城镇新增',
      after: '就业1100万人以上，城镇调查失业率5.5%左右；',
      start: 17,
      end: 48,
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('keeps closing quotes with the sentence their mark ends', () => {
    const kwic = keywordInContext(REPORT, rangeOf(REPORT, '要稳'));
    expect([kwic.before, kwic.hit, kwic.after]).toEqual(['他说：“', '要稳', '。”']);
  });

  it('ends a sentence at a line break and trims indentation', () => {
    expect(keywordInContext(REPORT, rangeOf(REPORT, '总体'))).toMatchObject({ before: '一、', after: '要求' });
    expect(keywordInContext(REPORT, rangeOf(REPORT, '他说')).before).toBe('');
  });

  it('lets a hit that ends with an end mark end its sentence', () => {
    const kwic = keywordInContext(REPORT, rangeOf(REPORT, '3%左右。'));
    expect([kwic.before, kwic.after]).toEqual(['居民消费价格涨幅', '']);
  });

  it('does not take the decimal point for a sentence end', () => {
    expect(keywordInContext(REPORT, rangeOf(REPORT, '5%')).before).toBe('今年城镇新增就业1100万人以上，城镇调查失业率5.');
  });

  it('cuts the context to the width on each side and says so', () => {
    const kwic = keywordInContext(REPORT, rangeOf(REPORT, '调查'), { width: 4 });
    expect(kwic).toMatchObject({ before: '上，城镇', hit: '调查', after: '失业率5', clippedBefore: true, clippedAfter: true });
  });

  it('counts the width in code points, astral characters as one', () => {
    const text = '前文𠮷𠮷𠮷关键𠮷😀𠮷后文。';
    const kwic = keywordInContext(text, rangeOf(text, '关键'), { width: 2 });
    expect(kwic).toMatchObject({ before: '𠮷𠮷', hit: '关键', after: '𠮷😀', start: 3, end: 9, clippedBefore: true, clippedAfter: true });
  });

  it('crosses sentences with sentence: false', () => {
    const kwic = keywordInContext(REPORT, rangeOf(REPORT, '今年'), { sentence: false, width: 6 });
    expect([kwic.before, kwic.after]).toEqual(['：“要稳。”', '城镇新增就业']);
  });

  it('takes an OffsetMap built once for many hits', () => {
    const offsets = new OffsetMap(REPORT);
    expect(keywordInContext(offsets, rangeOf(REPORT, '居民'))).toEqual(keywordInContext(REPORT, rangeOf(REPORT, '居民')));
  });

  it('treats half-width ; ! ? as the full-width marks', () => {
    const text = 'one; two三 four! five';
    expect(keywordInContext(text, rangeOf(text, '三'))).toMatchObject({ before: 'two', after: ' four!' });
  });
});
