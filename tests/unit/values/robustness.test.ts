import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../electron/shared/values/chineseNumerals';
import { findQuantities } from '../../../electron/shared/values/quantity';
import { parseTargetValue } from '../../../electron/shared/values/targetValue';
import { TargetValueSchema } from '../../../electron/shared/values/valueSchema';
import { sharedPath } from '../../sharedDir';

/** Characters that numbers, units, cue words and punctuation are made of, mixed with others. */
const ALPHABET = [
  ...'0123456789０１２３.．,，%％‰-—~至到零〇一二两三四五六七八九十百千万亿点几多余分之半负万人元亩斤吨个家年月底前内以上下左右约超过不低于确保力争比去基础在“”十四五末，。；：（）《》第GPM的新增下降',
];
const messy = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 40 });

describe('no text breaks the parser', () => {
  it('any mix of numerals, units and cue words gives null or a valid value, and quantities stay in the text', () => {
    fc.assert(
      fc.property(messy, fc.option(fc.integer({ min: 1949, max: 2100 }), { nil: undefined }), (text, documentYear) => {
        const v = parseTargetValue(text, { documentYear });
        if (v !== null) expect(TargetValueSchema.safeParse(v).success).toBe(true);
        for (const q of findQuantities(text)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
        }
        const n = parseChineseNumber(text);
        if (n?.value != null) expect(n.value).toMatch(/^(?:-?\d+(?:\.\d+)?|\d+\/\d+)$/u);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(['national_gwr/gwr_2018.txt', 'national_gwr/gwr_2023.txt'])('every sentence of %s gives null or a valid value', (file) => {
    const sentences = readFileSync(sharedPath('corpus', file), 'utf8')
      .split(/(?<=[。；！？\n])/u)
      .filter((x) => x.trim() !== '');
    expect(sentences.length).toBeGreaterThan(300);
    for (const sentence of sentences) {
      const v = parseTargetValue(sentence, { documentYear: 2020 });
      if (v !== null) expect(TargetValueSchema.safeParse(v).success, sentence).toBe(true);
    }
  });
});
