import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { IndicatorTable } from '../../../electron/shared/indicators/indicatorTableSchema';
import { valueText } from '../../../electron/shared/indicators/valueText';
import type { SuggestionItem } from '../../../electron/shared/suggest/suggestionItem';
import { call, closeCores, startCore, stopCore } from '../core/coreCalls';
import { sharedPath } from '../../sharedDir';
import { tempDir } from '../store/storeFixture';

/** The three latest national work reports of the corpus, given out of date order. */
const REPORTS = ['gwr_2023.txt', 'gwr_2013.txt', 'gwr_2018.txt'].map((f) => sharedPath('corpus', 'national_gwr', f));

afterEach(closeCores);

async function start(dir: string): Promise<Core> {
  const core = await startCore({ dataDir: join(dir, 'data'), sessionPath: join(dir, 's.pizhu'), warn: () => undefined });
  return core;
}

/**
 * A session of the three reports, every target the engine suggests accepted:
 * real spans with their parsed values. Only the 2023 report prints its date
 * (its dateline); the others are dated by hand from their file names, as an
 * analyst would in the document list.
 */
async function taggedSession(dir: string): Promise<Core> {
  const core = await start(dir);
  const files = REPORTS.map((f) => ({ name: basename(f), data: readFileSync(f).toString('base64') }));
  const preview = await call<ImportPreview>(core, 'import.preview', { files });
  const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
  for (const { id, title, date } of report.created) {
    if (!date) {
      const year = Number(/\d{4}/.exec(title)![0]);
      await call(core, 'documents.update', { id, date: { year, raw: `${year}年`, source: 'title' } });
    }
    const offered = await call<SuggestionItem[]>(core, 'suggestions.list', { docId: id, tags: ['target'] });
    await call(core, 'suggestions.accept', { docId: id, ids: offered.map((s) => s.id) });
  }
  return core;
}

const row = (table: IndicatorTable, key: string) => table.rows.find((r) => r.key === key);

describe('indicators across the national work reports', () => {
  it('groups 城镇新增就业, 国内生产总值增长 and 居民消费价格涨幅 across 2013, 2018 and 2023, documents by date', async () => {
    const core = await taggedSession(tempDir('pizhu-indicators-'));
    const table = await call<IndicatorTable>(core, 'indicators.list');
    expect(table.documents.map((d) => d.date?.year)).toEqual([2013, 2018, 2023]);
    const year = new Map(table.documents.map((d) => [d.id, d.date!.year]));
    const byYear = (key: string) => row(table, key)!.values.map((v) => [year.get(v.docId), valueText(v)]);

    expect(byYear('城镇新增就业')).toEqual([
      [2013, '≥900万人'],
      [2018, '≥1100万人'],
      [2023, '≈1200万人'],
    ]);
    expect(byYear('国内生产总值增长')).toEqual([
      [2013, '≈7.5%'],
      [2018, '≈6.5%'],
      [2023, '≈5%'],
    ]);
    // 2013 states it twice, the second time as 把居民消费价格涨幅控制在3.5%左右: one key.
    expect(byYear('居民消费价格涨幅')).toEqual([
      [2013, '≈3.5%'],
      [2013, '≈3.5%'],
      [2018, '≈3%'],
      [2023, '≈3%'],
    ]);
    expect(row(table, '居民消费价格涨幅')!.keys).toEqual(['居民消费价格涨幅']);
    expect(new Set(row(table, '居民消费价格涨幅')!.values.map((v) => v.indicator))).toEqual(new Set(['居民消费价格涨幅']));
    // Rows found in every report come first.
    const everywhere = table.rows.filter((r) => new Set(r.values.map((v) => v.docId)).size === 3);
    expect(table.rows.slice(0, everywhere.length)).toEqual(everywhere);
    expect(everywhere.map((r) => r.key)).toEqual(expect.arrayContaining(['国内生产总值增长', '城镇新增就业', '居民消费价格涨幅']));
  });

  it('keeps merges and names in the session across a restart, and refuses keys that name no indicator', async () => {
    const dir = tempDir('pizhu-indicators-');
    let core = await taggedSession(dir);
    const before = await call<IndicatorTable>(core, 'indicators.list');
    const other = before.rows.find((r) => r.key === '单位国内生产总值能耗下降') ?? before.rows.at(-1)!;
    const merged = await call<IndicatorTable>(core, 'indicators.merge', { from: [other.key], into: '国内生产总值增长' });
    expect(merged.rows).toHaveLength(before.rows.length - 1);
    expect(row(merged, '国内生产总值增长')!.keys).toEqual(['国内生产总值增长', other.key]);
    await call(core, 'indicators.rename', { key: other.key, name: 'GDP 增速' });

    await stopCore(core);
    core = await start(dir);
    const after = await call<IndicatorTable>(core, 'indicators.list');
    expect(row(after, '国内生产总值增长')).toMatchObject({ name: 'GDP 增速', keys: ['国内生产总值增长', other.key] });
    const session = JSON.parse(readFileSync(join(dir, 's.pizhu', 'session.json'), 'utf8'));
    expect(session.indicatorGroups).toEqual({
      merged: [{ from: other.key, into: '国内生产总值增长' }],
      names: [{ key: '国内生产总值增长', name: 'GDP 增速' }],
    });

    const apart = await call<IndicatorTable>(core, 'indicators.split', { key: other.key });
    expect(apart.rows).toHaveLength(before.rows.length);
    expect(row(apart, '国内生产总值增长')!.keys).toEqual(['国内生产总值增长']);
    expect(await core.call('indicators.split', { key: other.key })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const refused = await core.call('indicators.merge', { from: ['没有这个指标'], into: '国内生产总值增长' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('indicators.rename', { key: '', name: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
