import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { findAll } from '../../../electron/shared/search/findAll';
import type { SearchOptions } from '../../../electron/shared/search/query';

/** The original substrings that `query` finds in `text`. */
function hits(text: string, query: string, options: SearchOptions = {}): string[] {
  const result = findAll(text, query, options);
  if (!result.ok) throw new Error(result.error.message);
  const offsets = new OffsetMap(text);
  return result.ranges.map((r) => offsets.slice(r.start, r.end));
}

/** The code-point ranges that `query` finds in `text`. */
function ranges(text: string, query: string, options: SearchOptions = {}): [number, number][] {
  const result = findAll(text, query, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.ranges.map((r) => [r.start, r.end]);
}

describe('a literal query finds every variant of itself', () => {
  it.each([
    ['今年新增4万人', '４万', '4万'],
    ['今年新增４万人', '4万', '４万'],
    ['稳就业，保民生', ',', '，'],
    ['稳就业,保民生', '，', ','],
    ['增长１．３倍', '1.3', '１．３'],
    ['（一）总体要求', '(一)', '（一）'],
    ['⼴东省', '广东', '⼴东'],
    ['广东省', '⼴东', '广东'],
    ['郎溪县', '郎', '郎'],
    ['国发〔2023〕5号', '国发[2023]', '国发〔2023〕'],
    ['“十四五”规划', '"十四五"', '“十四五”'],
    ['ＧＤＰ增长', 'gdp', 'ＧＤＰ'],
    ['单位GDP能耗', 'Gdp', 'GDP'],
  ])('in %s, %s finds %s', (text, query, found) => {
    expect(hits(text, query)).toEqual([found]);
  });

  it('does not take 。 for . nor 、 for ,', () => {
    expect(hits('目标。1.3', '.')).toEqual(['.']);
    expect(hits('甲、乙,丙', ',')).toEqual([',']);
  });

  it('keeps case apart with caseSensitive', () => {
    expect(hits('GDP gdp ＧＤＰ', 'GDP', { caseSensitive: true })).toEqual(['GDP', 'ＧＤＰ']);
  });

  it('finds a phrase across spaces and line breaks with ignoreWhitespace, and not without', () => {
    const text = '今年城镇 新增\n就业1100万人，城镇新增就业';
    expect(hits(text, '城镇新增就业', { ignoreWhitespace: true })).toEqual(['城镇 新增\n就业', '城镇新增就业']);
    expect(hits(text, '城镇新增就业')).toEqual(['城镇新增就业']);
    expect(hits(text, '城镇 新增 就业', { ignoreWhitespace: true })).toHaveLength(2);
  });

  it('gives code points of the original with astral characters before and inside hits', () => {
    const text = '𠮷😀 今年新增４万𠮷人，又新增4万𠮷人';
    expect(ranges(text, '4万𠮷人')).toEqual([
      [7, 11],
      [15, 19],
    ]);
    expect(hits(text, '4万𠮷人')).toEqual(['４万𠮷人', '4万𠮷人']);
  });

  it('finds matches in order without overlap', () => {
    expect(ranges('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });

  it('finds whole folds only: ... finds one … and not the dots inside ……', () => {
    expect(hits('省略……号', '...')).toEqual(['…', '…']);
    expect(hits('1.2.3', '...')).toEqual([]);
    expect(hits('等等...', '…')).toEqual(['...']);
  });

  it('finds nothing for an empty query', () => {
    expect(hits('文本', '')).toEqual([]);
    expect(hits('文本', ' \n', { ignoreWhitespace: true })).toEqual([]);
  });
});

describe('a regular expression runs on the folded text with its literals folded', () => {
  it('finds ４万 with \\d+万', () => {
    expect(hits('新增４万人，又增3万', '\\d+万', { regex: true })).toEqual(['４万', '3万']);
  });

  it('reads full-width characters of the pattern as the literals they are', () => {
    expect(hits('（一）总体要求', '（.）', { regex: true })).toEqual(['（一）']);
    expect(hits('１．３和1x3', '1．3', { regex: true })).toEqual(['１．３']);
    expect(hits('GDP增长5%', 'ｇｄｐ', { regex: true })).toEqual(['GDP']);
  });

  it('folds literal escapes and class members and full-width ranges', () => {
    expect(hits('新增4万', '\\uFF14万', { regex: true })).toEqual(['4万']);
    expect(hits('新增4万', '\\u{FF14}万', { regex: true })).toEqual(['4万']);
    expect(hits('甲，乙,丙', '[，]', { regex: true })).toEqual(['，', ',']);
    expect(hits('１２和34', '[０-９]+', { regex: true })).toEqual(['１２', '34']);
    expect(hits('a,b，c', '[^，]+', { regex: true })).toEqual(['a', 'b', 'c']);
  });

  it('treats a character that folds to several as a group, in and out of a class', () => {
    expect(hits('等……', '…+', { regex: true })).toEqual(['……']);
    expect(hits('等…和.', '[…]', { regex: true })).toEqual(['…']);
  });

  it('keeps class escapes, alternation, lazy and counted quantifiers as JavaScript reads them', () => {
    expect(hits('提高5.5%和3%', '\\d+(?:\\.\\d+)?%', { regex: true })).toEqual(['5.5%', '3%']);
    expect(hits('稳就业保民生', '就业|民生', { regex: true })).toEqual(['就业', '民生']);
    expect(hits('《甲》和《乙》', '《.+?》', { regex: true })).toEqual(['《甲》', '《乙》']);
    expect(hits('《甲》和《乙》', '《.+》', { regex: true })).toEqual(['《甲》和《乙》']);
    expect(hits('12345', '\\d{2,3}', { regex: true })).toEqual(['123', '45']);
    expect(hits('广东省', '\\p{Script=Han}{2}', { regex: true })).toEqual(['广东']);
    expect(hits('(?<n>x)', '(?<n>x)', { regex: true })).toEqual(['x']);
  });

  it('anchors ^ and $ at line breaks and keeps . inside a line', () => {
    expect(hits('一、总体要求\n二、主要任务', '^.、', { regex: true })).toEqual(['一、', '二、']);
    expect(hits('一、总体要求\n二、主要任务', '要求$', { regex: true })).toEqual(['要求']);
    expect(hits('甲\n乙', '甲.乙', { regex: true })).toEqual([]);
    expect(hits('the GDP rose', '\\bgdp\\b', { regex: true })).toEqual(['GDP']);
  });

  it('skips empty matches', () => {
    expect(hits('baab', 'a*', { regex: true })).toEqual(['aa']);
    expect(hits('abc', 'x?', { regex: true })).toEqual([]);
  });

  it('drops whitespace of the pattern with ignoreWhitespace, as of the text', () => {
    expect(hits('城镇 新增\n就业', '城镇 新增就业', { regex: true, ignoreWhitespace: true })).toEqual(['城镇 新增\n就业']);
    expect(hits('城镇 新增\n就业', '新增.业', { regex: true, ignoreWhitespace: true })).toEqual(['新增\n就业']);
  });

  it('gives code points of the original with astral characters around regex hits', () => {
    const text = '😀𠮷新增４万😀人';
    expect(ranges(text, '\\d万.', { regex: true })).toEqual([[4, 7]]);
    expect(hits(text, '.', { regex: true })).toHaveLength(8);
  });
});

describe('a pattern that cannot run gives a typed error', () => {
  it.each([
    ['(', 'invalid-pattern', /Unterminated group/],
    ['[a-', 'invalid-pattern', /Unterminated character class/],
    ['a{2,1}', 'invalid-pattern', /numbers out of order/],
    ['\\k<x>', 'invalid-pattern', /named capture/],
    ['(?=万)', 'unsupported-pattern', /lookahead and lookbehind/],
    ['(?<!万)亿', 'unsupported-pattern', /lookahead and lookbehind/],
    ['(万)\\1', 'unsupported-pattern', /backreferences/],
    ['(?<n>万)\\k<n>', 'unsupported-pattern', /backreferences/],
    ['(?:(?:万{1000}){1000})', 'pattern-too-large', /more than/],
  ])('%s: %s', (pattern, kind, message) => {
    const result = findAll('万万', pattern, { regex: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(kind);
    expect(result.error.message).toMatch(message);
  });
});
