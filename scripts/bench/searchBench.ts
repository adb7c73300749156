import { readFileSync } from 'node:fs';
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
};

export default bench;
