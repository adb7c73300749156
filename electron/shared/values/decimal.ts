/**
 * Exact decimal arithmetic on strings, for amounts. A binary float cannot
 * hold 4.52 (4.52 × 10000 prints 45199.99999999999), so an amount never
 * becomes a JavaScript number: scaling by a power of ten moves the decimal
 * point in the digit string, sums go through BigInt on aligned digits.
 *
 * A canonical decimal has ASCII digits, an optional '-', no leading zeros
 * before the point, no trailing zeros after it and no '-0': "40000", "5.5",
 * "0.04", "-3".
 */

const DECIMAL = /^(-?)(\d*)(?:\.(\d*))?$/;

interface Parts {
  negative: boolean;
  int: string;
  frac: string;
}

function parts(decimal: string): Parts {
  const m = DECIMAL.exec(decimal);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`not a decimal: ${decimal}`);
  return { negative: m[1] === '-', int: m[2]!, frac: m[3] ?? '' };
}

/**
 * The canonical form of a decimal written with ASCII digits and an optional
 * point and sign ("0012.50" → "12.5", "-0.0" → "0", ".5" → "0.5"), or null
 * when `text` is not such a decimal.
 */
export function normalizeDecimal(text: string): string | null {
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const int = m[2]!.replace(/^0+/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac === '' ? int : `${int}.${frac}`;
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

/**
 * `decimal` × 10^`power`, exactly: the point moves `power` places right
 * (left when negative). shiftDecimal("4.52", 4) is "45200".
 */
export function shiftDecimal(decimal: string, power: number): string {
  const { negative, int, frac } = parts(decimal);
  let digits = int + frac;
  let point = int.length + power;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  return normalizeDecimal(`${negative ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`)!;
}

function scaled(p: Parts, places: number): bigint {
  const magnitude = BigInt((p.int || '0') + p.frac.padEnd(places, '0'));
  return p.negative ? -magnitude : magnitude;
}

function unscaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, '0');
  const cut = digits.length - places;
  return normalizeDecimal(`${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`)!;
}

/** a + b, exactly, for canonical decimals. */
export function addDecimals(a: string, b: string): string {
  const pa = parts(a);
  const pb = parts(b);
  const places = Math.max(pa.frac.length, pb.frac.length);
  return unscaled(scaled(pa, places) + scaled(pb, places), places);
}

/** Whether a canonical decimal is below 10^`power` in magnitude. */
export function isBelowPowerOfTen(decimal: string, power: number): boolean {
  const { int } = parts(decimal);
  return int === '0' || int.length <= power;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * numerator / denominator for two non-negative integers, exactly: a
 * canonical decimal when the quotient terminates (1/2 → "0.5", 1/8 →
 * "0.125"), else the fraction in lowest terms ("2/6" → "1/3"), which no
 * decimal string can hold. Null when the denominator is zero.
 */
export function exactRatio(numerator: string, denominator: string): string | null {
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d === 0n) return null;
  const g = gcd(n, d);
  n /= g;
  d /= g;
  // The quotient terminates exactly when the reduced denominator is 2^a·5^b;
  // then n × 10^max(a,b) / d is an integer and the point moves max(a,b) places.
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  if (rest !== 1n) return `${n}/${d}`;
  const places = Math.max(twos, fives);
  return unscaled((n * 10n ** BigInt(places)) / d, places);
}
