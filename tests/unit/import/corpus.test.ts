import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../electron/core/import/readDocuments';
import { CORPUS, NOW } from './importFixtures';
import { corpusFiles } from '../../sharedDir';

/** Every character but whitespace, in order: what no clean-up may lose or reorder. */
function ink(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/gu, '');
}

function firstLine(bytes: Uint8Array): string {
  return new TextDecoder()
    .decode(bytes)
    .split('\n')
    .map((line) => line.replace(/^[\s\u200b]+|[\s\u200b]+$/gu, ''))
    .find((line) => line !== '')!;
}

const files = corpusFiles(CORPUS);

describe('the corpus of government texts', () => {
  it('is there to test against', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
  });

  for (const path of files) {
    const name = relative(CORPUS, path);
    for (const cleanup of [true, false]) {
      it(`imports ${name} (cleanup ${cleanup ? 'on' : 'off'}) as one document without losing a character`, async () => {
        const bytes = new Uint8Array(await readFile(path));
        const { documents: docs, notices } = await readDocuments({ name: path.split('/').pop()!, bytes }, { cleanup, now: NOW });
        expect(notices).toEqual([]);
        expect(docs).toHaveLength(1);
        const doc = docs[0]!;
        expect(doc.source.captions).toEqual([]);
        expect(doc.source.dateline).toBeUndefined();
        expect(doc.source.byline).toBeUndefined();
        expect(ink(doc.text)).toBe(ink(new TextDecoder().decode(bytes)));
        expect(doc.text).not.toMatch(/\n\n|^\s|\s$|[ \t\u3000]\n|\n[ \t\u3000]/u);
        const chars = [...doc.text];
        for (const h of doc.headings) {
          // A heading covers one whole line.
          expect(h.start === 0 || chars[h.start - 1] === '\n').toBe(true);
          expect(h.end === chars.length || chars[h.end] === '\n').toBe(true);
          expect(chars.slice(h.start, h.end)).not.toContain('\n');
        }
        if (name.startsWith('national_gwr/')) {
          // A salutation ('各位代表：') or an opening paragraph is no title: the file name stands in.
          const first = firstLine(bytes);
          const titleLike = first.length <= 60 && !/[：:！!，,。；;]$/u.test(first);
          expect(doc.title).toBe(
            titleLike
              ? first
              : name
                  .split('/')
                  .pop()!
                  .replace(/\.txt$/, ''),
          );
        }
        if (!cleanup) expect(doc.headings).toEqual([]);
      });
    }
  }

  it('recognises numbered clauses as headings of their own in regulations', async () => {
    const path = files.find((f) => f.includes('中山市政务数据管理办法'))!;
    const {
      documents: [doc],
    } = await readDocuments({ name: 'x.txt', bytes: new Uint8Array(await readFile(path)) }, { cleanup: true, now: NOW });
    const chars = [...doc!.text];
    const headings = doc!.headings.map((h) => ({ text: chars.slice(h.start, h.end).join(''), level: h.level }));
    expect(doc!.title).toBe('中山市政务数据管理办法');
    expect(headings).toContainEqual({ text: '第一章 总 则', level: 2 });
    expect(headings).toContainEqual({ text: '第二章 目录管理与基础建设', level: 2 });
  });

  it('recognises the numbered sections of a work report, unglued from the paragraph after them', async () => {
    const {
      documents: [doc],
    } = await readDocuments(
      { name: 'gwr_2023.txt', bytes: new Uint8Array(await readFile(`${CORPUS}/national_gwr/gwr_2023.txt`)) },
      { cleanup: true, now: NOW },
    );
    const lines = doc!.text.split('\n');
    expect(lines).toContain('一、过去一年和五年工作回顾');
    const chars = [...doc!.text];
    expect(doc!.headings.map((h) => chars.slice(h.start, h.end).join(''))).toContain('一、过去一年和五年工作回顾');
    expect(doc!.headings[0]).toMatchObject({ start: 0, level: 1 });
    expect(doc!.title).toBe('政府工作报告');
  });
});
