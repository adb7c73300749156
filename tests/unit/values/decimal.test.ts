import { describe, expect, it } from 'vitest';
import { addDecimals, exactRatio, isBelowPowerOfTen, normalizeDecimal, shiftDecimal } from '../../../electron/shared/values/decimal';

describe('exact decimals', () => {
  it.each([
    ['0012.500', '12.5'],
    ['-0.0', '0'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['0', '0'],
    ['-007', '-7'],
  ])('normalises %s to %s', (text, expected) => {
    expect(normalizeDecimal(text)).toBe(expected);
  });

  it.each(['', '.', '-', '1.2.3', '1e5', '１２', 'abc'])('refuses %j', (text) => {
    expect(normalizeDecimal(text)).toBeNull();
  });

  it.each([
    ['4.52', 4, '45200'],
    ['1.4', 12, '1400000000000'],
    ['1.3', 12, '1300000000000'],
    ['5.5', 0, '5.5'],
    ['5', -3, '0.005'],
    ['1200', -2, '12'],
    ['-2.5', 8, '-250000000'],
    ['0.125', 2, '12.5'],
    ['0', 8, '0'],
  ])('shifts %s by 10^%i to %s', (decimal, power, expected) => {
    expect(shiftDecimal(decimal, power)).toBe(expected);
  });

  it('never goes through a float: 4.52 × 10^4 is 45200, where 4.52 * 10000 is not', () => {
    expect(4.52 * 10000).not.toBe(45200);
    expect(shiftDecimal('4.52', 4)).toBe('45200');
  });

  it.each([
    ['0.1', '0.2', '0.3'],
    ['24800000000', '50000000', '24850000000'],
    ['1.5', '-2', '-0.5'],
    ['-0.25', '0.25', '0'],
  ])('adds %s and %s exactly: %s', (a, b, expected) => {
    expect(addDecimals(a, b)).toBe(expected);
  });

  it.each([
    ['9999', 4, true],
    ['10000', 4, false],
    ['0.5', 1, true],
  ])('%s below 10^%i: %s', (d, p, expected) => {
    expect(isBelowPowerOfTen(d, p)).toBe(expected);
  });

  it.each([
    ['1', '2', '0.5'],
    ['1', '8', '0.125'],
    ['2', '6', '1/3'],
    ['2', '3', '2/3'],
    ['3', '4', '0.75'],
    ['10', '5', '2'],
  ])('%s/%s is %s exactly', (n, d, expected) => {
    expect(exactRatio(n, d)).toBe(expected);
  });

  it('has no ratio with a zero denominator', () => {
    expect(exactRatio('1', '0')).toBeNull();
  });
});
