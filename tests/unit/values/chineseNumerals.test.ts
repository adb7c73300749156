import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../electron/shared/values/chineseNumerals';

const value = (text: string): string | null | undefined => parseChineseNumber(text)?.value;

describe('parseChineseNumber: Arabic figures', () => {
  it.each([
    ['1200', '1200'],
    ['1,200', '1200'],
    ['1，200', '1200'],
    ['1,200,000', '1200000'],
    ['12,345.5', '12345.5'],
    ['4.52', '4.52'],
    ['5.50', '5.5'],
    ['１２００', '1200'],
    ['１．３', '1.3'],
    ['１，２００', '1200'],
    ['-3.5', '-3.5'],
    ['0.4', '0.4'],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each(['12,34', '1,2345', '1234,567', '1.2.3', '.5', '3.'])('%s is not one number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('parseChineseNumber: Chinese numerals', () => {
  it.each([
    ['四万', '40000'],
    ['两千五百', '2500'],
    ['两千五', '2500'],
    ['三百六', '360'],
    ['一万二', '12000'],
    ['三亿五', '350000000'],
    ['一百零五', '105'],
    ['一千零五十', '1050'],
    ['一万零五百', '10500'],
    ['一亿零五百万', '105000000'],
    ['十', '10'],
    ['十五', '15'],
    ['一十五', '15'],
    ['二十', '20'],
    ['百', '100'],
    ['十亿', '1000000000'],
    ['十万', '100000'],
    ['一万三千亿', '1300000000000'],
    ['三万亿', '3000000000000'],
    ['二百四十八亿五千万', '24850000000'],
    ['二萬五千五百', '25500'],
    ['俩', '2'],
    ['幺', '1'],
    ['零', '0'],
    ['〇', '0'],
    ['壹仟伍佰', '1500'],
    ['贰拾', '20'],
    ['三点五', '3.5'],
    ['三点一四一五', '3.1415'],
    ['十二点五', '12.5'],
    ['一点二万', '12000'],
    ['负三', '-3'],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each(['百千', '十十', '一万两万', '五万万三', '三点', '点五', '万分'])('%s is no numeral', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('parseChineseNumber: digit by digit', () => {
  it.each([
    ['二〇二五', '2025'],
    ['二零二五', '2025'],
    ['一九五三', '1953'],
    ['二〇', '20'],
    ['一二三', '123'],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
});

describe('parseChineseNumber: mixed figures and multipliers', () => {
  it.each([
    ['1.2万', '12000', '万'],
    ['4.52万', '45200', '万'],
    ['3千万', '30000000', '千万'],
    ['1.3万亿', '1300000000000', '万亿'],
    ['1.4万亿', '1400000000000', '万亿'],
    ['１．３万', '13000', '万'],
    ['8300亿', '830000000000', '亿'],
    ['1万2千', '12000', '千'],
    ['2.5亿3000万', '280000000', '万'],
    ['四千万', '40000000', '万'],
    ['千亿', '100000000000', '亿'],
    ['两千五百', '2500', null],
  ])('%s → %s, scale %s', (text, expected, scale) => {
    expect(parseChineseNumber(text)).toMatchObject({ value: expected, scale });
  });

  it('says which digits a number is written in', () => {
    expect(parseChineseNumber('1.2万')?.numerals).toBe('arabic');
    expect(parseChineseNumber('一点二万')?.numerals).toBe('chinese');
  });
});

describe('parseChineseNumber: ratios and fractions', () => {
  it.each([
    ['百分之三', '3', '%'],
    ['百分之三点五', '3.5', '%'],
    ['百分之百', '100', '%'],
    ['百分之3.5', '3.5', '%'],
    ['千分之五', '5', '‰'],
    ['万分之三', '3', '‱'],
    ['三分之一', '1/3', null],
    ['三分之二', '2/3', null],
    ['二分之一', '0.5', null],
    ['四分之三', '0.75', null],
    ['十分之一', '0.1', null],
    ['一半', '0.5', null],
  ])('%s → %s %s', (text, expected, unit) => {
    expect(parseChineseNumber(text)).toMatchObject({ value: expected, unit, vague: null });
  });

  it.each(['三分之', '分之一', '三分之一点五', '百分之'])('%s is no ratio', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('parseChineseNumber: vague numbers', () => {
  it.each([
    ['8000多亿', '800000000000', '亿'],
    ['820多万', '8200000', '万'],
    ['1000余', '1000', null],
    ['三十多', '30', null],
    ['一百多万', '1000000', '万'],
  ])('%s keeps %s as a lower bound', (text, expected, scale) => {
    expect(parseChineseNumber(text)).toEqual({ value: expected, unit: null, scale, vague: 'more', numerals: expect.any(String) });
  });

  it.each([
    ['十几', null],
    ['几十', null],
    ['几', null],
    ['几十万', '万'],
    ['数百万', '万'],
    ['三五', null],
    ['两三', null],
  ])('%s gives no value', (text, scale) => {
    expect(parseChineseNumber(text)).toMatchObject({ value: null, vague: 'unknown', scale });
  });
});
