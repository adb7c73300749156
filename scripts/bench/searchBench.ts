import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/createCore';
import type { ImportPreview, SearchResult } from '../../electron/shared/contract';
import { FoldedDocument } from '../../electron/shared/search/foldedDocument';
import { compileQuery, type SearchOptions } from '../../electron/shared/search/query';
import { SearchBudget } from '../../electron/shared/search/searchBudget';
import { corpusFiles } from '../../tests/sharedDir';
import { median, type Bench } from './figure';

const DOCUMENTS = 50;
const CHARS = 20_000;
const RUNS = 9;

/** The queries timed: a figure with its unit, the same over whole phrases, a phrase across line breaks, a leading `.*`. */
const QUERIES: { name: string; query: string; options: SearchOptions }[] = [
  { name: 'regex', query: '\\d+(?:\\.\\d+)?(?:万|亿)?(?:元|人|吨|公里|%)', options: { regex: true } },
  { name: 'regex.clause', query: '(?:提高|增长|下降)[^。；]*?\\d+(?:\\.\\d+)?%', options: { regex: true } },
  { name: 'regex.leadingdotstar', query: '.*就业', options: { regex: true, ignoreWhitespace: true } },
  { name: 'literal', query: '城镇新增就业', options: { ignoreWhitespace: true } },
];

/** 50 documents of 20,000 code points, cut at even steps from the whole corpus joined. */
function documents(): string[] {
  const corpus = [
    ...corpusFiles()
      .map((path) => readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'))
      .join('\n'),
  ];
  const step = Math.floor((corpus.length - CHARS) / (DOCUMENTS - 1));
  return Array.from({ length: DOCUMENTS }, (_, i) => corpus.slice(i * step, i * step + CHARS).join(''));
}

/** Folding 50 documents once, then each query over all of them, compiled once per run; medians of nine runs. */
const bench: Bench = async (report) => {
  const texts = documents();
  const foldTimes: number[] = [];
  let folded: FoldedDocument[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    folded = texts.map((text) => new FoldedDocument(text));
    for (const doc of folded) doc.folded();
    foldTimes.push(performance.now() - t0);
  }
  report('search.fold.50docs.ms', median(foldTimes), 'ms');
  // The queries that drop whitespace run on the other fold, made before the clock starts.
  for (const doc of folded) doc.folded({ ignoreWhitespace: true });
  for (const { name, query, options } of QUERIES) {
    const times: number[] = [];
    let hits = 0;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      const compiled = compileQuery(query, options);
      if (!compiled.ok) throw new Error(compiled.error.message);
      const budget = new SearchBudget(Infinity);
      hits = 0;
      for (const doc of folded) {
        const result = doc.findAll(compiled.query, budget);
        if (result.stopped) throw new Error(`${name} stopped: ${result.stopped}`);
        hits += result.ranges.length;
      }
      times.push(performance.now() - t0);
    }
    report(`search.${name}.50docs.ms`, median(times), 'ms');
    report(`search.${name}.50docs.hits`, hits, 'hits');
  }
  await throughTheCore(texts, report);
};

/**
 * The first query (the figure with its unit) as the app asks for it: the
 * core's search.run over a session of the same 50 documents, hits with
 * their context and section, once they are folded (a first search folds
 * and is timed apart); medians of nine runs.
 */
async function throughTheCore(texts: string[], report: Parameters<Bench>[0]): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-search-bench-'));
  try {
    const sessionPath = join(root, 'bench.pizhu');
    const core = await createCore({ dataDir: join(root, 'data'), sessionPath, warn: () => undefined });
    try {
      const files = texts.map((text, i) => ({ name: `part${i}.txt`, data: Buffer.from(text).toString('base64') }));
      const preview = await core.call('import.preview', { files, cleanup: false });
      if (!preview.ok) throw new Error(preview.error.message);
      const commit = await core.call('import.commit', { previewId: (preview.value as ImportPreview).previewId });
      if (!commit.ok) throw new Error(commit.error.message);
      const { query } = QUERIES[0]!;
      const search = async (): Promise<SearchResult> => {
        const result = await core.call('search.run', { query, regex: true });
        if (!result.ok) throw new Error(result.error.message);
        return result.value as SearchResult;
      };
      const t0 = performance.now();
      await search();
      report('search.core.first.50docs.ms', performance.now() - t0, 'ms');
      const times: number[] = [];
      let result: SearchResult | null = null;
      for (let run = 0; run < RUNS; run++) {
        const t = performance.now();
        result = await search();
        times.push(performance.now() - t);
      }
      if (result?.truncated) throw new Error(`search.run stopped: ${result.truncated}`);
      report('search.core.regex.50docs.ms', median(times), 'ms');
      report('search.core.regex.50docs.hits', result?.total ?? 0, 'hits');
    } finally {
      await core.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export default bench;
