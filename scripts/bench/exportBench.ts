import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { exportSpans } from '../../electron/core/export/exportSpans';
import type { ExportSnapshot } from '../../electron/core/export/exportTypes';
import { textHash } from '../../electron/core/interchange/textHash';
import { codePointLength, OffsetMap } from '../../electron/shared/codePoints';
import { EXPORT_FORMATS, ExportRequestSchema } from '../../electron/shared/contract';
import { DEFAULT_TAGS } from '../../electron/shared/defaultTags';
import type { Annotation, DocumentRecord } from '../../electron/shared/model';
import { median, type Bench } from './figure';
import { corpusFiles, sharedPath } from '../../tests/sharedDir';

const CORPUS = process.env.PIZHU_CORPUS ?? sharedPath('corpus');
const SPANS = 50_000;
const RUNS = 3;

/** A fixed-seed generator, so every run measures the same spans. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every corpus text as a document (lines as paragraphs) with 50,000 spans spread by length. */
function corpusSnapshot(): ExportSnapshot {
  const documents: DocumentRecord[] = corpusFiles(CORPUS).map((path, i) => {
    const text = readFileSync(path, 'utf8')
      .split(/\r\n|\r|\n/)
      .join('\n');
    return {
      id: `doc-${i}`,
      title: path
        .split('/')
        .pop()!
        .replace(/\.txt$/, ''),
      text,
      headings: [],
      hash: textHash(text),
      source: { fileName: path, format: 'txt', encoding: 'UTF-8', importedAt: '2026-01-01T00:00:00.000Z', cleanup: false, captions: [] },
    };
  });
  const lengths = documents.map((d) => codePointLength(d.text));
  const total = lengths.reduce((a, b) => a + b, 0);
  const next = random(42);
  const annotations: Annotation[] = [];
  documents.forEach((doc, i) => {
    const map = new OffsetMap(doc.text);
    const count = i === documents.length - 1 ? SPANS - annotations.length : Math.round((SPANS * lengths[i]!) / total);
    for (let n = 0; n < count; n++) {
      const start = Math.floor(next() * (lengths[i]! - 31));
      const end = start + 2 + Math.floor(next() * 30);
      annotations.push({
        id: `a-${annotations.length}`,
        docId: doc.id,
        start,
        end,
        quote: map.slice(start, end),
        tag: DEFAULT_TAGS[n % DEFAULT_TAGS.length]!.id,
        note: n % 5 === 0 ? `备注 ${n}` : '',
        created: '2026-01-02T03:04:05.000Z',
        modified: '2026-01-02T03:04:05.000Z',
      });
    }
  });
  return { sessionName: 'corpus', exportedAt: '2026-01-03T00:00:00.000Z', tags: [...DEFAULT_TAGS], documents, annotations };
}

/** Time to export 50,000 spans over the whole corpus in each format (median of three runs). */
const bench: Bench = async (report) => {
  const snapshot = corpusSnapshot();
  report('export.spans', snapshot.annotations.length, 'spans');
  for (const format of EXPORT_FORMATS) {
    const request = ExportRequestSchema.parse({ format });
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      await exportSpans(snapshot, request);
      times.push(performance.now() - t0);
    }
    report(`export.${format}.ms`, median(times), 'ms');
  }
};

export default bench;
