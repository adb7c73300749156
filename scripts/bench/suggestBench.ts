import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { OffsetMap } from '../../electron/shared/codePoints';
import { suggest } from '../../electron/core/suggest/suggest';
import { parseTargetValue } from '../../electron/shared/values/targetValue';
import type { TargetValue } from '../../electron/shared/values/valueSchema';
import { goldFiles, loadGoldFile, regionOf, resolveGoldSpans, type GoldTag } from '../../tests/gold/goldSpans';
import { sharedPath, corpusFiles } from '../../tests/sharedDir';
import { median, type Bench } from './figure';

const TAGS: readonly GoldTag[] = ['target', 'project', 'policy'];
/** The value's fields, each counted right on its own so that a failing class of field shows. */
const VALUE_FIELDS: readonly (keyof TargetValue)[] = [
  'indicator',
  'amount',
  'amountMax',
  'unit',
  'scale',
  'comparator',
  'modality',
  'deadline',
  'baseline',
];
const LONG_CHARS = 200_000;
const RUNS = 5;

interface Tally {
  suggested: number;
  gold: number;
  /** Suggestions overlapping a gold span of their tag, and gold spans overlapped by one. */
  relaxedHits: number;
  relaxedFound: number;
  /** Suggestions with a gold span of their tag at the same start and end. */
  strict: number;
}

const tally = (): Tally => ({ suggested: 0, gold: 0, relaxedHits: 0, relaxedFound: 0, strict: 0 });
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** The figures of one set of gold files (role rules or measure): per tag, precision and recall, relaxed and strict, and the values read exactly. */
function measure(role: 'rules' | 'measure', report: (name: string, value: number, unit: string) => void): void {
  const tallies = new Map(TAGS.map((t) => [t, tally()]));
  let quantified = 0;
  let valuesExact = 0;
  const fieldsRight = new Map(VALUE_FIELDS.map((f) => [f, 0]));
  let qualitative = 0;
  for (const path of goldFiles()) {
    const gold = loadGoldFile(path);
    if (gold.role !== role) continue;
    const text = readFileSync(sharedPath(gold.source), 'utf8');
    const spans = resolveGoldSpans(gold, text);
    const offsets = new OffsetMap(text);
    const utf16 = regionOf(gold, text);
    const region = { start: offsets.toCodePoint(utf16.start), end: offsets.toCodePoint(utf16.end) };
    // Only the region is annotated (guidelines §1), so only suggestions in it can be judged.
    const suggestions = suggest({ text, title: basename(gold.source), year: gold.documentYear }).filter(
      (s) => s.start >= region.start && s.end <= region.end,
    );
    for (const tag of TAGS) {
      const t = tallies.get(tag)!;
      const goldOfTag = spans.filter((s) => s.tag === tag);
      const ofTag = suggestions.filter((s) => s.tag === tag);
      t.gold += goldOfTag.length;
      t.suggested += ofTag.length;
      t.relaxedHits += ofTag.filter((s) => goldOfTag.some((g) => overlaps(s, g))).length;
      t.relaxedFound += goldOfTag.filter((g) => ofTag.some((s) => overlaps(s, g))).length;
      t.strict += ofTag.filter((s) => goldOfTag.some((g) => g.start === s.start && g.end === s.end)).length;
    }
    for (const g of spans) {
      if (g.tag !== 'target' || !g.value) continue;
      // A quote with neither figure nor deadline has no parsed value by the parser's convention (guidelines §2): counted apart.
      if (g.value.amount === null && g.value.deadline === null) {
        qualitative++;
        continue;
      }
      quantified++;
      const parsed = parseTargetValue(g.quote, { documentYear: gold.documentYear });
      if (isDeepStrictEqual(parsed, g.value)) valuesExact++;
      for (const f of VALUE_FIELDS) {
        if (isDeepStrictEqual(parsed?.[f] ?? null, g.value[f])) fieldsRight.set(f, fieldsRight.get(f)! + 1);
      }
    }
  }
  for (const tag of TAGS) {
    const t = tallies.get(tag)!;
    const name = `suggest.${role}.${tag}`;
    report(`${name}.precision.relaxed`, ratio(t.relaxedHits, t.suggested), 'ratio');
    report(`${name}.recall.relaxed`, ratio(t.relaxedFound, t.gold), 'ratio');
    report(`${name}.precision.strict`, ratio(t.strict, t.suggested), 'ratio');
    report(`${name}.recall.strict`, ratio(t.strict, t.gold), 'ratio');
    report(`${name}.suggested`, t.suggested, 'count');
    report(`${name}.gold`, t.gold, 'count');
  }
  report(`suggest.${role}.target.values.exact`, ratio(valuesExact, quantified), 'ratio');
  for (const f of VALUE_FIELDS) report(`suggest.${role}.target.values.field.${f}`, ratio(fieldsRight.get(f)!, quantified), 'ratio');
  report(`suggest.${role}.target.values.quantified`, quantified, 'count');
  report(`suggest.${role}.target.values.qualitative`, qualitative, 'count');
}

/** Quality on the rules files and on the held-out measure files; then the time for a 200,000-character document, median of five runs. */
const bench: Bench = async (report) => {
  measure('rules', report);
  measure('measure', report);
  let long = '';
  for (const path of corpusFiles()) {
    if (long.length >= LONG_CHARS) break;
    long += readFileSync(path, 'utf8') + '\n';
  }
  long = long.slice(0, LONG_CHARS);
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    count = suggest({ text: long, year: 2023 }).length;
    times.push(performance.now() - t0);
  }
  report('suggest.200k.ms', median(times), 'ms');
  report('suggest.200k.suggestions', count, 'count');
};

export default bench;
