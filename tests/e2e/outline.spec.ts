import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sharedPath } from '../sharedDir';
import { expect, test } from './fixtures';
import { api, importFiles, type WebHost } from './webHost';
import { seriousViolations } from './axe';

const SECOND_LEVEL = '（七）推动发展方式绿色转型';
const TOP_LEVEL = '二、对今年政府工作的建议';

/** Import the 2023 work report and make it the open document; its id and the code-point offset of a phrase in it. */
async function open2023(page: Page, web: WebHost, language: 'zh' | 'en' = 'zh') {
  await importFiles(web, [{ name: 'gwr_2023.txt', data: readFileSync(sharedPath('corpus', 'national_gwr', 'gwr_2023.txt')) }]);
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const id = docs.find((d) => d.title.includes('政府工作报告'))!.id;
  const text = (await api<{ text: string }>(web, 'documents.get', { id })).text;
  const offsetOf = (phrase: string) => [...text.slice(0, text.indexOf(phrase))].length;
  await api(web, 'view.set', { openDocId: id });
  await api(web, 'settings.set', { language });
  await page.goto(web.url);
  await expect(docText(page)).toContainText('各位代表');
  return { id, offsetOf };
}

const docText = (page: Page) => page.getByRole('textbox', { name: /^(文档正文|Document text)/ });
const tree = (page: Page) => page.getByRole('tree');
const item = (page: Page, label: string) => tree(page).getByRole('treeitem', { name: label, exact: true });

/** Whether the line of the text that starts with `label` is at the top of the text's scroller (within a line's height). */
async function lineAtTop(page: Page, label: string): Promise<boolean> {
  return page.evaluate((label) => {
    const scroller = document.querySelector('.ws-doc-scroll')!;
    const line = [...document.querySelectorAll('.ws-doc-text > .ws-chunk > *')].find((p) => p.textContent!.startsWith(label));
    if (!line) return false;
    const delta = line.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    return Math.abs(delta) < 30;
  }, label);
}

test('the outline of the 2023 report: headings as a tree, click and Enter go there, the current heading follows the text', async ({
  page,
  web,
}) => {
  await open2023(page, web);
  await expect(tree(page)).toHaveAccessibleName(/^文档提纲：/);
  const top = item(page, TOP_LEVEL);
  await expect(top).toHaveAttribute('aria-level', '1');
  await expect(top).toHaveAttribute('aria-expanded', 'true');
  await expect(item(page, SECOND_LEVEL)).toHaveAttribute('aria-level', '2');
  await expect(tree(page).getByRole('treeitem', { name: '国务院总理' })).toHaveCount(0);

  await item(page, SECOND_LEVEL).locator('.outline-label').click();
  await expect.poll(() => lineAtTop(page, SECOND_LEVEL)).toBe(true);
  await expect(item(page, SECOND_LEVEL)).toHaveAttribute('aria-current', 'location');
  await expect(item(page, SECOND_LEVEL)).toBeFocused();

  // The keyboard: ↑ to the previous heading, ← to its parent and fold it, → unfold, ↓ into it, Enter goes there.
  await page.keyboard.press('ArrowUp');
  await expect(item(page, '（六）稳定粮食生产和推进乡村振兴')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(top).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(top).toHaveAttribute('aria-expanded', 'false');
  await expect(item(page, SECOND_LEVEL)).toHaveCount(0);
  // The current heading is inside the folded one: the folded one stands for it.
  await expect(top).toHaveAttribute('aria-current', 'location');
  await page.keyboard.press('ArrowRight');
  await expect(top).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(item(page, '（一）着力扩大国内需求')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(item(page, '（三）切实落实“两个毫不动摇”')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => lineAtTop(page, '（三）切实落实“两个毫不动摇”')).toBe(true);
  await expect(item(page, '（三）切实落实“两个毫不动摇”')).toHaveAttribute('aria-current', 'location');

  // Scrolling the text moves the current heading.
  await page.evaluate(() => {
    const line = [...document.querySelectorAll('.ws-doc-text > .ws-chunk > *')].find((p) =>
      p.textContent!.startsWith('提升医疗卫生服务能力'),
    )!;
    line.scrollIntoView({ block: 'start' });
  });
  await expect(item(page, '提升医疗卫生服务能力')).toHaveAttribute('aria-current', 'location');
  await expect(tree(page).locator('[aria-current="location"]')).toHaveCount(1);
  await page.evaluate(() => document.querySelector('.ws-doc-scroll')!.scrollTo(0, 0));
  await expect(tree(page).locator('[aria-current="location"]')).toHaveCount(0);

  // Ctrl+Shift+O goes from the outline back to the text, and from the text to the current heading.
  await page.keyboard.press('Control+Shift+O');
  await expect(docText(page)).toBeFocused();
  await item(page, SECOND_LEVEL).locator('.outline-label').click();
  await docText(page).focus();
  await page.keyboard.press('Control+Shift+O');
  await expect(item(page, SECOND_LEVEL)).toBeFocused();
});

test('Ctrl+Shift+O shows the folded document panel with the outline, and the outline folds under its heading', async ({ page, web }) => {
  await open2023(page, web);
  await page.keyboard.press('Control+Shift+D');
  await expect(tree(page)).toHaveCount(0);
  await docText(page).focus();
  await page.keyboard.press('Control+Shift+O');
  await expect(item(page, '一、过去一年和五年工作回顾')).toBeFocused();

  const toggle = page.getByRole('button', { name: /^提纲/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(tree(page)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+O');
  await expect(item(page, '一、过去一年和五年工作回顾')).toBeFocused();

  // What is folded stays folded, and a folded outline stays folded, after a reload.
  await page.keyboard.press('ArrowLeft');
  await expect(item(page, '一、过去一年和五年工作回顾')).toHaveAttribute('aria-expanded', 'false');
  await page.reload();
  await expect(item(page, '一、过去一年和五年工作回顾')).toHaveAttribute('aria-expanded', 'false');
  await expect(item(page, '（一）创新宏观调控，保持经济运行在合理区间')).toHaveCount(0);
  await expect(item(page, TOP_LEVEL)).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(tree(page)).toHaveCount(0);
  await page.reload();
  await expect(docText(page)).toContainText('各位代表');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('the annotation list groups by section and keeps to one section, and remembers it', async ({ page, web }) => {
  await importFiles(web, [{ name: 'gwr_2023.txt', data: readFileSync(sharedPath('corpus', 'national_gwr', 'gwr_2023.txt')) }]);
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const id = docs.find((d) => d.title.includes('政府工作报告'))!.id;
  const text = (await api<{ text: string }>(web, 'documents.get', { id })).text;
  const at = (quote: string) => {
    const start = [...text.slice(0, text.indexOf(quote))].length;
    return { start, end: start + [...quote].length };
  };
  for (const [quote, tag] of [
    ['城镇新增就业1206万人', 'target'],
    ['五年总体赤字率控制在3%以内', 'target'],
    ['稳定粮食播种面积', 'policy'],
    ['加快建设新型能源体系', 'project'],
  ] as const) {
    await api(web, 'annotations.create', { docId: id, ...at(quote), tag });
  }
  await api(web, 'view.set', { openDocId: id });
  await page.goto(web.url);
  const panel = page.getByRole('complementary', { name: '标注列表' });
  await expect(panel.getByRole('listitem')).toHaveCount(4);
  // Each row names the innermost heading of its clause path.
  await expect(panel.getByRole('button', { name: /^目标：五年总体赤字率/ }).locator('.ws-item-section')).toHaveText(
    '坚持实施积极的财政政策',
  );

  await panel.getByLabel('按章节分组').selectOption({ label: '按一级标题' });
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText([`${'一、过去一年和五年工作回顾'} 2`, `${TOP_LEVEL} 2`]);
  await panel.getByLabel('按章节分组').selectOption({ label: '按完整章节路径' });
  await expect(panel.getByRole('heading', { level: 3 })).toHaveCount(4);
  await expect(panel.getByRole('heading', { level: 3 }).nth(1)).toHaveText(
    '一、过去一年和五年工作回顾 › （一）创新宏观调控，保持经济运行在合理区间 › 坚持实施积极的财政政策 1',
  );

  await panel.getByLabel('只看章节').selectOption({ label: `\u3000${SECOND_LEVEL}` });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByRole('button', { name: /^项目：加快建设新型能源体系/ })).toBeVisible();
  await expect
    .poll(async () => (await api<{ filter: unknown }>(web, 'view.get')).filter)
    .toMatchObject({ groupBySection: 'path', section: { docId: id, path: [TOP_LEVEL, SECOND_LEVEL] } });

  await page.reload();
  await expect(panel.getByLabel('只看章节')).not.toHaveValue('-1');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await panel.getByLabel('只看章节').selectOption({ label: '全部章节' });
  await expect(panel.getByRole('listitem')).toHaveCount(8);
});

for (const language of ['zh', 'en'] as const) {
  test(`axe finds no serious violation in the outline, and how it looks (${language})`, async ({ page, web }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const { id, offsetOf } = await open2023(page, web, language);
    for (const quote of ['城镇新增就业1206万人', '加快建设新型能源体系']) {
      const start = offsetOf(quote);
      await api(web, 'annotations.create', { docId: id, start, end: start + [...quote].length, tag: 'target' });
    }
    await api(web, 'view.set', { filter: { tags: [], query: '', groupByTag: false, groupBySection: 'top' } });
    await page.reload();
    await expect(page.locator('.ws-section-title')).toHaveCount(2);
    await item(page, SECOND_LEVEL).locator('.outline-label').click();
    await expect(item(page, SECOND_LEVEL)).toHaveAttribute('aria-current', 'location');
    expect(await seriousViolations(page)).toEqual([]);
    // With the outline beside it and the annotation list folded, the text keeps a comfortable column at 1024 pixels.
    await page.keyboard.press('Control+Shift+A');
    await expect(tree(page)).toBeVisible();
    const width = await docText(page).evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(560);
    await page.keyboard.press('Control+Shift+A');
    await page.screenshot({ path: `/tmp/pizhu-outline-${language}.png` });
  });
}
