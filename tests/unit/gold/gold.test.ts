import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../electron/core/import/readDocuments';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { parseTargetValue } from '../../../electron/shared/values/targetValue';
import {
  goldFiles,
  loadGoldFile,
  occurrencesIn,
  regionOf,
  resolveGoldInDocuments,
  resolveGoldSpans,
  type GoldFile,
  type ResolvedGoldSpan,
} from '../../gold/goldSpans';
import { sharedPath } from '../../sharedDir';

/** Which documents the rule writer may read (issue 12): the rest are held out. */
const ROLES: Record<string, GoldFile['role']> = {
  'gwr_2018.gold.json': 'rules',
  'beijing_data_zones.gold.json': 'rules',
  'qingdao_2023-01-28.gold.json': 'rules',
  'gwr_2013.gold.json': 'rules',
  'gwr_2008.gold.json': 'rules',
  'anhui_industrial_internet.gold.json': 'rules',
  'gwr_2023.gold.json': 'measure',
  'anhui_rcep.gold.json': 'measure',
  'gwr_2003.gold.json': 'measure',
  'gwr_1998.gold.json': 'rules',
  'lingang_new_area.gold.json': 'rules',
  'gwr_1993.gold.json': 'rules',
  'baotou_digital_gov.gold.json': 'rules',
  'zhongshan_gov_data.gold.json': 'rules',
  'guangdong_public_data.gold.json': 'rules',
  'aba_gov_data.gold.json': 'rules',
  'gwr_1988.gold.json': 'rules',
  'gwr_1981.gold.json': 'rules',
  'gwr_1978.gold.json': 'rules',
  'gwr_1975.gold.json': 'rules',
  'gwr_1964.gold.json': 'rules',
};

/** A clause ends here (GUIDELINES.md §1): full-width and ASCII ，；。！？： and a line end. */
const CLAUSE_END = /[，；。！？：,;!?:\n]/u;
/** The one allowed crossing: a clause that is only a deadline, heading the target after it. */
const DEADLINE_CLAUSE = /^(?:到(?:\d{4}|[〇○零一二三四五六七八九]{4})年|到(?:本|二十)世纪末|利用\d+(?:-\d+)?年时间)，/u;
/** A span's first and last characters: no punctuation or space, but quotation marks written around a name and the units % (full-width ％ too) and ‰. */
const BAD_EDGE = /^[\s\p{P}]$/u;
const ALLOWED_EDGE = /^[“”"「」《》〈〉%％‰]$/u;

const files = goldFiles();
const text = (gold: GoldFile): string => readFileSync(sharedPath(gold.source), 'utf8');

function nested(a: ResolvedGoldSpan, b: ResolvedGoldSpan): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

describe('gold files', () => {
  it('are the five documents of issue 12 and the rules and measure documents added after, each in its role', () => {
    expect(files.map((f) => basename(f)).sort()).toEqual(Object.keys(ROLES).sort());
    for (const f of files) expect(loadGoldFile(f).role, basename(f)).toBe(ROLES[basename(f)]);
  });

  for (const file of files) {
    const name = basename(file);
    describe(name, () => {
      const gold = loadGoldFile(file);
      const raw = text(gold);

      it('resolves every span in the raw source file, within the region, naming an occurrence only where the quote repeats', () => {
        const region = regionOf(gold, raw);
        const map = new OffsetMap(raw);
        const spans = resolveGoldSpans(gold, raw);
        expect(spans).toHaveLength(gold.spans.length);
        for (const [i, s] of spans.entries()) {
          expect(map.slice(s.start, s.end)).toBe(s.quote);
          expect(s.start).toBeGreaterThanOrEqual(map.toCodePoint(region.start));
          expect(s.end).toBeLessThanOrEqual(map.toCodePoint(region.end));
          const repeats = occurrencesIn(raw, s.quote, region.start, region.end).length > 1;
          expect(gold.spans[i]!.occurrence !== undefined, `occurrence of "${s.quote}"`).toBe(repeats);
        }
      });

      it('resolves every span in the documents Pizhu imports from the file, to the same quotes in the same order', async () => {
        const { documents: docs } = await readDocuments(
          { name: basename(gold.source), bytes: readFileSync(sharedPath(gold.source)) },
          { cleanup: true },
        );
        const spans = resolveGoldInDocuments(gold, docs);
        for (const s of spans) expect(new OffsetMap(docs[s.document]!.text).slice(s.start, s.end)).toBe(s.quote);
        const order = (xs: { tag: string; quote: string }[]) => xs.map((x) => `${x.tag} ${x.quote}`);
        expect(order(spans)).toEqual(order(resolveGoldSpans(gold, raw)));
      });

      it('lists spans in the order of the text, a container before what it holds', () => {
        const spans = resolveGoldSpans(gold, raw);
        for (let i = 1; i < spans.length; i++) {
          const [a, b] = [spans[i - 1]!, spans[i]!];
          expect(a.start < b.start || (a.start === b.start && a.end >= b.end), `"${a.quote}" before "${b.quote}"`).toBe(true);
        }
      });

      it('keeps every quote inside one clause, but for a deadline clause heading a target', () => {
        for (const s of gold.spans) {
          const rest = s.tag === 'target' ? s.quote.replace(DEADLINE_CLAUSE, '') : s.quote;
          expect(CLAUSE_END.test(rest), `clause end inside ${s.tag} "${s.quote}"`).toBe(false);
        }
      });

      it('begins and ends no quote with punctuation or space, quotation marks around a name and % aside', () => {
        for (const s of gold.spans) {
          for (const edge of [[...s.quote][0]!, [...s.quote].at(-1)!]) {
            expect(BAD_EDGE.test(edge) && !ALLOWED_EDGE.test(edge), `edge "${edge}" of "${s.quote}"`).toBe(false);
          }
        }
      });

      it('has no duplicate spans, no overlap within a tag, and only nesting across tags', () => {
        const spans = resolveGoldSpans(gold, raw);
        const keys = spans.map((s) => `${s.tag} ${s.start} ${s.end}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const [i, a] of spans.entries()) {
          for (const b of spans.slice(i + 1)) {
            if (b.start >= a.end) continue;
            const what = `${a.tag} "${a.quote}" and ${b.tag} "${b.quote}"`;
            expect(a.tag !== b.tag, `same-tag overlap: ${what}`).toBe(true);
            expect(nested(a, b), `crossing: ${what}`).toBe(true);
          }
        }
      });

      it('gives every target a value (TargetValueSchema) and no other span one', () => {
        for (const s of gold.spans) expect(s.tag === 'target', s.quote).toBe(s.value !== undefined);
      });
    });
  }
});

describe('what the gold files hold', () => {
  it('prints the spans per file and tag, and how often parseTargetValue agrees with the gold values', () => {
    const lines: string[] = [];
    for (const file of files) {
      const gold = loadGoldFile(file);
      const count = (tag: string) => gold.spans.filter((s) => s.tag === tag).length;
      const targets = gold.spans.filter((s) => s.tag === 'target');
      const agrees = (s: (typeof targets)[number]) =>
        isDeepStrictEqual(parseTargetValue(s.quote, { documentYear: gold.documentYear }), s.value);
      const stated = targets.filter((s) => s.value!.amount !== null || s.value!.deadline !== null);
      const share = (xs: typeof targets) => `${xs.filter(agrees).length}/${xs.length}`;
      lines.push(
        `${basename(file)} (${gold.role}): target ${count('target')}, project ${count('project')}, policy ${count('policy')}; ` +
          `parser agrees on ${share(targets)} targets (${share(stated)} with a figure or deadline)`,
      );
    }
    console.log(lines.join('\n'));
    expect(lines).toHaveLength(files.length);
  });
});

describe('resolveGoldSpans', () => {
  const gold = (spans: GoldFile['spans'], region: GoldFile['region'] = { from: '甲', to: '丁' }): GoldFile => ({
    source: 'test.txt',
    role: 'rules',
    region,
    documentYear: 2023,
    spans,
  });
  const value = {
    indicator: '新增就业',
    amount: '40000',
    amountMax: null,
    unit: '人',
    scale: '万' as const,
    comparator: 'point' as const,
    modality: null,
    deadline: null,
    baseline: null,
  };

  it('counts code points, not UTF-16 units, and looks only within the region', () => {
    const t = '新增就业4万人。甲𠀀𠀀新增就业4万人，建设地铁5号线。丁新增就业4万人';
    const [s, p] = resolveGoldSpans(
      gold([
        { tag: 'target', quote: '新增就业4万人', value },
        { tag: 'project', quote: '地铁5号线' },
      ]),
      t,
    );
    expect(s).toEqual({ start: 11, end: 18, tag: 'target', quote: '新增就业4万人', value });
    expect(p).toMatchObject({ start: 21, end: 26, value: null });
    expect(new OffsetMap(t).slice(s!.start, s!.end)).toBe('新增就业4万人');
  });

  it('picks the occurrence asked for, and refuses a missing quote, a missing occurrence, an ambiguous quote or a missing region', () => {
    const t = '甲实施A行动，实施A行动。丁';
    expect(resolveGoldSpans(gold([{ tag: 'policy', quote: '实施A行动', occurrence: 2 }]), t)[0]).toMatchObject({ start: 7, end: 12 });
    expect(() => resolveGoldSpans(gold([{ tag: 'policy', quote: '实施B行动' }]), t)).toThrow(
      /span 1 \(policy "实施B行动"\): the quote is not in the region/,
    );
    expect(() => resolveGoldSpans(gold([{ tag: 'policy', quote: '实施A行动', occurrence: 3 }]), t)).toThrow(
      /occurrence 3 asked for, but the quote occurs 2 time/,
    );
    expect(() => resolveGoldSpans(gold([{ tag: 'policy', quote: '实施A行动' }]), t)).toThrow(
      /occurs 2 times in the region; say which occurrence/,
    );
    expect(() => resolveGoldSpans(gold([], { from: '乙', to: null }), t)).toThrow(/region's start "乙" is not in the text/);
    expect(() => resolveGoldSpans(gold([], { from: '甲', to: '戊' }), t)).toThrow(/region's end "戊" is not in the text after its start/);
  });

  it('places spans in the documents an import split a file into', () => {
    const docs = [{ text: '甲𠀀实施A行动' }, { text: '乙建设B大桥。丁' }];
    const spans = resolveGoldInDocuments(
      gold([
        { tag: 'policy', quote: '实施A行动' },
        { tag: 'project', quote: 'B大桥' },
      ]),
      docs,
    );
    expect(spans.map((s) => [s.document, s.start, s.end])).toEqual([
      [0, 2, 7],
      [1, 3, 6],
    ]);
  });

  it('rejects a gold file whose target has no value or whose project has one', () => {
    const bad = (spans: unknown) => ({ source: 's', role: 'rules', region: { from: 'a', to: null }, documentYear: 2023, spans });
    expect(() => loadGoldFromJson(bad([{ tag: 'target', quote: '新增就业4万人' }]))).toThrow(/a target has a value/);
    expect(() => loadGoldFromJson(bad([{ tag: 'project', quote: '地铁5号线', value }]))).toThrow(/a target has a value/);
    expect(() => loadGoldFromJson(bad([{ tag: 'target', quote: 'x', value: { ...value, comparator: 'range' } }]))).toThrow(/amountMax/);
  });
});

/** loadGoldFile on an in-memory document, through a temporary file. */
function loadGoldFromJson(json: unknown): GoldFile {
  const dir = mkdtempSync(join(tmpdir(), 'gold-'));
  const path = join(dir, 'x.gold.json');
  writeFileSync(path, JSON.stringify(json));
  try {
    return loadGoldFile(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
