import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { noticeCounts, noticeDetail, readFromDisk } from './interchangeFixture';

// Line 2 starts at code point 12; 𠮷 is one code point (two UTF-16 units), as brat counts.
const TEXT = '市北区发力扩大内需战场\n推动𠮷野家项目落地提质';

async function bratZip(ann: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('col/doc.txt', TEXT);
  zip.file('col/doc.ann', ann.join('\n') + '\n');
  return zip.generateAsync({ type: 'uint8array' });
}

describe('brat import: what Pizhu cannot carry over is reported, never merged or dropped silently', () => {
  it('keeps a discontinuous span as its fragments, never merged into one, with its note', async () => {
    const read = await readFromDisk(
      'brat.zip',
      await bratZip([
        'T1\tpolicy 5 9\t扩大内需',
        'T2\ttarget 0 3;5 9\t市北区 扩大内需',
        '#1\tAnnotatorNotes T1\t第一条',
        '#2\tAnnotatorNotes T2\t断开的',
      ]),
    );
    expect(read.annotations.map((a) => [a.start, a.end, a.tag, a.note, a.fragments])).toEqual([
      [5, 9, 'policy', '第一条', undefined],
      [
        0,
        9,
        'target',
        '断开的',
        [
          { start: 0, end: 3 },
          { start: 5, end: 9 },
        ],
      ],
    ]);
    expect(read.notices).toEqual([]);
  });

  it('joins across a line break but keeps pieces apart by text as fragments', async () => {
    const read = await readFromDisk('brat.zip', await bratZip(['T1	target 0 3;9 11;12 14	市北区 战场 推动']));
    expect(read.annotations.map((a) => a.fragments)).toEqual([
      [
        { start: 0, end: 3 },
        { start: 9, end: 14 },
      ],
    ]);
  });

  it('reads pieces apart only by a line break as the one span across lines that they are', async () => {
    const read = await readFromDisk('brat.zip', await bratZip(['T1\ttarget 9 11;12 14\t战场 推动']));
    expect(read.annotations.map((a) => [a.start, a.end])).toEqual([[9, 14]]);
    expect(read.notices).toEqual([]);
  });

  it('reads relations between two spans with their notes, and counts events, attributes, normalisations, equivalences and other comments by kind', async () => {
    const read = await readFromDisk(
      'brat.zip',
      await bratZip([
        'T1\tpolicy 5 9\t扩大内需',
        'T3\tproject 14 17\t𠮷野家',
        'R1\tPart-of Arg1:T1 Arg2:T3',
        'R2\tPart-of Arg1:T3 Arg2:T1',
        'E1\tEvent:T1 Theme:T3',
        'A1\tNegation E1',
        'M1\tSpeculation E1',
        'N1\tReference T1 Wikipedia:123\t扩大内需',
        '*\tEquiv T1 T3',
        'R3\tTheme Arg1:E1 Arg2:T3',
        '#1\tAnnotatorNotes R1\t关系的注',
        '#2\tLemma T3\t吉野家',
        '#3\tAnnotatorNotes R3\t不导入',
      ]),
    );
    expect(read.relations).toEqual([
      { docKey: 'col/doc', type: 'part-of', from: 'T1', to: 'T3', note: '关系的注' },
      { docKey: 'col/doc', type: 'part-of', from: 'T3', to: 'T1', note: '' },
    ]);
    expect(read.relationTypes.map((t) => [t.id, t.label.en])).toEqual([['part-of', 'Part-of']]);
    expect(read.annotations.map((a) => [a.start, a.end, a.tag, a.note])).toEqual([
      [5, 9, 'policy', ''],
      [14, 17, 'project', ''],
    ]);
    expect(noticeCounts(read.notices)).toEqual({ relations: 1, events: 1, attributes: 2, normalizations: 1, equivalences: 1, notes: 2 });
    expect(noticeDetail(read.notices, 'relations')).toBe('Theme E1→T3 in col/doc.ann');
    expect(noticeDetail(read.notices, 'notes')).toBe('Lemma on spans, AnnotatorNotes on relations not imported');
  });

  it('skips a T line that does not fit the text and a line of no brat kind, names them, and keeps the rest', async () => {
    const read = await readFromDisk(
      'brat.zip',
      await bratZip([
        'T1\tpolicy 5 9\t扩大内需',
        'T4\tpolicy 0 3\t不对',
        'T5\tpolicy 20 99\t太长',
        'T6 broken',
        'X1\tsomething',
        '',
        'T7\ttarget 12 14\t推动',
      ]),
    );
    expect(read.annotations.map((a) => [a.start, a.end])).toEqual([
      [5, 9],
      [12, 14],
    ]);
    expect(noticeCounts(read.notices)).toEqual({ 'bad-lines': 3, 'unknown-lines': 1 });
    const detail = noticeDetail(read.notices, 'bad-lines');
    expect(detail).toContain('col/doc.ann line 2: quotes "不对" but the text there is "市北区"');
    expect(detail).toContain('col/doc.ann line 3: span 20–99 lies outside its text (23 characters)');
    expect(detail).toContain('col/doc.ann line 4');
    expect(noticeDetail(read.notices, 'unknown-lines')).toBe('col/doc.ann line 5');
  });

  it('reports nothing for a file Pizhu can carry over whole', async () => {
    const read = await readFromDisk('brat.zip', await bratZip(['T1\tpolicy 5 9\t扩大内需', '#1\tAnnotatorNotes T1\t注']));
    expect(read.notices).toEqual([]);
  });
});
