import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cliProcess';
import { sharedPath } from '../../sharedDir';
import { tempDir } from '../store/storeFixture';

interface PrintedIndicator {
  indicator: string;
  values: {
    docId: string;
    title: string;
    date: string | null;
    amount: string | null;
    unit: string | null;
    comparator: string | null;
    quote: string;
  }[];
}

describe('CLI indicators', () => {
  it('prints the targets of the national reports grouped by indicator, documents by date, the undated last', () => {
    const dir = tempDir('pizhu-indicators-cli-');
    const session = join(dir, 'gwr.pizhu');
    const files = ['gwr_2018.txt', 'gwr_2023.txt', 'gwr_2013.txt'].map((f) => sharedPath('corpus', 'national_gwr', f));
    expect(runCli(dir, 'import', '--session', session, ...files).status).toBe(0);
    expect(runCli(dir, 'suggest', '--session', session, '--tags', 'target', '--accept-all').status).toBe(0);

    const run = runCli(dir, 'indicators', '--session', session);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as PrintedIndicator[];
    const jobs = printed.find((i) => i.indicator === '城镇新增就业')!;
    // Only the 2023 report prints its date (its dateline): it comes first, the undated two after it by title.
    expect(jobs.values.map((v) => [v.title, v.date, v.amount, v.unit, v.comparator, v.quote])).toEqual([
      ['政府工作报告', '2023-03-05', '12000000', '人', 'around', '城镇新增就业1200万人左右'],
      ['gwr_2013', null, '9000000', '人', 'at-least', '城镇新增就业900万人以上'],
      ['gwr_2018', null, '11000000', '人', 'at-least', '城镇新增就业1100万人以上'],
    ]);
    expect(printed.find((i) => i.indicator === '居民消费价格涨幅')!.values).toHaveLength(4);
    expect(new Set(printed.find((i) => i.indicator === '国内生产总值增长')!.values.map((v) => v.docId)).size).toBe(3);
  }, 60_000);

  it('refuses a folder that is no session, in one line', () => {
    const dir = tempDir('pizhu-indicators-cli-');
    const run = runCli(dir, 'indicators', '--session', join(dir, 'none.pizhu'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^pizhu: .*none\.pizhu: no session there\n$/);
  });
});
