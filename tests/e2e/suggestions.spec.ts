import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sharedPath } from '../sharedDir';
import { expect, test } from './fixtures';
import { api, importFiles, type WebHost } from './webHost';
import { seriousViolations } from './axe';

interface Suggestion {
  id: string;
  start: number;
  end: number;
  tag: string;
  quote: string;
  rule: string;
}

interface Span {
  id: string;
  tag: string;
  quote: string;
  origin?: string;
}

const docText = (page: Page) => page.getByRole('textbox', { name: /^文档正文/ });
const region = (page: Page) => page.getByRole('region', { name: /^建议/ });
const listbox = (page: Page) => region(page).getByRole('listbox');
const current = (page: Page) => listbox(page).getByRole('option', { selected: true });
/** How many suggestions the list offers: it is virtualised, so its options in the page tell it by their set size. */
const optionCount = (page: Page) =>
  listbox(page)
    .getByRole('option')
    .evaluateAll((options) => Number(options[0]?.getAttribute('aria-setsize') ?? 0));

/** The 2023 national work report, imported and opened; its id. */
async function openReport(page: Page, web: WebHost): Promise<string> {
  await importFiles(web, [{ name: 'gwr_2023.txt', data: readFileSync(sharedPath('corpus', 'national_gwr', 'gwr_2023.txt')) }]);
  const docs = await api<{ id: string; source: { fileName: string } }[]>(web, 'documents.list');
  const id = docs.find((d) => d.source.fileName === 'gwr_2023.txt')!.id;
  await api(web, 'view.set', { openDocId: id });
  await page.goto(web.url);
  await expect(docText(page)).toContainText('政府工作报告');
  return id;
}

/** How many of the page's suggestion highlights (the layer over the text) there are, by name. */
const highlightSizes = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, highlight.size])));

test('suggestions: accept and reject by key, accept all shown as one undo step, and the decisions hold after a reload', async ({
  page,
  web,
}, testInfo) => {
  const docId = await openReport(page, web);
  const offered = await api<Suggestion[]>(web, 'suggestions.list', { docId });
  expect(offered.length).toBeGreaterThan(50);
  await expect.poll(() => optionCount(page)).toBe(offered.length);
  await expect.poll(async () => (await highlightSizes(page))['ws-suggest-policy']).toBe(offered.filter((s) => s.tag === 'policy').length);

  // The first suggestion becomes current when the list takes the focus; Tab and Shift+Tab move through the list.
  await listbox(page).focus();
  await expect(current(page)).toContainText(offered[0]!.quote);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(current(page)).toContainText(offered[2]!.quote);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(current(page)).toContainText(offered[0]!.quote);
  await expect.poll(async () => (await highlightSizes(page))['ws-suggest-current']).toBe(1);

  // Keys pressed one right after another, before the core has answered the one before: each is for the next suggestion.
  for (const key of ['a', 'Enter', 'a', 'x', 'Delete']) await page.keyboard.press(key);
  await expect(current(page)).toContainText(offered[5]!.quote);
  await expect.poll(async () => (await api<Span[]>(web, 'annotations.list', { docId })).length).toBe(3);
  const accepted = await api<Span[]>(web, 'annotations.list', { docId });
  expect(accepted.map((s) => [s.quote, s.origin])).toEqual(offered.slice(0, 3).map((s) => [s.quote, `rule:${s.rule}`]));
  const rejected = offered.slice(3, 5).map((s) => s.id);
  await expect
    .poll(async () => (await api<Suggestion[]>(web, 'suggestions.list', { docId })).filter((s) => rejected.includes(s.id)).length)
    .toBe(0);

  // Only the shown (filtered) suggestions are accepted, in one step that one Ctrl+Z undoes.
  await region(page).getByRole('button', { name: /^项目/ }).click();
  const projects = (await api<Suggestion[]>(web, 'suggestions.list', { docId })).filter((s) => s.tag === 'project');
  expect(projects.length).toBeGreaterThan(3);
  await expect.poll(() => optionCount(page)).toBe(projects.length);
  await expect.poll(async () => (await highlightSizes(page))['ws-suggest-policy']).toBeUndefined();
  await testInfo.attach('suggestions', { body: await page.screenshot(), contentType: 'image/png' });
  await page.screenshot({ path: testInfo.outputPath('suggestions.png') });
  expect(await seriousViolations(page, '.ws-suggest')).toEqual([]);

  await region(page)
    .getByRole('button', { name: `全部接受（${projects.length} 条）` })
    .click();
  await expect.poll(async () => (await api<Span[]>(web, 'annotations.list', { docId })).length).toBe(3 + projects.length);
  // What is left of the project filter are projections of the accepted text onto its other occurrences, if any.
  const left = (await api<Suggestion[]>(web, 'suggestions.list', { docId })).filter((s) => s.tag === 'project');
  expect(left.every((s) => s.rule === 'projection' && !projects.some((p) => p.id === s.id))).toBe(true);
  await expect.poll(() => optionCount(page)).toBe(left.length);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await api<Span[]>(web, 'annotations.list', { docId })).length).toBe(3);
  await expect.poll(() => optionCount(page)).toBe(projects.length);

  // The toggle hides them in the text and the panel, and is remembered.
  await region(page).getByRole('switch', { name: '显示' }).uncheck();
  await expect(region(page).getByText(/^建议已隐藏/)).toBeVisible();
  await expect.poll(async () => Object.keys(await highlightSizes(page)).filter((n) => n.startsWith('ws-suggest')).length).toBe(0);

  await web.restart();
  await page.goto(web.url);
  await expect(docText(page)).toContainText('政府工作报告');
  await expect(region(page).getByRole('switch', { name: '显示' })).not.toBeChecked();
  await region(page).getByRole('switch', { name: '显示' }).check();
  const after = await api<Suggestion[]>(web, 'suggestions.list', { docId });
  await expect.poll(() => optionCount(page)).toBe(after.length);
  expect(after.some((s) => rejected.includes(s.id) || offered.slice(0, 3).some((a) => a.id === s.id))).toBe(false);
  expect((await api<Span[]>(web, 'annotations.list', { docId })).map((s) => s.origin)).toEqual(
    offered.slice(0, 3).map((s) => `rule:${s.rule}`),
  );
  expect(await seriousViolations(page, '.ws-suggest')).toEqual([]);
});

test('suggestions: Tab and Shift+Tab pressed right after a decision move on from the suggestion the list moved to', async ({
  page,
  web,
}) => {
  const docId = await openReport(page, web);
  const offered = await api<Suggestion[]>(web, 'suggestions.list', { docId });
  await expect.poll(() => optionCount(page)).toBe(offered.length);
  await listbox(page).focus();
  await expect(current(page)).toContainText(offered[0]!.quote);

  // Accept 0 (current: 1), Tab (2), reject 2 (current: 3), Shift+Tab (1), accept 1 (current: 3), Tab (4), reject 4: no waiting between keys.
  for (const key of ['a', 'Tab', 'x', 'Shift+Tab', 'Enter', 'Tab', 'Delete']) await page.keyboard.press(key);
  await expect(current(page)).toContainText(offered[5]!.quote);
  await expect
    .poll(async () => (await api<Span[]>(web, 'annotations.list', { docId })).map((s) => s.quote).sort())
    .toEqual([offered[0]!.quote, offered[1]!.quote].sort());
  await expect
    .poll(async () => {
      const left = new Set((await api<Suggestion[]>(web, 'suggestions.list', { docId })).map((s) => s.id));
      return [0, 1, 2, 3, 4].map((i) => left.has(offered[i]!.id));
    })
    .toEqual([false, false, false, true, false]);

  // An undo pressed at once after a decision undoes that decision, never one before it.
  await page.keyboard.press('a');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await api<Span[]>(web, 'annotations.list', { docId })).length).toBe(2);
  await expect
    .poll(async () => (await api<Suggestion[]>(web, 'suggestions.list', { docId })).some((s) => s.id === offered[5]!.id))
    .toBe(true);
});

test('suggestions: the side panel shares its height by a bar, and the suggestions fold to their header', async ({ page, web }) => {
  await openReport(page, web);
  const annotations = page.locator('.ws-side-stack > .ws-panel').first();
  const bar = page.getByRole('separator', { name: '调整标注列表与建议的高度' });
  await expect(listbox(page)).toBeVisible();
  const shared = (await annotations.boundingBox())!.height;
  await bar.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(bar).toHaveAttribute('aria-valuenow', '70');
  await expect.poll(async () => (await annotations.boundingBox())!.height).toBeGreaterThan(shared);
  expect(await seriousViolations(page, '.ws-side-stack')).toEqual([]);

  await region(page).getByRole('button', { name: /^建议/ }).click();
  await expect(region(page).getByRole('button', { name: /^建议/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(listbox(page)).toHaveCount(0);
  await expect(bar).toHaveCount(0);
  const stack = (await page.locator('.ws-side-stack').boundingBox())!.height;
  const folded = (await region(page).boundingBox())!.height;
  expect((await annotations.boundingBox())!.height).toBeGreaterThanOrEqual(stack - folded - 1);
  expect(await seriousViolations(page, '.ws-side-stack')).toEqual([]);
  await region(page).getByRole('button', { name: /^建议/ }).click();
  await expect(listbox(page)).toBeVisible();
});
