import { readFileSync } from 'node:fs';
import { analyzeStructure } from '../../electron/shared/structure/analyzeStructure';
import { ClauseIndex } from '../../electron/shared/structure/clauseIndex';
import { sharedPath } from '../../tests/sharedDir';
import { median, type Bench } from './figure';

const CHARS = 200_000;
const RUNS = 9;
const LOOKUPS = 5_000;

/** The national work reports from 1978 on, in their stored form, joined until they make 200,000 code points: a long report of many parts. */
function longReport(): string {
  const years = [1978, 1981, 1988, 1993, 1998, 2003, 2008, 2013, 2018, 2023];
  const lines = years.flatMap((year) =>
    readFileSync(sharedPath('corpus', 'national_gwr', `gwr_${year}.txt`), 'utf8')
      .split(/\r\n?|\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  );
  const text = [...lines.join('\n')];
  while (text.length < CHARS) text.push('\n', ...text.slice(0, CHARS - text.length - 1));
  return text.slice(0, CHARS).join('');
}

/**
 * The outline of a 200,000-character document, as documents.outline computes
 * it once per document in the core, and its clause index with 5,000 span
 * lookups, as the annotation list groups by section; medians of nine runs.
 */
const bench: Bench = async (report) => {
  const text = longReport();
  const outlineTimes: number[] = [];
  const indexTimes: number[] = [];
  let sections = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const outline = analyzeStructure(text);
    const t1 = performance.now();
    const index = new ClauseIndex(outline);
    for (let i = 0; i < LOOKUPS; i++) index.pathAt(Math.floor((i * CHARS) / LOOKUPS));
    indexTimes.push(performance.now() - t1);
    outlineTimes.push(t1 - t0);
    sections = outline.sections.length;
  }
  report('structure.outline200k', median(outlineTimes), 'ms');
  report('structure.sections200k', sections, 'sections');
  report('structure.clauseIndex5000', median(indexTimes), 'ms');
};

export default bench;
