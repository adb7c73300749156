import { describe, expect, it } from 'vitest';
import { PizhuError } from '../../../electron/shared/errors';
import { noticeCounts, noticeDetail, readFromDisk } from './interchangeFixture';

// UTF-16: 𠮷 0–2, 野家的 2–5, 😀 5–7, 早餐 7–9, ； 9, 推动 10–12, 扩大内需 12–16.
// Code points: 𠮷 0–1, 野家的 1–4, 😀 4–5, 早餐 5–7, ； 7, 推动 8–10, 扩大内需 10–14.
const TEXT = '𠮷野家的😀早餐；推动扩大内需';

const jsonl = (...lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
const spans = (read: Awaited<ReturnType<typeof readFromDisk>>) => read.annotations.map((a) => [a.docKey, a.start, a.end, a.tag, a.note]);

describe('doccano JSONL offsets', () => {
  it("reads doccano's own unit, UTF-16 code units, by default: spans after an astral character are not shifted", async () => {
    const file = jsonl({
      text: TEXT,
      label: [
        [0, 2, 'project'],
        [5, 9, 'target'],
        [12, 16, 'policy'],
      ],
      notes: [[12, 16, 'policy', '注']],
    });
    const read = await readFromDisk('doccano.jsonl', file);
    expect(spans(read)).toEqual([
      ['line-1', 0, 1, 'project', ''],
      ['line-1', 4, 7, 'target', ''],
      ['line-1', 10, 14, 'policy', '注'],
    ]);
    expect(read.notices).toEqual([]);
    expect(spans(await readFromDisk('doccano.jsonl', file, { offsets: 'utf16' }))).toEqual(spans(read));
  });

  it("reads code points when asked to (offsets: 'codepoints')", async () => {
    const file = jsonl({
      text: TEXT,
      label: [
        [0, 1, 'project'],
        [10, 14, 'policy'],
      ],
      notes: [[10, 14, 'policy', '注']],
    });
    expect(spans(await readFromDisk('doccano.jsonl', file, { offsets: 'codepoints' }))).toEqual([
      ['line-1', 0, 1, 'project', ''],
      ['line-1', 10, 14, 'policy', '注'],
    ]);
  });

  it('reports a UTF-16 offset inside a surrogate pair as a bad span instead of shifting it, and keeps the line', async () => {
    const read = await readFromDisk(
      'doccano.jsonl',
      jsonl({
        text: TEXT,
        label: [
          [1, 4, 'target'],
          [12, 16, 'policy'],
          [12, 40, 'policy'],
        ],
      }),
    );
    expect(spans(read)).toEqual([['line-1', 10, 14, 'policy', '']]);
    expect(read.documents).toHaveLength(1);
    expect(noticeCounts(read.notices)).toEqual({ 'bad-spans': 2 });
    const detail = noticeDetail(read.notices, 'bad-spans');
    expect(detail).toContain('line 1: 1–4 splits the character 𠮷');
    expect(detail).toContain('line 1: 12–40 lies outside its text (16 UTF-16 units)');
  });
});

describe('doccano JSONL lines', () => {
  it('imports the good lines and names the bad ones by line number', async () => {
    const file = jsonl(
      { text: '第一篇', label: [[0, 2, 'policy']] },
      { text: '第二篇', label: [] },
      { label: [[0, 1, 'policy']] },
      { text: '第四篇', label: [[1, 3, 'target']] },
      '',
      'not json',
      { text: 5 },
      { text: '第八篇', label: [[0, 1]] },
    );
    const read = await readFromDisk('doccano.jsonl', file);
    expect(read.documents.map((d) => [d.key, d.text])).toEqual([
      ['line-1', '第一篇'],
      ['line-2', '第二篇'],
      ['line-4', '第四篇'],
    ]);
    expect(spans(read)).toEqual([
      ['line-1', 0, 2, 'policy', ''],
      ['line-4', 1, 3, 'target', ''],
    ]);
    expect(noticeCounts(read.notices)).toEqual({ 'bad-lines': 4 });
    expect(noticeDetail(read.notices, 'bad-lines')).toMatch(/^lines 3, 6, 7, 8 \(line 3 has no "text"; line 6 is not JSON; /);
  });

  it('refuses a file none of whose lines is a document, saying why for the first', async () => {
    const error = await readFromDisk('doccano.jsonl', jsonl({ label: [] }, 'oops')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PizhuError);
    expect((error as PizhuError).message).toBe('doccano.jsonl: no line is a document (line 1 has no "text"; line 2 is not JSON)');
  });

  it("reads the relation-extraction export's entity objects as spans and its relations as relations; reports a relation without both ends, and comments", async () => {
    const text = 'Google was founded on September 4, 1998, by Larry Page and Sergey Brin.';
    const read = await readFromDisk(
      'relations.jsonl',
      jsonl({
        id: 7,
        text,
        entities: [
          { id: 0, start_offset: 0, end_offset: 6, label: 'ORG' },
          { id: 2, start_offset: 44, end_offset: 54, label: 'PERSON' },
          { id: 3, start_offset: 59, end_offset: 70 },
        ],
        relations: [
          { id: 1, from_id: 0, to_id: 2, type: 'foundedBy' },
          { id: 2, from_id: 0, to_id: 3, type: 'foundedBy' },
        ],
        Comments: [{ id: 1, comment: 'check the date' }],
      }),
    );
    expect(spans(read)).toEqual([
      ['line-1', 0, 6, 'org', ''],
      ['line-1', 44, 54, 'person', ''],
    ]);
    expect(read.relations).toEqual([{ docKey: 'line-1', type: 'foundedby', from: '0', to: '2', note: '' }]);
    expect(read.relationTypes.map((t) => [t.id, t.label.en])).toEqual([['foundedby', 'foundedBy']]);
    expect(noticeCounts(read.notices)).toEqual({ relations: 1, notes: 1, 'bad-spans': 1 });
    expect(noticeDetail(read.notices, 'relations')).toBe('line 1: foundedBy 0→3');
    expect(noticeDetail(read.notices, 'bad-spans')).toBe('line 1: 59–70 has no label');
  });

  it("reads intent-detection triples in `entities` as spans and reports the documents' categories", async () => {
    const read = await readFromDisk(
      'intent.jsonl',
      jsonl(
        {
          text: 'Find a flight from Memphis to Tacoma',
          entities: [
            [19, 26, 'City'],
            [30, 36, 'City'],
          ],
          cats: ['flight'],
        },
        { text: 'Terrible customer service.', label: ['negative'] },
      ),
    );
    expect(spans(read)).toEqual([
      ['line-1', 19, 26, 'city', ''],
      ['line-1', 30, 36, 'city', ''],
    ]);
    expect(read.documents).toHaveLength(2);
    expect(noticeCounts(read.notices)).toEqual({ categories: 2 });
    expect(noticeDetail(read.notices, 'categories')).toBe('flight, negative');
  });
});
