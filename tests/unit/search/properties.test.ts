import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, OffsetMap } from '../../../electron/shared/codePoints';
import { foldText } from '../../../electron/shared/search/foldText';
import { findAll } from '../../../electron/shared/search/findAll';

/**
 * Random texts in the characters that matter: astral ideographs and emoji,
 * full-width and half-width forms, radicals and compatibility ideographs,
 * the ellipsis that folds to three characters, whitespace of every kind.
 */
const UNITS = [...'万亿广东郎城镇新增就业4１.．,，;；()（）。、…abAＢ', '𠮷', '😀', '⼴', '郎', ' ', '　', '\n', '\r\n', '\t'];
const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 60 });
const options = fc.record({ ignoreWhitespace: fc.boolean(), caseSensitive: fc.boolean() });

describe('every match maps back to the original text', () => {
  it('the fold map gives each folded unit the character it was folded from', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        const { folded, map } = foldText(t, o);
        const chars = [...t];
        expect(map.originalLength).toBe(chars.length);
        let rebuilt = '';
        for (let i = 0; i < folded.length;) {
          let j = i + 1;
          while (!map.isBoundary(j)) j++;
          const { start, end } = map.toOriginal(i, j);
          expect(end).toBe(start + 1);
          expect(foldText(chars[start]!, o).folded).toBe(folded.slice(i, j));
          rebuilt += folded.slice(i, j);
          i = j;
        }
        expect(rebuilt).toBe(folded);
      }),
      { numRuns: 500 },
    );
  });

  it('a literal match covers an original substring whose fold is the folded query, and every occurrence is found', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 1, max: 6 }), options, (t, seed, size, o) => {
        const chars = [...t];
        if (chars.length === 0) return;
        // A query cut from the text itself, so that most runs find something; its own width variants are folded the same.
        const from = seed % chars.length;
        const query = chars.slice(from, from + size).join('');
        const wanted = foldText(query, o).folded;
        const result = findAll(t, query, o);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const offsets = new OffsetMap(t);
        let last = 0;
        for (const r of result.ranges) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(codePointLength(t));
          expect(foldText(offsets.slice(r.start, r.end), o).folded).toBe(wanted);
          last = r.end;
        }
        if (wanted !== '') expect(result.ranges.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('a regex match covers an original substring that the pattern matches whole once folded', () => {
    // Each pattern as an analyst might type it, and as it reads on folded text.
    const pattern = fc.constantFrom(
      ['\\d+', '\\d+'],
      ['[４4]万', '[44]万'],
      ['城镇.?新增', '城镇.?新增'],
      ['[，,；]', '[,,;]'],
      ['…', '\\.\\.\\.'],
      ['\\S+', '\\S+'],
      ['[^\\s，,]+', '[^\\s,,]+'],
      ['\\p{Script=Han}{2}', '\\p{Script=Han}{2}'],
      ['郎|⼴东', '郎|广东'],
      ['ａ|B', 'a|B'],
    );
    fc.assert(
      fc.property(text, pattern, options, (t, [typed, plain], o) => {
        const result = findAll(t, typed, { ...o, regex: true });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const offsets = new OffsetMap(t);
        const whole = new RegExp(`^(?:${plain})$`, o.caseSensitive ? 'u' : 'iu');
        for (const r of result.ranges) expect(foldText(offsets.slice(r.start, r.end), o).folded).toMatch(whole);
      }),
      { numRuns: 500 },
    );
  });
});

/** Random patterns over a small alphabet, of every construct the engine runs. */
const patternSource = fc.letrec<{ alt: string; seq: string; term: string; atom: string }>((tie) => ({
  alt: fc.oneof(
    { depthSize: 'small' },
    tie('seq'),
    fc.tuple(tie('seq'), tie('seq')).map(([a, b]) => `${a}|${b}`),
  ),
  seq: fc.array(tie('term'), { minLength: 1, maxLength: 4 }).map((items) => items.join('')),
  term: fc.oneof(
    tie('atom'),
    fc
      .tuple(tie('atom'), fc.constantFrom('*', '+', '?', '{2}', '{0,2}', '{1,}'), fc.boolean())
      .map(([a, q, lazy]) => `${a}${q}${lazy ? '?' : ''}`),
    fc.constantFrom('^', '$', '\\b', '\\B'),
  ),
  atom: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('a', 'b', '𠮷', '.', '[ab]', '[^a]', '\\s', '\\w'),
    tie('alt').map((a) => `(?:${a})`),
    tie('alt').map((a) => `(${a})`),
  ),
}));

describe('the engine agrees with the native engine', () => {
  it('finds the same matches as String.matchAll, empty ones left out', () => {
    const subject = fc.string({ unit: fc.constantFrom('a', 'b', '𠮷', ' ', '\n'), maxLength: 20 });
    fc.assert(
      fc.property(patternSource.alt, subject, (p, t) => {
        const offsets = new OffsetMap(t);
        const native = [...t.matchAll(new RegExp(p, 'gmu'))]
          .filter((m) => m[0] !== '')
          .map((m) => ({ start: offsets.toCodePoint(m.index), end: offsets.toCodePoint(m.index + m[0].length) }));
        const result = findAll(t, p, { regex: true, caseSensitive: true });
        expect(result).toEqual({ ok: true, ranges: native, stopped: null });
      }),
      { numRuns: 3000 },
    );
  });
});
