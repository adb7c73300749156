import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { FoldedDocument } from '../../../electron/shared/search/foldedDocument';
import { foldText } from '../../../electron/shared/search/foldText';
import { keywordInContext } from '../../../electron/shared/search/keywordInContext';
import { compileQuery, type SearchOptions } from '../../../electron/shared/search/query';
import { corpusFiles } from '../../sharedDir';

const DOCUMENTS = corpusFiles().map((path) => ({ name: basename(path), doc: new FoldedDocument(readFileSync(path, 'utf8')) }));

function compiled(query: string, options: SearchOptions) {
  const result = compileQuery(query, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.query;
}

describe('searching the corpus', () => {
  it('folds each document once per set of options', () => {
    const { doc } = DOCUMENTS[0]!;
    expect(doc.folded()).toBe(doc.folded({}));
    expect(doc.folded({ ignoreWhitespace: true })).not.toBe(doc.folded());
  });

  // Each pattern as typed, and as the native engine must read it on folded text.
  it.each([
    ['\\d+(?:\\.\\d+)?%', '\\d+(?:\\.\\d+)?%'],
    ['第[一二三四五六七八九十]+条', '第[一二三四五六七八九十]+条'],
    ['^[一二三四五六七八九十]+、', '^[一二三四五六七八九十]+、'],
    ['(?:提高|降低)[^，。；]{0,20}\\d', '(?:提高|降低)[^,。;]{0,20}\\d'],
  ])('%s finds what the native engine finds on the folded text', (typed, pattern) => {
    const query = compiled(typed, { regex: true });
    let total = 0;
    for (const { doc } of DOCUMENTS) {
      const { folded, map } = doc.folded();
      const native = [...folded.matchAll(new RegExp(pattern, 'gimu'))].map((m) => map.toOriginal(m.index, m.index + m[0].length));
      expect(doc.findAll(query)).toEqual({ ranges: native, stopped: null });
      total += native.length;
    }
    expect(total).toBeGreaterThan(20);
  });

  it('finds figures written in full-width digits with a half-width pattern', () => {
    const query = compiled('\\d+\\.\\d+%', { regex: true });
    const found = DOCUMENTS.flatMap(({ doc }) => {
      const offsets = new OffsetMap(doc.text);
      return doc.findAll(query).ranges.map((r) => offsets.slice(r.start, r.end));
    });
    expect(found.some((hit) => /^[０-９]+．[０-９]+％$/u.test(hit))).toBe(true);
    expect(found.some((hit) => /^[0-9]+\.[0-9]+%$/u.test(hit))).toBe(true);
  });

  it('finds every phrase cut from the corpus, typed half-width, where it stands', () => {
    let checked = 0;
    for (const { name, doc } of DOCUMENTS) {
      const chars = [...doc.text];
      for (let at = 1000; at + 12 < chars.length; at += 4001) {
        const phrase = chars.slice(at, at + 12).join('');
        const query = compiled(foldText(phrase).folded, {});
        const ranges = doc.findAll(query).ranges;
        const offsets = doc.offsets;
        for (const r of ranges) expect(foldText(offsets.slice(r.start, r.end)).folded, name).toBe(foldText(phrase).folded);
        expect(
          ranges.some((r) => r.start === at && r.end === at + 12),
          `${name} at ${at}`,
        ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives a context line in the hit’s sentence for every hit', () => {
    const query = compiled('就业', {});
    for (const { doc } of DOCUMENTS) {
      for (const range of doc.findAll(query).ranges) {
        const kwic = keywordInContext(doc.offsets, range, { width: 20 });
        expect(kwic.hit).toBe('就业');
        expect(kwic.before + kwic.hit + kwic.after).toBe(doc.offsets.slice(kwic.start, kwic.end));
        expect(kwic.before).not.toMatch(/[。！？；\n]/u);
      }
    }
  });
});
