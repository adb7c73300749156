import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import type { ExportSnapshot } from '../../../electron/core/export/exportTypes';
import { planMerge } from '../../../electron/core/interchange/planMerge';
import type { Interchange } from '../../../electron/core/interchange/interchangeTypes';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { ExportRequestSchema, type OffsetUnit } from '../../../electron/shared/contract';
import { buildSnapshot } from './exportFixture';

type SpanTuple = [text: string, start: number, end: number, tag: string, note: string, quote: string];

function sessionSpans(snapshot: ExportSnapshot): SpanTuple[] {
  const docs = new Map(snapshot.documents.map((d) => [d.id, d.text]));
  return snapshot.annotations
    .map((a): SpanTuple => [docs.get(a.docId)!, a.start, a.end, a.tag, a.note, a.quote])
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2] || x[3].localeCompare(y[3])));
}

/**
 * Exports, writes the file to disk, reads it back and merges it into an empty session: the spans as that session would hold them.
 * `offsets` (jsonl only) is given to both sides, or left to both defaults (doccano's UTF-16).
 */
async function roundTrip(snapshot: ExportSnapshot, format: 'json' | 'jsonl' | 'brat' | 'w3c', offsets?: OffsetUnit) {
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format, offsets }));
  const dir = await mkdtemp(join(tmpdir(), 'pizhu-export-'));
  await writeFile(join(dir, file.fileName), file.bytes);
  const incoming = (await readInterchange(file.fileName, await readFile(join(dir, file.fileName)), { offsets }))!;
  const plan = planMerge({ tags: [], documents: [], annotations: [] }, incoming);
  const texts = new Map(plan.newDocuments.map((d) => [d.key, d.text]));
  const spans = plan.newAnnotations
    .map((a): SpanTuple => {
      const text = texts.get(a.docKey)!;
      return [text, a.start, a.end, a.tag, a.note, new OffsetMap(text).slice(a.start, a.end)];
    })
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2] || x[3].localeCompare(y[3])));
  return { file, incoming, plan, spans };
}

describe.each([
  ['json', undefined],
  ['jsonl', undefined],
  ['jsonl', 'codepoints'],
  ['brat', undefined],
  ['w3c', undefined],
] as const)('%s round trip (offsets: %s)', (format, offsets) => {
  it('brings back every span, tag, note and document text exactly', async () => {
    const snapshot = buildSnapshot();
    const { incoming, plan, spans } = await roundTrip(snapshot, format, offsets);
    expect(incoming.kind).toBe(format);
    expect(spans).toEqual(sessionSpans(snapshot));
    expect(plan.newDocuments.map((d) => d.text)).toEqual(snapshot.documents.map((d) => d.text));
    expect(plan.newDocuments.map((d) => d.hash)).toEqual(snapshot.documents.map((d) => d.hash));
    expect(plan.newTags.map((t) => t.id).sort()).toEqual(snapshot.tags.map((t) => t.id).sort());
    expect(plan.duplicateAnnotations).toBe(0);
    expect(incoming.notices).toEqual([]);
  });

  it('adds nothing when merged into the session it came from', async () => {
    const snapshot = buildSnapshot();
    const { incoming } = await roundTrip(snapshot, format, offsets);
    const plan = planMerge(snapshot, incoming);
    expect(plan.newAnnotations).toEqual([]);
    expect(plan.newDocuments).toEqual([]);
    expect(plan.newTags).toEqual([]);
    expect(plan.duplicateAnnotations).toBe(snapshot.annotations.length);
    expect(Object.values(plan.existingDocIdByKey).sort()).toEqual(snapshot.documents.map((d) => d.id).sort());
  });
});

describe('json round trip', () => {
  it('keeps headings, sources, titles, labels and times', async () => {
    const snapshot = buildSnapshot();
    const { incoming } = await roundTrip(snapshot, 'json');
    expect(incoming.documents.map(({ key, ...d }) => ({ id: key, ...d }))).toEqual(snapshot.documents);
    expect(incoming.tags).toEqual(snapshot.tags);
    expect(incoming.annotations.map((a) => [a.created, a.modified])).toEqual(
      [...snapshot.annotations]
        .sort((x, y) => x.docId.localeCompare(y.docId) || x.start - y.start || x.end - y.end)
        .map((a) => [a.created, a.modified]),
    );
  });
});

describe('export scope', () => {
  it('exports only the requested documents and tags', async () => {
    const snapshot = buildSnapshot();
    const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'json', docIds: ['doc-c'], tags: ['target'] }));
    const incoming = (await readInterchange(file.fileName, file.bytes))!;
    expect(incoming.documents.map((d) => d.key)).toEqual(['doc-c']);
    const expected = snapshot.annotations.filter((a) => a.docId === 'doc-c' && a.tag === 'target');
    expect(incoming.annotations).toHaveLength(expected.length);
    expect(new Set(incoming.annotations.map((a) => a.tag))).toEqual(new Set(['target']));
    expect(incoming.tags.map((t) => t.id)).toEqual(['target']);
  });

  it('names the file after the session, safely for every OS', async () => {
    const file = await exportSpans(buildSnapshot(), ExportRequestSchema.parse({ format: 'brat' }));
    expect(file.fileName).toBe('青岛_市北_ 2023 _五大战场_.brat.zip');
  });
});

describe('planMerge', () => {
  const doc = (key: string, text: string, hash: string): Interchange['documents'][number] => ({
    key,
    title: key,
    text,
    hash,
    headings: [],
    source: {
      fileName: 'x.jsonl',
      format: 'jsonl',
      encoding: 'UTF-8',
      importedAt: '2026-01-01T00:00:00.000Z',
      cleanup: false,
      captions: [],
    },
  });

  it('merges repeated texts in one file into one new document and drops repeated spans', () => {
    const incoming: Interchange = {
      kind: 'jsonl',
      tags: [{ id: 'target', label: { zh: '新', en: 'New' }, color: '#000000', hotkey: '1' }],
      labelledTags: ['target'],
      notices: [],
      documents: [doc('line-1', 'abc', 'h1'), doc('line-2', 'abc', 'h1')],
      annotations: [
        { docKey: 'line-1', start: 0, end: 1, tag: 'target', note: '' },
        { docKey: 'line-2', start: 0, end: 1, tag: 'target', note: 'again' },
        { docKey: 'line-2', start: 1, end: 2, tag: 'fresh', note: '' },
      ],
      relationTypes: [],
      relations: [],
    };
    const plan = planMerge(
      { tags: [{ id: 'other', label: { zh: 'o', en: 'o' }, color: '#111111', hotkey: '1' }], documents: [], annotations: [] },
      incoming,
    );
    expect(plan.newDocuments.map((d) => d.key)).toEqual(['line-1']);
    expect(plan.newAnnotations.map((a) => [a.docKey, a.start, a.tag])).toEqual([
      ['line-1', 0, 'target'],
      ['line-1', 1, 'fresh'],
    ]);
    expect(plan.duplicateAnnotations).toBe(1);
    expect(plan.newTags.map((t) => [t.id, t.hotkey])).toEqual([
      ['target', null],
      ['fresh', null],
    ]);
    expect(plan.newTags[1]!.color).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
