import { writeFileSync } from 'node:fs';
import type { Bench, Figure } from './bench/figure';

/**
 * `npm run bench [-- --json FILE] [-- --only NAME,...]`: runs every benchmark
 * and prints each figure as `NAME VALUE UNIT`.
 */
const BENCHES: Record<string, () => Promise<{ default: Bench }>> = {
  import: () => import('./bench/importBench'),
  store: () => import('./bench/storeBench'),
  export: () => import('./bench/exportBench'),
  editor: () => import('./bench/editorBench'),
  search: () => import('./bench/searchBench'),
  suggest: () => import('./bench/suggestBench'),
  structure: () => import('./bench/structureBench'),
  suggestions: () => import('./bench/suggestionsBench'),
  table: () => import('./bench/tableBench'),
  team: () => import('./bench/teamBench'),
};

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1]?.split(',')) : null;

const figures: Figure[] = [];
for (const [name, load] of Object.entries(BENCHES)) {
  if (only && !only.has(name)) continue;
  const bench = (await load()).default;
  await bench((figName, value, unit) => {
    const rounded = Math.round(value * 100) / 100;
    figures.push({ name: figName, value: rounded, unit });
    console.log(`${figName} ${rounded} ${unit}`);
  });
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(figures, null, 2) + '\n');
