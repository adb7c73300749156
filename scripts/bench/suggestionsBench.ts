import { readFileSync } from 'node:fs';
import type { Rejection } from '../../electron/core/store/sessionFormat';
import { ruleRun } from '../../electron/core/suggest/ruleRun';
import { sessionSuggestions } from '../../electron/core/suggest/sessionSuggestions';
import type { Annotation } from '../../electron/shared/model';
import { corpusFiles } from '../../tests/sharedDir';
import { median, type Bench } from './figure';

const LONG_CHARS = 200_000;
const RUNS = 5;
const TAGS = new Set(['target', 'project', 'policy']);

/**
 * The session's suggestions for a 200,000-character document, as
 * suggestions.list computes them when the document is opened (the engine's
 * run, then spans, rejections and projections), and as every decision
 * recomputes them (the engine's run cached): with one suggestion in ten
 * accepted and one in ten rejected beforehand, so that projection and
 * filtering have work to do. Medians of five runs.
 */
const bench: Bench = async (report) => {
  let text = '';
  for (const path of corpusFiles()) {
    if (text.length >= LONG_CHARS) break;
    text += readFileSync(path, 'utf8') + '\n';
  }
  text = text.slice(0, LONG_CHARS);
  const record = { id: 'd_bench', title: 'bench', text };
  const first = ruleRun(record);
  const now = new Date().toISOString();
  const accepted: Annotation[] = first.suggestions
    .filter((_, i) => i % 10 === 0)
    .map((s, i) => ({
      id: `a_${i}`,
      docId: record.id,
      start: s.start,
      end: s.end,
      quote: s.quote,
      tag: s.tag,
      note: '',
      created: now,
      modified: now,
      origin: `rule:${s.rule}`,
    }));
  const rejected: Rejection[] = first.suggestions
    .filter((_, i) => i % 10 === 5)
    .map((s, i) => ({ id: `s_${i}`, start: s.start, end: s.end, tag: s.tag, quote: s.quote, rule: s.rule, at: now }));
  const list = (run: ReturnType<typeof ruleRun>) =>
    sessionSuggestions({
      docId: record.id,
      offsets: run.offsets,
      year: run.year,
      rules: run.suggestions,
      tags: TAGS,
      spans: accepted,
      accepted,
      rejectedHere: rejected,
      rejected,
    });

  const opened: number[] = [];
  const decided: number[] = [];
  let count = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const engine = ruleRun(record);
    count = list(engine).length;
    const t1 = performance.now();
    list(engine);
    opened.push(t1 - t0);
    decided.push(performance.now() - t1);
  }
  report('suggestions.200k.open.ms', median(opened), 'ms');
  report('suggestions.200k.decide.ms', median(decided), 'ms');
  report('suggestions.200k.offered', count, 'count');
};

export default bench;
