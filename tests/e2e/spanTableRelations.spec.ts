import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, importFiles, type WebHost } from './webHost';
import { seriousViolations } from './axe';

const SHOTS = '/tmp/shots-feat-tablerel';

const REPORT =
  '某市政府工作报告\n一、主要目标\n城镇新增就业4万人。\n二、重点任务\n实施就业优先政策，稳定和扩大就业。推进专精特新企业培育工程。';

interface Relation {
  id: string;
  type: string;
  from: string;
  to: string;
}

/** The sample report with a policy tagged, and a report of our own with a target, a policy and a project. */
async function session(web: WebHost) {
  await importFiles(web, [{ name: 'city.txt', data: Buffer.from(REPORT) }]);
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const city = docs.find((d) => d.title.startsWith('某市'))!;
  const sample = docs.find((d) => d.id !== city.id)!;
  const tag = async (docId: string, phrase: string, tagId: string) => {
    const { text } = await api<{ text: string }>(web, 'documents.get', { id: docId });
    const start = [...text.slice(0, text.indexOf(phrase))].length;
    return api<{ id: string }>(web, 'annotations.create', { docId, start, end: start + [...phrase].length, tag: tagId });
  };
  const target = await tag(city.id, '城镇新增就业4万人', 'target');
  const policy = await tag(city.id, '实施就业优先政策', 'policy');
  const project = await tag(city.id, '推进专精特新企业培育工程', 'project');
  const { text } = await api<{ text: string }>(web, 'documents.get', { id: sample.id });
  const phrase = /[\u4e00-\u9fff]{6}/u.exec(text)![0];
  await tag(sample.id, phrase, 'policy');
  return { city, target, policy, project, phrase };
}

const table = (page: Page) => page.getByRole('region', { name: /^(标注表|Span table)$/ });
const grid = (page: Page) => page.getByRole('grid', { name: /^(全部标注|Every span)$/ });
const spanRows = (page: Page) => grid(page).locator('.span-grid-span');
const row = (page: Page, quote: string) => spanRows(page).filter({ has: page.locator('.span-cell-quote', { hasText: quote }) });
const notices = (page: Page) => page.getByRole('region', { name: /^(通知|Notifications)$/ });

test('links two rows of one document from the span table, shows and filters by the link, refuses rows of two documents, undoes', async ({
  page,
  web,
}) => {
  const { city, target, policy, project, phrase } = await session(web);
  await api(web, 'settings.set', { language: 'zh' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(web.url);
  await page.getByRole('button', { name: '标注表', exact: true }).click();
  await expect(spanRows(page)).toHaveCount(4);
  const linkButton = table(page).getByRole('button', { name: '关联…' });
  await expect(linkButton).toBeDisabled();

  // Two rows of two documents: refused, with the documents named.
  await row(page, phrase).locator('input[type="checkbox"]').check();
  await row(page, '城镇新增就业4万人').locator('input[type="checkbox"]').check();
  await linkButton.click();
  await expect(notices(page)).toContainText('关系只能连接同一文档中的两处标注');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await api<Relation[]>(web, 'relations.list', { docId: city.id })).toEqual([]);

  // Target first, policy second: the link still goes policy → target, as "serves" allows; chosen by keyboard.
  await row(page, phrase).locator('input[type="checkbox"]').uncheck();
  await row(page, '实施就业优先政策').locator('input[type="checkbox"]').check();
  await linkButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '关联两处标注' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.link-rows-end').first()).toContainText('实施就业优先政策');
  await expect(dialog.getByRole('combobox', { name: '关系类型' })).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: '关系类型' })).toHaveValue('serves');
  await page.screenshot({ path: `${SHOTS}/link-dialog-zh.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(notices(page)).toContainText('已关联');
  const made = await api<Relation[]>(web, 'relations.list', { docId: city.id });
  expect(made).toMatchObject([{ type: 'serves', from: policy.id, to: target.id }]);

  await expect(row(page, '实施就业优先政策').locator('.span-cell-relations')).toHaveText('服务于 → 城镇新增就业4万人');
  await expect(row(page, '城镇新增就业4万人').locator('.span-cell-relations')).toHaveText('服务于 ← 实施就业优先政策');

  const relationsFilter = table(page).getByRole('combobox', { name: '关系', exact: true });
  await relationsFilter.selectOption({ label: '有关系' });
  await expect(spanRows(page)).toHaveCount(2);
  await relationsFilter.selectOption({ label: '类型：服务于' });
  await expect(spanRows(page)).toHaveCount(2);
  await relationsFilter.selectOption({ label: '类型：投资于' });
  await expect(spanRows(page)).toHaveCount(0);
  await relationsFilter.selectOption({ label: '无关系' });
  await expect(spanRows(page)).toHaveCount(2);
  await relationsFilter.selectOption({ label: '全部' });
  await expect(spanRows(page)).toHaveCount(4);

  const relationsHeader = grid(page).getByRole('columnheader', { name: '关系' });
  await relationsHeader.getByRole('button').click();
  await expect(relationsHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(spanRows(page).nth(2).locator('.span-cell-relations')).toHaveText('');
  await page.screenshot({ path: `${SHOTS}/table-relations-zh.png` });
  expect(await seriousViolations(page)).toEqual([]);

  await table(page).getByRole('heading', { name: '标注表' }).click();
  await page.keyboard.press('Control+Z');
  await expect(notices(page)).toContainText('已撤销');
  await expect(row(page, '实施就业优先政策').locator('.span-cell-relations')).toHaveText('');
  expect(await api<Relation[]>(web, 'relations.list', { docId: city.id })).toEqual([]);

  // In English, with the target served twice (links made through the API): the cell counts them.
  await api(web, 'relations.create', { docId: city.id, type: 'serves', from: policy.id, to: target.id });
  await api(web, 'relations.create', { docId: city.id, type: 'serves', from: project.id, to: target.id });
  await api(web, 'settings.set', { language: 'en' });
  await page.reload();
  await page.getByRole('button', { name: 'Span table', exact: true }).click();
  await expect(row(page, '城镇新增就业4万人').locator('.span-cell-relations')).toHaveText(
    '2Serves ← 实施就业优先政策；Serves ← 推进专精特新企业培育工程',
  );
  await expect(row(page, '城镇新增就业4万人').locator('.span-cell-relations')).toHaveAttribute(
    'title',
    'Serves ← 实施就业优先政策\nServes ← 推进专精特新企业培育工程',
  );
  await row(page, '实施就业优先政策').locator('input[type="checkbox"]').check();
  await row(page, '推进专精特新企业培育工程').locator('input[type="checkbox"]').check();
  await table(page).getByRole('button', { name: 'Link…' }).click();
  await expect(page.getByRole('dialog', { name: 'Link two spans' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/link-dialog-en.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(table(page)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/table-relations-en.png` });
  expect(await seriousViolations(page)).toEqual([]);
});
