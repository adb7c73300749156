/**
 * Folds the variants that numbers and units are written in onto one form
 * each, one UTF-16 unit for one, so that an offset found in the folded text
 * holds in the original: full-width ASCII (１．３万 → 1.3万, ５％ → 5%, ，→ ,),
 * the ideographic space, the traditional characters of numbers, counters,
 * units and 內 (萬 億 兩 點 個 戶 噸 畝), as in the 1954 report, and ○ for 〇. Indicators are cut from
 * the original text, so what the reader sees is never folded.
 */

const TRADITIONAL: Readonly<Record<string, string>> = {
  萬: '万',
  億: '亿',
  兩: '两',
  點: '点',
  個: '个',
  戶: '户',
  噸: '吨',
  畝: '亩',
  內: '内',
  // The white circle the 1975 report writes for zero in its years (一九八○年).
  '○': '〇',
};

/** `text` with full-width ASCII, the ideographic space and traditional numeral characters folded; same length. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += TRADITIONAL[ch] ?? ch;
  }
  return out;
}
