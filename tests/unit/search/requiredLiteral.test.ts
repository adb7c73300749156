import { describe, expect, it } from 'vitest';
import { characterFolder } from '../../../electron/shared/search/characterFold';
import { readPattern } from '../../../electron/shared/search/patternTree';
import { requiredLiteral } from '../../../electron/shared/search/requiredLiteral';

const of = (pattern: string) => requiredLiteral(readPattern(pattern, characterFolder()));

describe('requiredLiteral finds what every match holds and how far in', () => {
  it.each([
    ['[^，。]{0,30}就业', { literal: '就业', maxBefore: 60 }],
    ['城镇新增就业\\d+万', { literal: '城镇新增就业', maxBefore: 0 }],
    ['第.{1,3}条', { literal: '第', maxBefore: 0 }],
    ['\\d{1,4}万人', { literal: '万人', maxBefore: 8 }],
    ['𠮷?x', { literal: 'x', maxBefore: 2 }],
    ['(?:)*就业', { literal: '就业', maxBefore: 0 }],
    ['ＧＤＰ增长', { literal: 'gdp增长', maxBefore: 0 }],
  ])('%s', (pattern, expected) => {
    expect(of(pattern)).toEqual(expected);
  });

  it.each(['就业|民生', '\\d+', '.*就业', '(?:就业)?'])('%s has none to skip by', (pattern) => {
    expect(of(pattern)).toBeNull();
  });

  it('takes the longest run before the prefix grows unbounded', () => {
    expect(of('a\\d+就业民生')).toEqual({ literal: 'a', maxBefore: 0 });
  });
});
