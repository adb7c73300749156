import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';
import { selectText } from './editorSelect';
import { api } from './webHost';
import { seriousViolations } from './axe';

interface Span {
  id: string;
  tag: string;
  quote: string;
  section?: string[];
  value?: { amount: string | null; unit: string | null; comparator: string | null; modality: string | null } | null;
}

const docText = (page: Page) => page.getByRole('textbox', { name: /^文档正文/ });
const popover = (page: Page) => page.getByRole('dialog', { name: '标注详情' });
const valueForm = (page: Page) => popover(page).getByRole('group', { name: /^目标数值/ });
const QUOTE = '确保年内游客接待量增长20%以上';
/** axe-core's browser build, evaluated in the page (its CSP refuses script tags), as in a11y.spec.ts. */

test('a target shows its section and parsed value; an edited unit holds after a reload and reaches the csv export', async ({
  page,
  web,
}) => {
  await page.goto(web.url);
  await expect(docText(page)).toContainText('要吃透产业发展现状');
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const docId = docs.find((d) => d.title.startsWith('市北'))!.id;
  const spans = () => api<Span[]>(web, 'annotations.list', { docId });

  await selectText(page, QUOTE);
  await page.keyboard.press('1');
  await expect.poll(async () => (await spans()).length).toBe(1);
  const [span] = await spans();
  await page.locator(`mark[data-ids~="${span!.id}"]`).first().click();

  await expect(popover(page).getByRole('navigation', { name: '所在章节' })).toHaveText('发力扩大内需战场');
  await expect(valueForm(page).getByLabel('数值（基本单位）', { exact: true })).toHaveValue('20');
  await expect(valueForm(page).getByLabel('单位', { exact: true })).toHaveValue('%');
  await expect(valueForm(page).getByLabel('比较', { exact: true })).toHaveValue('at-least');
  await expect(valueForm(page).getByLabel('约束', { exact: true })).toHaveValue('hard');
  expect(await seriousViolations(page, '.ws-popover')).toEqual([]);

  const unit = valueForm(page).getByLabel('单位', { exact: true });
  await unit.fill('个百分点');
  await unit.press('Enter');
  await expect.poll(async () => (await spans())[0]!.value?.unit).toBe('个百分点');

  await page.reload();
  await expect(docText(page)).toContainText('要吃透产业发展现状');
  await page.locator(`mark[data-ids~="${span!.id}"]`).first().click();
  await expect(valueForm(page).getByLabel('单位', { exact: true })).toHaveValue('个百分点');
  await expect(valueForm(page).getByLabel('数值（基本单位）', { exact: true })).toHaveValue('20');

  const file = await api<{ data: string }>(web, 'export.run', { format: 'csv', language: 'zh' });
  const rows: string[][] = parse(Buffer.from(file.data, 'base64'), { bom: true });
  const header = rows[0]!;
  const row = rows.find((r) => r[4] === QUOTE)!;
  const cell = (name: string) => row[header.indexOf(name)];
  expect(header.slice(10, 19)).toEqual(['章节路径', '指标', '数值', '数值上限', '单位', '比较', '约束', '期限', '文档日期']);
  expect([cell('章节路径'), cell('数值'), cell('单位'), cell('比较'), cell('约束'), cell('期限')]).toEqual([
    '发力扩大内需战场',
    '20',
    '个百分点',
    'at-least',
    'hard',
    '年内',
  ]);
});
