import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/createCore';
import type { Core } from '../../electron/core/coreTypes';
import type { ImportPreview, ImportReport } from '../../electron/shared/contract';
import { DEFAULT_TAGS } from '../../electron/shared/defaultTags';
import { filterSpans, NO_SPAN_FILTER } from '../../electron/shared/table/filterSpans';
import { SPAN_COLUMN_IDS } from '../../electron/shared/table/spanColumns';
import { spanEntries } from '../../electron/shared/table/spanEntries';
import type { SpanTable } from '../../electron/shared/table/spanTableSchema';
import { sortSpans } from '../../electron/shared/table/sortSpans';
import { corpusFiles } from '../../tests/sharedDir';
import { median, type Bench } from './figure';

const DOCUMENTS = 50;
const CHARS = 20_000;
const SPANS_PER_DOCUMENT = 1_000;
const RUNS = 9;

/** CPU time of this process in ms: on a machine other work keeps busy, closer to what the work costs than the wall clock. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** 50 documents of 20,000 code points, cut at even steps from the whole corpus joined (as the search bench makes them). */
function documents(): string[] {
  const corpus = [
    ...corpusFiles()
      .map((path) => readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'))
      .join('\n'),
  ];
  const step = Math.floor((corpus.length - CHARS) / (DOCUMENTS - 1));
  return Array.from({ length: DOCUMENTS }, (_, i) => corpus.slice(i * step, i * step + CHARS).join(''));
}

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** A fixed-seed generator, so every run measures the same spans. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A session of the 50 documents with 1,000 spans each, the three default tags in turn, made through the core. */
async function makeSession(core: Core): Promise<void> {
  const texts = documents();
  const files = texts.map((text, i) => ({ name: `part${i}.txt`, data: Buffer.from(text).toString('base64') }));
  const preview = await call<ImportPreview>(core, 'import.preview', { files, cleanup: false });
  const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
  const next = random(13);
  for (const doc of report.created) {
    // The imported text, not the file's: import normalises line breaks and spaces.
    const { length } = doc;
    for (const [t, tag] of DEFAULT_TAGS.entries()) {
      const count = Math.floor(SPANS_PER_DOCUMENT / DEFAULT_TAGS.length) + (t < SPANS_PER_DOCUMENT % DEFAULT_TAGS.length ? 1 : 0);
      // Each range once: createMany makes no span twice, and the session must hold 50,000.
      const ranges = new Map<string, { start: number; end: number }>();
      while (ranges.size < count) {
        const start = Math.floor(next() * (length - 40));
        const end = start + 4 + Math.floor(next() * 30);
        ranges.set(`${start}:${end}`, { start, end });
      }
      const spans = [...ranges.values()];
      await call(core, 'annotations.createMany', { docId: doc.id, tag: tag.id, spans });
    }
  }
}

/**
 * The span table over 50 documents and 50,000 spans: the core's listing
 * (annotations.listAll, the first after opening and then a median of nine),
 * then the renderer's sort by each column and a text filter on the rows
 * (medians of nine; the slowest column is the figure held to ≤ 300 ms).
 */
const bench: Bench = async (report) => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-table-bench-'));
  try {
    const sessionPath = join(root, 'bench.pizhu');
    let core = await createCore({ dataDir: join(root, 'data'), sessionPath, warn: () => undefined });
    await makeSession(core);
    await core.close();
    core = await createCore({ dataDir: join(root, 'data'), sessionPath, warn: () => undefined });
    try {
      let t0 = performance.now();
      let table = await call<SpanTable>(core, 'annotations.listAll', {});
      report('table.list.first.50k.ms', performance.now() - t0, 'ms');
      report('table.rows', table.rows.length, 'rows');
      const listTimes: number[] = [];
      const listCpu: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        t0 = performance.now();
        const c0 = cpuMs();
        table = await call<SpanTable>(core, 'annotations.listAll', {});
        listTimes.push(performance.now() - t0);
        listCpu.push(cpuMs() - c0);
      }
      report('table.list.50k.ms', median(listTimes), 'ms');
      report('table.list.50k.cpu.ms', median(listCpu), 'ms');

      t0 = performance.now();
      const entries = spanEntries(table);
      report('table.join.50k.ms', performance.now() - t0, 'ms');
      const ctx = { tagOrder: new Map(DEFAULT_TAGS.map((tag, i) => [tag.id, i])) };
      let slowest = 0;
      let slowestCpu = 0;
      for (const column of SPAN_COLUMN_IDS) {
        const times: number[] = [];
        const cpu: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          t0 = performance.now();
          const c0 = cpuMs();
          sortSpans(entries, { column, direction: run % 2 ? 'descending' : 'ascending' }, ctx);
          times.push(performance.now() - t0);
          cpu.push(cpuMs() - c0);
        }
        slowest = Math.max(slowest, median(times));
        slowestCpu = Math.max(slowestCpu, median(cpu));
        report(`table.sort.${column}.50k.ms`, median(times), 'ms');
      }
      report('table.sort.slowest.50k.ms', slowest, 'ms');
      report('table.sort.slowest.50k.cpu.ms', slowestCpu, 'ms');
      const filterTimes: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        t0 = performance.now();
        filterSpans(entries, { ...NO_SPAN_FILTER, text: run % 2 ? '发展' : '就业' });
        filterTimes.push(performance.now() - t0);
      }
      report('table.filter.text.50k.ms', median(filterTimes), 'ms');
    } finally {
      await core.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
};

export default bench;
