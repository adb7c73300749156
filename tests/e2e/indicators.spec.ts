import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';
import { sharedPath } from '../sharedDir';
import { expect, test } from './fixtures';
import { api, importFiles, type WebHost } from './webHost';
import { seriousViolations } from './axe';

const REPORTS = ['gwr_2013.txt', 'gwr_2018.txt', 'gwr_2023.txt'];

/**
 * The three latest national work reports, every target suggestion accepted;
 * the two whose text prints no date are dated by hand from their file
 * names, as an analyst would.
 */
async function taggedReports(web: WebHost): Promise<void> {
  const files = REPORTS.map((name) => sharedPath('corpus', 'national_gwr', name));
  await importFiles(
    web,
    files.map((path) => ({ name: basename(path), data: readFileSync(path) })),
  );
  const docs = await api<{ id: string; date: unknown; source: { fileName: string } }[]>(web, 'documents.list');
  for (const doc of docs.filter((d) => REPORTS.includes(d.source.fileName))) {
    const offered = await api<{ id: string }[]>(web, 'suggestions.list', { docId: doc.id, tags: ['target'] });
    await api(web, 'suggestions.accept', { docId: doc.id, ids: offered.map((s) => s.id) });
    const year = Number(/\d{4}/.exec(doc.source.fileName)![0]);
    if (!doc.date) await api(web, 'documents.update', { id: doc.id, date: { year, raw: `${year}年`, source: 'title' } });
  }
}

const dialog = (page: Page) => page.getByRole('dialog', { name: /^(指标对比|Indicators across documents)$/ });
const chart = (page: Page) => dialog(page).locator('.indicator-chart');

test('the chart of 城镇新增就业 has one point per report, its comparator shown, as line and as bar', async ({ page, web }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  await taggedReports(web);
  await api(web, 'settings.set', { language: 'zh' });
  await page.goto(web.url);
  await expect(page.getByRole('textbox', { name: /^文档正文/ })).toBeVisible();
  await page.keyboard.press('Control+Shift+G');
  await expect(dialog(page)).toBeVisible();

  await dialog(page).getByRole('combobox', { name: '图表中的指标' }).selectOption({ label: '城镇新增就业' });
  await expect(chart(page)).toHaveAttribute('data-points', '3');
  await expect(chart(page)).toHaveAttribute(
    'aria-label',
    /^“城镇新增就业”在各文档中的数值（万人）：2013 ≥900万人；2018 ≥1100万人；2023-03-05 ≈1200万人$/,
  );
  const labels = () => chart(page).locator('svg text').allTextContents();
  await expect.poll(labels).toEqual(expect.arrayContaining(['≥900万人', '≥1100万人', '≈1200万人', '2013', '2018', '2023']));

  await dialog(page).getByRole('radio', { name: '柱状' }).check();
  await expect.poll(async () => (await labels()).filter((t) => /\d万人$/.test(t))).toEqual(['≥900万人', '≥1100万人', '≈1200万人']);

  // The chart's data as a table, for those who cannot see it.
  await dialog(page).getByText('图表数据').click();
  await expect(dialog(page).locator('.indicator-data-table tbody tr')).toHaveCount(3);
  await expect(dialog(page).locator('.indicator-data-table tbody tr').first()).toContainText('城镇新增就业900万人以上');

  // In the table, 居民消费价格涨幅 is one row across the years.
  const cpi = dialog(page).locator('.indicator-table tbody tr', {
    has: page.getByRole('button', { name: '在图表中显示“居民消费价格涨幅”' }),
  });
  await expect(cpi.locator('.indicator-parsed')).toHaveText(['≈3.5%', '≈3.5%', '≈3%', '≈3%']);

  expect(await seriousViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('merges two indicators, takes one out again and renames one, kept in the session; a quote opens its document at the span', async ({
  page,
  web,
}) => {
  await taggedReports(web);
  await api(web, 'settings.set', { language: 'en' });
  await page.goto(web.url);
  await page.getByRole('button', { name: 'Indicators', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  const rowOf = (name: string) =>
    dialog(page).locator('.indicator-table tbody tr', { has: page.getByRole('button', { name: `Show “${name}” in the chart` }) });

  await dialog(page).getByRole('checkbox', { name: 'Check “国内生产总值增长”' }).check();
  await dialog(page).getByRole('checkbox', { name: 'Check “单位国内生产总值能耗下降”' }).check();
  await dialog(page).getByRole('combobox', { name: 'Merge into' }).selectOption({ label: '国内生产总值增长' });
  await dialog(page).getByRole('button', { name: 'Merge 2 indicators' }).click();
  await expect(rowOf('单位国内生产总值能耗下降')).toHaveCount(0);
  await expect(rowOf('国内生产总值增长')).toContainText('Gathers: 国内生产总值增长、单位国内生产总值能耗下降');
  expect(await seriousViolations(page)).toEqual([]);

  await rowOf('国内生产总值增长').getByRole('button', { name: 'Take “单位国内生产总值能耗下降” out of this row' }).click();
  await expect(rowOf('单位国内生产总值能耗下降')).toHaveCount(1);
  await expect(rowOf('国内生产总值增长')).not.toContainText('Gathers');

  await dialog(page).getByRole('combobox', { name: 'Indicator in the chart' }).selectOption({ label: '城镇新增就业' });
  await dialog(page).getByRole('button', { name: 'Rename' }).click();
  await dialog(page).getByRole('textbox', { name: 'New name for “城镇新增就业”' }).fill('Urban jobs added');
  await page.keyboard.press('Enter');
  await expect(rowOf('Urban jobs added')).toHaveCount(1);

  const table = await api<{ rows: { key: string; name: string }[] }>(web, 'indicators.list');
  expect(table.rows.find((r) => r.key === '城镇新增就业')?.name).toBe('Urban jobs added');
  expect(table.rows.some((r) => r.key === '单位国内生产总值能耗下降')).toBe(true);

  await rowOf('Urban jobs added').getByRole('button', { name: '城镇新增就业1100万人以上' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('textbox', { name: /^Document text/ })).toContainText('城镇新增就业1100万人以上');
});
