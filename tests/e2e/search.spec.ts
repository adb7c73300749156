import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';
import { sharedPath } from '../sharedDir';
import { expect, test } from './fixtures';
import { api, importFiles, type WebHost } from './webHost';
import { seriousViolations } from './axe';

/** Three work reports beside the fixture's sample: 中小企业 comes 5, 2 and 4 times in them and not in the sample; 专精特新 once, in the report of 2023, and twice in the sample. */
const REPORTS = ['gwr_2023.txt', 'gwr_2018.txt', 'gwr_2003.txt'];

async function importReports(web: WebHost): Promise<{ id: string; title: string }[]> {
  const files = REPORTS.map((name) => sharedPath('corpus', 'national_gwr', name));
  await importFiles(
    web,
    files.map((path) => ({ name: basename(path), data: readFileSync(path) })),
  );
  const docs = await api<{ id: string; title: string; source: { fileName: string } }[]>(web, 'documents.list');
  return REPORTS.map((name) => docs.find((d) => d.source.fileName === name)!);
}

const searchDialog = (page: Page) => page.getByRole('dialog', { name: /^(在全部文档中搜索|Search all documents)$/ });
const queryField = (page: Page) => searchDialog(page).getByRole('searchbox');
const hitButtons = (page: Page) => searchDialog(page).locator('.search-hit');
const docText = (page: Page) => page.getByRole('textbox', { name: /^(文档正文|Document text)/ });
const docItem = (page: Page, title: string) => page.locator('.doc-item', { hasText: title });

async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+F');
  await expect(searchDialog(page)).toBeVisible();
}

async function policyCounts(web: WebHost, ids: string[]): Promise<number[]> {
  const docs = await api<{ id: string; counts: Record<string, number> }[]>(web, 'documents.list');
  return ids.map((id) => docs.find((d) => d.id === id)?.counts.policy ?? 0);
}

test('searches 专精特新 across the corpus, and Enter opens the document at the hit', async ({ page, web }) => {
  const [r2023] = await importReports(web);
  await api(web, 'settings.set', { language: 'zh' });
  await page.goto(web.url);
  await expect(docText(page)).toBeVisible();
  await openSearch(page);
  await queryField(page).fill('专精特新');
  await expect(searchDialog(page).getByRole('status')).toHaveText('2 篇文档中共 3 处');
  await expect(searchDialog(page).locator('.search-row-doc').filter({ hasText: r2023!.title })).toContainText('1 处');
  const hit = hitButtons(page).filter({ hasText: '专精特新中小企业达7万多家' });
  await hit.focus();
  await page.keyboard.press('Enter');
  await expect(searchDialog(page)).toBeHidden();
  await expect(docText(page)).toContainText('专精特新中小企业达7万多家');
  await expect(page.locator('.doc-item.selected')).toContainText(r2023!.title);
  // The hit is painted as the current find match, in view.
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('ws-find-current')?.values().next().value?.toString() ?? ''))
    .toBe('专精特新');
  await openSearch(page);
  await expect(queryField(page)).toHaveValue('专精特新');
});

test('tags every hit across documents as one step; undo and redo restore all, and the counts follow', async ({ page, web }) => {
  const reports = await importReports(web);
  const ids = reports.map((r) => r.id);
  await api(web, 'settings.set', { language: 'zh' });
  await page.goto(web.url);
  await expect(docText(page)).toBeVisible();
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(searchDialog(page)).toBeVisible();
  await queryField(page).fill('中小企业');
  await expect(searchDialog(page).getByRole('status')).toHaveText('3 篇文档中共 11 处');

  // ↓ moves among the hits, Space checks one; with hits checked, only they are tagged.
  await hitButtons(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(hitButtons(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(hitButtons(page).first()).toBeFocused();

  await searchDialog(page).getByRole('button', { name: '全部标注…' }).click();
  await page.getByRole('menu', { name: '标注为' }).getByRole('menuitem', { name: /政策/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '已将 11 处标注为“政策”（3 篇文档）' })).toBeVisible();
  expect(await policyCounts(web, ids)).toEqual([5, 2, 4]);
  await searchDialog(page)
    .getByRole('button', { name: /^关闭|Close$/ })
    .click();
  await expect(searchDialog(page)).toBeHidden();
  await expect(docItem(page, reports[1]!.title)).toContainText('政策 2');
  await expect(docItem(page, reports[2]!.title)).toContainText('政策 4');

  await docText(page).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => policyCounts(web, ids)).toEqual([0, 0, 0]);
  await expect(docItem(page, reports[1]!.title)).not.toContainText('政策');
  await expect(docItem(page, reports[2]!.title)).not.toContainText('政策');
  await page.keyboard.press('Control+y');
  await expect.poll(() => policyCounts(web, ids)).toEqual([5, 2, 4]);
  await expect(docItem(page, reports[1]!.title)).toContainText('政策 2');
  await expect(docItem(page, reports[2]!.title)).toContainText('政策 4');

  // Tagging again makes nothing new: no span is doubled.
  await openSearch(page);
  await expect(searchDialog(page).getByRole('status')).toHaveText('3 篇文档中共 11 处');
  await searchDialog(page).locator('.search-row-hit .search-check').first().check();
  await searchDialog(page).getByRole('button', { name: '标注选中的 1 处…' }).click();
  await page.getByRole('menu', { name: '标注为' }).getByRole('menuitem', { name: /政策/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '未做改动' })).toBeVisible();
  expect(await policyCounts(web, ids)).toEqual([5, 2, 4]);
});

test('a bad regular expression is said in the dialog, and no search runs while an input method composes', async ({ page, web }) => {
  await importReports(web);
  await api(web, 'settings.set', { language: 'en' });
  await page.goto(web.url);
  await expect(docText(page)).toBeVisible();
  await openSearch(page);
  await searchDialog(page).getByRole('checkbox', { name: 'Regular expression' }).check();
  await queryField(page).fill('(中小');
  await expect(searchDialog(page).getByRole('alert')).toContainText('Unterminated group');
  await expect(queryField(page)).toHaveAttribute('aria-invalid', 'true');

  await queryField(page).fill('');
  const field = queryField(page);
  await field.dispatchEvent('compositionstart');
  await field.pressSequentially('zhuan');
  await field.fill('专精特新');
  await expect(searchDialog(page).getByRole('status')).toHaveText('');
  await field.dispatchEvent('compositionend');
  await expect(searchDialog(page).getByRole('status')).toHaveText('3 hits in 2 documents');
});

for (const language of ['zh', 'en'] as const) {
  test(`the search view is accessible, with a screenshot (${language})`, async ({ page, web }) => {
    await importReports(web);
    await api(web, 'settings.set', { language });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(web.url);
    await expect(docText(page)).toBeVisible();
    await openSearch(page);
    await queryField(page).fill('中小企业');
    await expect(hitButtons(page).nth(3)).toBeVisible();
    await searchDialog(page).locator('.search-row-hit .search-check').nth(1).check();
    await hitButtons(page).first().focus();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/pizhu-search-${language}.png` });
  });
}
