import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sharedPath } from '../sharedDir';
import { expect, test } from './fixtures';
import { api, importFiles } from './webHost';
import { seriousViolations } from './axe';

const ABA = '阿坝州人民政府办公室关于印发《阿坝州政务数...(FBM-CLI.12.4792728).txt';
const BEIJING = '北京市经济和信息化局印发《关于推进北京市数...(FBM-CLI.12.5679380).txt';
/** axe-core's browser build, evaluated in the page (its CSP refuses script tags), as in a11y.spec.ts. */

const list = (page: Page) => page.getByRole('navigation', { name: '文档列表' });
const titles = (page: Page) => list(page).locator('.doc-title');

test('the list shows each document’s date, region and issuer; a region edited in the properties and the chosen order hold after a reload', async ({
  page,
  web,
}) => {
  const local = (name: string) => ({ name, data: readFileSync(sharedPath('corpus', 'local_policy', name)) });
  await importFiles(web, [local(ABA), local(BEIJING)]);
  await page.goto(web.url);

  const aba = list(page).locator('.doc-item', { hasText: '阿坝州政务数据资源管理暂行办法' });
  await expect(aba.locator('.doc-origin')).toHaveText('2021-10-11 · 阿坝州 · 阿坝州人民政府办公室');
  const beijing = list(page).locator('.doc-item', { hasText: '关于推进北京市数据专区建设' });
  await expect(beijing.locator('.doc-origin')).toHaveText('2022-11-21 · 北京市 · 北京市经济和信息化局');
  await expect(list(page).locator('.doc-item', { hasText: '市北' }).locator('.doc-origin')).toContainText('市北区');

  await beijing.locator('.doc-open').click({ button: 'right' });
  await page.getByRole('menuitem', { name: /文档属性/ }).click();
  const dialog = page.getByRole('dialog', { name: /的属性$/ });
  await expect(dialog.getByLabel('地区')).toHaveValue('北京市');
  await expect(dialog.getByLabel('发文机关')).toHaveValue('北京市经济和信息化局');
  expect(await seriousViolations(page, '.document-properties')).toEqual([]);
  await dialog.getByLabel('日期').fill('下周');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/读不出日期/);
  await dialog.getByLabel('日期').fill('2022年11月21日');
  await dialog.getByLabel('地区').fill('北京市海淀区');
  await dialog.getByLabel('发文机关').fill('');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(beijing.locator('.doc-origin')).toHaveText('2022-11-21 · 北京市海淀区');

  const sortBy = list(page).getByLabel('文档排序');
  await sortBy.selectOption({ label: '地区' });
  // By pinyin: 阿坝州, 北京市海淀区, 市北区, 西海岸新区.
  await expect(titles(page)).toHaveText([/^阿坝州人民政府办公室/, /^北京市经济和信息化局/, /^市北/, /^西海岸/]);
  await list(page).getByRole('button', { name: '降序' }).click();
  await expect(titles(page)).toHaveText([/^西海岸/, /^市北/, /^北京市经济和信息化局/, /^阿坝州人民政府办公室/]);

  await page.reload();
  await expect(list(page).getByLabel('文档排序')).toHaveValue('region');
  await expect(list(page).getByRole('button', { name: '降序' })).toHaveAttribute('aria-pressed', 'true');
  await expect(titles(page)).toHaveText([/^西海岸/, /^市北/, /^北京市经济和信息化局/, /^阿坝州人民政府办公室/]);
  await expect(beijing.locator('.doc-origin')).toHaveText('2022-11-21 · 北京市海淀区');
  const stored = await api<{ title: string; region?: string | null; issuer?: string | null }[]>(web, 'documents.list');
  expect(stored.find((d) => d.title.startsWith('北京市'))).toMatchObject({ region: '北京市海淀区', issuer: null });
});
