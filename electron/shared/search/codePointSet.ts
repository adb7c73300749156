/**
 * One character class of a pattern (`.`, `\d`, `[^，。]`, `\p{Han}`), tested
 * by the native engine on single characters and remembered, so that its
 * meaning is exactly JavaScript's and each character costs one look-up after
 * its first test.
 */
export class CodePointSet {
  private readonly re: RegExp;
  /** Per BMP code point: 0 not yet tested, 1 outside, 2 inside. */
  private readonly bmp = new Uint8Array(0x10000);
  private readonly astral = new Map<number, boolean>();

  /** `source` is one class as the `u` mode reads it; `flags` adds `i` for a case-insensitive search. */
  constructor(source: string, flags: string) {
    this.re = new RegExp(source, flags);
  }

  has(cp: number): boolean {
    if (cp < 0x10000) {
      let known = this.bmp[cp]!;
      if (known === 0) this.bmp[cp] = known = this.re.test(String.fromCharCode(cp)) ? 2 : 1;
      return known === 2;
    }
    let inside = this.astral.get(cp);
    if (inside === undefined) this.astral.set(cp, (inside = this.re.test(String.fromCodePoint(cp))));
    return inside;
  }
}
