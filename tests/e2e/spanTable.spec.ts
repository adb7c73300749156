import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { sharedPath } from '../sharedDir';
import { expect, test } from './fixtures';
import { api, importFiles, type WebHost } from './webHost';
import { seriousViolations } from './axe';

const REPORTS = ['gwr_2023.txt', 'gwr_2018.txt', 'gwr_2003.txt'];
const SHOTS = '/tmp/shots-feat-table';

interface Row {
  id: string;
  docId: string;
  tag: string;
  quote: string;
  note: string;
  value?: { indicator: string | null; amount: string | null } | null;
  context: { before: string; after: string };
}

/** What the table's text filter reads of a row: the quote in its sentence, the note, the indicator. */
const words = (r: Row) => [r.context.before + r.quote + r.context.after, r.note, r.value?.indicator ?? ''].join('\n');

/** Three work reports beside the sample, their targets of jobs and growth tagged, and 中小企业 tagged as policy. */
async function taggedSession(web: WebHost): Promise<void> {
  await importFiles(
    web,
    REPORTS.map((name) => ({ name, data: readFileSync(sharedPath('corpus', 'national_gwr', name)) })),
  );
  const tagHits = async (query: string, tag: string) => {
    const found = await api<{ documents: { hits: { docId: string; start: number; end: number }[] }[] }>(web, 'search.run', {
      query,
      regex: true,
    });
    const hits = found.documents.flatMap((d) => d.hits.map(({ docId, start, end }) => ({ docId, start, end })));
    await api(web, 'search.tagAll', { tag, hits });
  };
  await tagHits('城镇新增就业\\d+万人(?:以上|左右)?', 'target');
  await tagHits('国内生产总值增长\\d+(?:\\.\\d+)?%(?:左右)?', 'target');
  await tagHits('中小企业', 'policy');
}

const listing = (web: WebHost) => api<{ rows: Row[] }>(web, 'annotations.listAll');
const table = (page: Page) => page.getByRole('region', { name: /^(标注表|Span table)$/ });
const grid = (page: Page) => page.getByRole('grid', { name: /^(全部标注|Every span)$/ });
const spanRows = (page: Page) => grid(page).locator('.span-grid-span');
const cells = (page: Page, column: string) => spanRows(page).locator(`.span-cell-${column}`);

test('opens the span table, sorts by a column, filters, and exports exactly the filtered rows', async ({ page, web }) => {
  await taggedSession(web);
  await api(web, 'settings.set', { language: 'zh' });
  await page.goto(web.url);
  await expect(page.getByRole('textbox', { name: /^(文档正文|Document text)/ })).toBeVisible();
  await page.keyboard.press('Control+Shift+L');
  await expect(table(page)).toBeVisible();
  const all = (await listing(web)).rows;
  await expect(table(page).getByRole('status')).toHaveText(`共 ${all.length} 处标注，显示 ${all.length} 处`);

  const amountHeader = grid(page).getByRole('columnheader', { name: '数值' });
  await expect(amountHeader).toHaveAttribute('aria-sort', 'none');
  await amountHeader.getByRole('button').click();
  await expect(amountHeader).toHaveAttribute('aria-sort', 'ascending');
  // Growth in per cent comes before jobs in people; the rows without an amount last.
  await expect(cells(page, 'amount').first()).toHaveText(/^\d(\.\d+)?$/);
  await amountHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(amountHeader).toHaveAttribute('aria-sort', 'descending');
  const largest = Math.max(...all.map((r) => Number(r.value?.amount ?? 0)));
  await expect(cells(page, 'amount').first()).toHaveText(String(largest));

  await table(page).getByRole('combobox', { name: '标签' }).selectOption({ label: '目标' });
  await table(page).getByRole('searchbox', { name: '查找文字' }).fill('就业');
  const expected = all.filter((r) => r.tag === 'target' && words(r).includes('就业'));
  expect(expected.length).toBeGreaterThanOrEqual(2);
  await expect(table(page).getByRole('status')).toHaveText(`共 ${all.length} 处标注，显示 ${expected.length} 处`);
  await expect(cells(page, 'amount')).toHaveText(
    expected.map((r) => r.value?.amount ?? '').sort((a, b) => Number(b || -Infinity) - Number(a || -Infinity)),
  );
  await table(page).getByRole('textbox', { name: '数值下限' }).fill('11000000');
  await expect(spanRows(page)).toHaveCount(expected.filter((r) => Number(r.value?.amount ?? 0) >= 11_000_000).length);
  await table(page).getByRole('textbox', { name: '数值下限' }).fill('');
  await expect(spanRows(page)).toHaveCount(expected.length);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/table-zh.png` });
  expect(await seriousViolations(page)).toEqual([]);

  await table(page).getByRole('button', { name: '导出这些行…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出标注' });
  await expect(dialog).toContainText(`标注表中筛选出的 ${expected.length} 行`);
  await page.screenshot({ path: `${SHOTS}/table-export-zh.png` });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const bytes = readFileSync((await (await download).path())!);
  const records = parse(bytes.subarray(3).toString('utf8'), { columns: true }) as Record<string, string>[];
  expect(records.map((r) => r['文本']).sort()).toEqual(expected.map((r) => r.quote).sort());
  expect(records.every((r) => r['标签ID'] === 'target')).toBe(true);
  await expect(dialog).toBeHidden();
  await expect(table(page)).toBeVisible();

  await api(web, 'settings.set', { language: 'en' });
  await page.reload();
  await page.getByRole('button', { name: 'Span table', exact: true }).click();
  await expect(table(page).getByRole('status')).toHaveText(`${all.length} of ${all.length} spans shown`);
  await table(page).getByRole('combobox', { name: 'Group' }).selectOption({ label: 'By indicator' });
  await expect(grid(page).locator('.span-grid-group').first()).toContainText(/城镇新增就业|国内生产总值增长/);
  await page.screenshot({ path: `${SHOTS}/table-en.png` });
  expect(await seriousViolations(page)).toEqual([]);
});

test('retags the selected rows of several documents as one step, undoes it, and opens a span in its document', async ({ page, web }) => {
  await taggedSession(web);
  await api(web, 'settings.set', { language: 'zh' });
  await page.goto(web.url);
  await page.getByRole('button', { name: '标注表', exact: true }).click();
  await table(page).getByRole('combobox', { name: '标签' }).selectOption({ label: '政策' });
  const policy = (await listing(web)).rows.filter((r) => r.tag === 'policy');
  expect(new Set(policy.map((r) => r.docId)).size).toBeGreaterThan(1);
  await expect(spanRows(page)).toHaveCount(Math.min(policy.length, await spanRows(page).count()));

  // Shift-click selects a run; Ctrl+A then selects every row shown.
  await spanRows(page).nth(0).locator('input[type="checkbox"]').check();
  await spanRows(page)
    .nth(2)
    .locator('input[type="checkbox"]')
    .click({ modifiers: ['Shift'] });
  await expect(table(page).getByRole('toolbar')).toContainText('已选 3 处');
  await spanRows(page).first().focus();
  await page.keyboard.press('Control+A');
  await expect(table(page).getByRole('toolbar')).toContainText(`已选 ${policy.length} 处`);
  await expect(spanRows(page).first()).toHaveAttribute('aria-selected', 'true');

  await table(page).getByRole('button', { name: '改标签…' }).click();
  await page.getByRole('menu', { name: '改为标签' }).getByRole('menuitem', { name: /项目/ }).click();
  await expect(page.getByRole('region', { name: '通知' })).toContainText(`已把 ${policy.length} 处改为“项目”`);
  await expect(table(page).getByRole('status')).toContainText('显示 0 处');
  expect((await listing(web)).rows.filter((r) => r.tag === 'policy')).toEqual([]);

  await table(page).getByRole('heading', { name: '标注表' }).click();
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('region', { name: '通知' })).toContainText('已撤销');
  await expect(spanRows(page)).not.toHaveCount(0);
  expect((await listing(web)).rows.filter((r) => r.tag === 'policy').map((r) => r.id)).toEqual(policy.map((r) => r.id));

  const first = policy[0]!;
  await spanRows(page).first().focus();
  await page.keyboard.press('Enter');
  await expect(table(page)).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('ws-find-current')?.values().next().value?.toString() ?? ''))
    .toBe(first.quote);
});
