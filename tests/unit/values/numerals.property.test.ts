import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../electron/shared/values/chineseNumerals';
import { normalizeDecimal, shiftDecimal } from '../../../electron/shared/values/decimal';
import { parseQuantity } from '../../../electron/shared/values/quantity';

/**
 * Formats numbers the ways reports write them, independently of the parser,
 * and checks that each parses back to the same exact decimal.
 */

const DIGITS = '〇一二三四五六七八九';
const FULL_WIDTH = '０１２３４５６７８９';

interface Style {
  zero: '零' | '〇';
  /** 两千, 两百, 两万 for a leading 2. */
  liang: boolean;
  /** 十五 for 一十五 at the very start. */
  bareTen: boolean;
}

/** 1..9999 in one group: 两千零五, 一百一十. */
function group(n: number, style: Style): string {
  let out = '';
  let gap = false;
  for (const [place, unit] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ] as const) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      gap = out !== '';
      continue;
    }
    if (gap) out += style.zero;
    gap = false;
    out += (d === 2 && style.liang && (unit === '千' || unit === '百') ? '两' : DIGITS[d]) + unit;
  }
  return out;
}

/** A positive integer in Chinese numerals, 亿 over 万 over groups: 一万三千亿零五. */
function chinese(n: bigint, style: Style): string {
  for (const [power, unit] of [
    [100000000n, '亿'],
    [10000n, '万'],
  ] as const) {
    if (n < power) continue;
    const high = n / power;
    const low = n % power;
    const head = high === 2n && style.liang ? '两' : chinese(high, style);
    return head + unit + (low === 0n ? '' : (low < power / 10n ? style.zero : '') + chinese(low, style));
  }
  return group(Number(n), style);
}

function chineseStart(n: bigint, style: Style): string {
  const text = chinese(n, style);
  return style.bareTen && text.startsWith('一十') ? text.slice(1) : text;
}

const style = fc.record<Style>({ zero: fc.constantFrom('零', '〇'), liang: fc.boolean(), bareTen: fc.boolean() });
const integer = fc.bigInt({ min: 1n, max: 10n ** 16n - 1n });
const fraction = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 6 });

const withSeparators = (digits: string, sep: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/gu, sep);
const fullWidth = (text: string): string =>
  text.replace(/[0-9.,]/gu, (c) => (c === '.' ? '．' : c === ',' ? '，' : FULL_WIDTH[Number(c)]!));

describe('numbers parse back to the exact decimal they were written from', () => {
  it('Arabic integers, with or without thousands separators, in half or full width', () => {
    fc.assert(
      fc.property(integer, fc.constantFrom('', ',', '，'), fc.boolean(), (n, sep, wide) => {
        const written = withSeparators(n.toString(), sep);
        expect(parseChineseNumber(wide ? fullWidth(written) : written)?.value).toBe(n.toString());
      }),
    );
  });

  it('Arabic decimals, in half or full width', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fraction, fc.boolean(), (n, frac, wide) => {
        const written = `${n}.${frac}`;
        expect(parseChineseNumber(wide ? fullWidth(written) : written)?.value).toBe(normalizeDecimal(written));
      }),
    );
  });

  it('Chinese numerals, with 零 or 〇, 两 or 二, 十 or 一十', () => {
    fc.assert(
      fc.property(integer, style, (n, s) => {
        expect(parseChineseNumber(chineseStart(n, s))?.value).toBe(n.toString());
      }),
      { numRuns: 500 },
    );
  });

  it('Chinese decimals: the digits after 点 one by one', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 8n }), fraction, style, (n, frac, s) => {
        const written = `${chineseStart(n, s)}点${[...frac].map((d) => DIGITS[Number(d)]).join('')}`;
        expect(parseChineseNumber(written)?.value).toBe(normalizeDecimal(`${n}.${frac}`));
      }),
    );
  });

  it('digit by digit, as years are written: 二〇二五', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 3, maxLength: 8 }), (digits) => {
        const written = [...digits].map((d) => DIGITS[Number(d)]).join('');
        expect(parseChineseNumber(written)?.value).toBe(normalizeDecimal(digits));
      }),
    );
  });

  it('figures with a scale, as amounts in base units: 4.52万元 is 45200 元', () => {
    const scales = [
      ['万', 4],
      ['十万', 5],
      ['百万', 6],
      ['千万', 7],
      ['亿', 8],
      ['万亿', 12],
    ] as const;
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.option(fraction, { nil: undefined }),
        fc.constantFrom(...scales),
        fc.boolean(),
        (n, frac, [scale, power], wide) => {
          const figure = frac === undefined ? n.toString() : `${n}.${frac}`;
          const written = `${wide ? fullWidth(figure) : figure}${scale}元`;
          expect(parseQuantity(written)).toMatchObject({ amount: shiftDecimal(normalizeDecimal(figure)!, power), unit: '元', scale });
        },
      ),
    );
  });

  it('Chinese numerals with a scale and a unit: 二百四十八亿五千万元', () => {
    fc.assert(
      fc.property(integer, style, (n, s) => {
        expect(parseQuantity(`${chineseStart(n, s)}元`)?.amount).toBe(n.toString());
      }),
    );
  });

  it('percentages in figures and in words', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 100n }), fraction, style, (n, frac, s) => {
        const decimal = normalizeDecimal(`${n}.${frac}`);
        expect(parseQuantity(`${n}.${frac}%`)?.amount).toBe(decimal);
        expect(parseQuantity(`百分之${chineseStart(n, s)}点${[...frac].map((d) => DIGITS[Number(d)]).join('')}`)).toMatchObject({
          amount: decimal,
          unit: '%',
        });
      }),
    );
  });
});
