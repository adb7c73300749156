import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { sharedPath } from '../sharedDir';
import { expect, test } from './fixtures';
import { api, importFiles, type WebHost } from './webHost';

interface Span {
  id: string;
  start: number;
  end: number;
  quote: string;
  tag: string;
}

interface Layout {
  documents: { width: number; collapsed: boolean };
  annotations: { width: number; collapsed: boolean };
}

const docText = (page: Page) => page.getByRole('textbox', { name: /^(文档正文|Document text)/ });
const panel = (page: Page) => page.getByRole('complementary', { name: /^(标注列表|Annotations)$/ });
const docList = (page: Page) => page.getByRole('navigation', { name: /^(文档列表|Document list)$/ });
const rows = (page: Page) => panel(page).getByRole('listitem');

/** The id of the sample's first document, and the code-point ranges of every occurrence of each phrase in it. */
async function sample(web: WebHost) {
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const id = docs.find((d) => d.title.startsWith('市北'))!.id;
  const text = (await api<{ text: string }>(web, 'documents.get', { id })).text;
  const all = (phrase: string) => {
    const found: { start: number; end: number }[] = [];
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      const start = [...text.slice(0, at)].length;
      found.push({ start, end: start + [...phrase].length });
    }
    return found;
  };
  return { id, all };
}

async function openSample(page: Page, web: WebHost): Promise<void> {
  await page.goto(web.url);
  await expect(docText(page)).toContainText('要吃透产业发展现状');
}

/** The width of the reading column: the text's own box, inside the page's margins. */
const textWidth = (page: Page) => docText(page).evaluate((el) => el.getBoundingClientRect().width);

test('each row shows its tag, section, the quote in its sentence and its note; identical quotes fold into a group', async ({
  page,
  web,
}) => {
  const { id, all } = await sample(web);
  await api(web, 'annotations.createMany', { docId: id, tag: 'project', spans: all('项目') });
  const policy = await api<Span>(web, 'annotations.create', {
    docId: id,
    ...all('加快打造市北')[0]!,
    tag: 'policy',
    note: '文旅品牌\n第二行不显示',
  });
  await openSample(page, web);
  const count = all('项目').length;
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(`${count + 1} 处标注`);

  const row = panel(page).getByRole('button', { name: /^政策：加快打造市北 / });
  await expect(row.locator('.ws-item-tag')).toHaveText('政策');
  await expect(row.locator('.ws-item-section')).toHaveText('发力扩大内需战场');
  // The sentence from after the last semicolon to the next one, the quote marked within it.
  await expect(row.locator('.ws-item-context')).toHaveText(
    '以承办省旅发大会为契机,加快打造市北整体文旅品牌,确保年内游客接待量增长20%以上;',
  );
  await expect(row.locator('mark')).toHaveText(policy.quote);
  await expect(row.locator('.ws-item-note')).toHaveText('文旅品牌 …');
  // Named by its tag and quote first, then all it shows.
  await expect(row).toHaveAccessibleName(/^政策：加快打造市北 政策 ·发力扩大内需战场 以承办省旅发大会为契机.*以上; 文旅品牌 …$/);

  await panel(page).getByRole('checkbox', { name: '合并相同文字' }).check();
  const group = panel(page).getByRole('button', { name: `项目：项目，共 ${count} 处` });
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await expect(group).toContainText(`×${count}`);
  await expect(rows(page)).toHaveCount(2);
  await group.click();
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(
    panel(page)
      .locator('.ws-row-nested')
      .getByRole('button', { name: /^项目：项目 / })
      .first(),
  ).toBeVisible();
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(count + 2));
  await page.keyboard.press('ArrowLeft');
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(group).toHaveAttribute('aria-expanded', 'true');

  // The grouping is part of the panel's filter, kept in the session.
  await expect.poll(async () => (await api<{ filter: { groupQuotes?: boolean } }>(web, 'view.get')).filter.groupQuotes).toBe(true);
  await page.reload();
  await expect(panel(page).getByRole('checkbox', { name: '合并相同文字' })).toBeChecked();
  await expect(panel(page).getByRole('button', { name: `项目：项目，共 ${count} 处` })).toHaveAttribute('aria-expanded', 'false');
  await panel(page).getByRole('checkbox', { name: '按标签分组' }).check();
  await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText([`项目 ${count}`, '政策 1']);
});

test('the keyboard moves through the list, opens a span with Enter and deletes it with Delete, which one undo restores', async ({
  page,
  web,
}) => {
  const { id, all } = await sample(web);
  const quotes = ['要吃透产业发展现状', '全力冲刺目标', '加快打造市北'];
  for (const quote of quotes) await api(web, 'annotations.create', { docId: id, ...all(quote)[0]!, tag: 'target' });
  await openSample(page, web);
  const button = (quote: string) => panel(page).getByRole('button', { name: `目标：${quote}` });
  // Text order: 全力冲刺目标, 加快打造市北, 要吃透产业发展现状.
  await expect(rows(page).locator('.ws-item-quote')).toHaveText(['全力冲刺目标', '加快打造市北', '要吃透产业发展现状']);

  // One tab stop: the first row; the arrows, Home and End move the focus and the tab stop with it.
  await panel(page).getByRole('combobox', { name: '按章节分组' }).focus();
  await page.keyboard.press('Tab');
  await expect(button('全力冲刺目标')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(button('加快打造市北')).toBeFocused();
  await page.keyboard.press('End');
  await expect(button('要吃透产业发展现状')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(button('要吃透产业发展现状')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(button('全力冲刺目标')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  expect(await panel(page).locator('.ws-item-button[tabindex="0"]').count()).toBe(1);

  // Enter: the span is shown in the text and its popover opens; Escape brings the focus back to the row.
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: '标注详情' });
  await expect(popover).toBeVisible();
  const target = (await api<Span[]>(web, 'annotations.list', { docId: id })).find((s) => s.quote === '加快打造市北')!;
  await expect(page.locator(`mark[data-ids~="${target.id}"]`).first()).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(button('加快打造市北')).toBeFocused();

  // Delete: the span goes, the next row takes the focus, a notice says how to undo.
  await page.keyboard.press('Delete');
  await expect(button('加快打造市北')).toHaveCount(0);
  await expect(button('要吃透产业发展现状')).toBeFocused();
  await expect(page.getByRole('region', { name: '通知' }).getByRole('status')).toContainText('已删除标注“加快打造市北”。按 Ctrl+Z 撤销。');
  await expect.poll(async () => (await api<Span[]>(web, 'annotations.list', { docId: id })).length).toBe(2);
  await expect(page.locator(`mark[data-ids~="${target.id}"]`)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(button('加快打造市北')).toBeVisible();
  await expect
    .poll(async () => (await api<Span[]>(web, 'annotations.list', { docId: id })).map((s) => s.quote).sort())
    .toEqual([...quotes].sort());
});

test('5,000 spans: the list keeps a few dozen rows in the page, and scrolling to its end shows the last span', async ({ page, web }) => {
  const text = readFileSync(sharedPath('corpus', 'national_gwr', 'gwr_1955.txt'));
  await importFiles(web, [{ name: 'gwr_1955.txt', data: text }]);
  const docs = await api<{ id: string; title: string; length: number }[]>(web, 'documents.list');
  const doc = docs.find((d) => d.length > 50_000)!;
  const cps = [...(await api<{ text: string }>(web, 'documents.get', { id: doc.id })).text];
  // Two characters at even steps through the text, where neither is a line break or a space.
  const step = Math.floor(cps.length / 5200);
  const ranges: { start: number; end: number }[] = [];
  for (let start = 0; ranges.length < 5000 && start + 2 <= cps.length; start += step) {
    if (!cps.slice(start, start + 2).some((c) => c === '\n' || c.trim() === '')) ranges.push({ start, end: start + 2 });
  }
  expect(ranges).toHaveLength(5000);
  await api(web, 'annotations.createMany', { docId: doc.id, tag: 'policy', spans: ranges });
  await api(web, 'view.set', { openDocId: doc.id });
  await page.goto(web.url);
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('5000 处标注');
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', '5000');
  expect(await rows(page).count()).toBeLessThan(60);

  const last = ranges.at(-1)!;
  const lastQuote = cps.slice(last.start, last.end).join('');
  const list = panel(page).locator('.ws-panel-list');
  // Scrolled as a wheel or the scroll bar would: the rows measured on the way correct the list's height until the end stays put.
  await expect
    .poll(async () => {
      await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      return rows(page).last().getAttribute('aria-posinset');
    })
    .toBe('5000');
  const lastRow = panel(page).locator('[aria-posinset="5000"]');
  await expect(lastRow).toBeInViewport();
  await expect(lastRow.locator('.ws-item-quote')).toHaveText(lastQuote);
  expect(await rows(page).count()).toBeLessThan(60);

  // The keyboard gets there too: Home and End from a row.
  await lastRow.getByRole('button').focus();
  await page.keyboard.press('Home');
  await expect(panel(page).locator('[aria-posinset="1"]').getByRole('button')).toBeFocused();
  await page.keyboard.press('End');
  await expect(panel(page).locator('[aria-posinset="5000"]').getByRole('button')).toBeFocused();
  expect(await rows(page).count()).toBeLessThan(60);
});

/** The splitter on a panel's inner edge, dragged by `dx` pixels with the mouse. */
async function drag(page: Page, splitter: Locator, dx: number): Promise<void> {
  const box = (await splitter.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y);
  await page.mouse.move(x + dx, y);
  await page.mouse.up();
}

const widthOf = async (locator: Locator) => Math.round((await locator.boundingBox())!.width);

test('the side panels resize by drag and by keyboard, fold by button and shortcut, and stay so after a reload', async ({ page, web }) => {
  await openSample(page, web);
  const docSplitter = page.getByRole('separator', { name: '调整文档列表宽度' });
  const panelSplitter = page.getByRole('separator', { name: '调整标注列表宽度' });
  await expect(docSplitter).toHaveAttribute('aria-valuenow', '260');
  await expect(panelSplitter).toHaveAttribute('aria-valuenow', '360');
  await expect(docSplitter).toHaveAttribute('aria-orientation', 'vertical');

  // Keyboard: → widens the list on the left, ← the panel on the right; Shift takes bigger steps.
  await docSplitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(docSplitter).toHaveAttribute('aria-valuenow', '292');
  await expect.poll(() => widthOf(docList(page))).toBe(292);
  await panelSplitter.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(panelSplitter).toHaveAttribute('aria-valuenow', '424');
  await page.keyboard.press('Home');
  await expect(panelSplitter).toHaveAttribute('aria-valuenow', '260');

  // Mouse: dragging the panel's splitter left by 100 pixels widens it by as much.
  await drag(page, panelSplitter, -100);
  await expect(panelSplitter).toHaveAttribute('aria-valuenow', '360');
  await expect.poll(() => widthOf(panel(page))).toBe(360);
  await drag(page, docSplitter, -1000);
  await expect(docSplitter).toHaveAttribute('aria-valuenow', '180');

  // Folding: the button moves the focus to the rail's button, which brings the list back; the shortcut works from anywhere.
  await docList(page).getByRole('button', { name: '收起文档列表（Ctrl+Shift+D）' }).click();
  await expect(docList(page)).toBeHidden();
  const showList = page.getByRole('button', { name: '展开文档列表（Ctrl+Shift+D）' });
  await expect(showList).toBeFocused();
  await docText(page).click();
  await page.keyboard.press('Control+Shift+A');
  await expect(panel(page)).toBeHidden();
  await expect(page.getByRole('button', { name: '展开标注列表（Ctrl+Shift+A）' })).toBeVisible();

  const expected: Layout = { documents: { width: 180, collapsed: true }, annotations: { width: 360, collapsed: true } };
  await expect.poll(async () => (await api<{ layout?: Layout }>(web, 'view.get')).layout).toEqual(expected);
  await page.reload();
  await expect(docText(page)).toContainText('要吃透产业发展现状');
  await expect(docList(page)).toBeHidden();
  await expect(panel(page)).toBeHidden();

  await showList.click();
  await expect(docList(page)).toBeVisible();
  await expect(docList(page).getByRole('button', { name: '收起文档列表（Ctrl+Shift+D）' })).toBeFocused();
  await expect.poll(() => widthOf(docList(page))).toBe(180);
  await page.keyboard.press('Control+Shift+A');
  await expect(panel(page)).toBeVisible();
  await expect.poll(() => widthOf(panel(page))).toBe(360);
  // Enter on a splitter folds its panel.
  await docSplitter.focus();
  await page.keyboard.press('Enter');
  await expect(docList(page)).toBeHidden();
  await expect(showList).toBeFocused();
});

test('at 1024 pixels the text column is at least 560 wide with the panels folded; a narrow window opens panels over the text', async ({
  page,
  web,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openSample(page, web);
  // Open, both panels narrow together so that the text keeps its share.
  await expect(docList(page)).toBeVisible();
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Control+Shift+D');
  await page.keyboard.press('Control+Shift+A');
  await expect(panel(page)).toBeHidden();
  expect(await textWidth(page)).toBeGreaterThanOrEqual(560);

  await page.keyboard.press('Control+Shift+D');
  await page.keyboard.press('Control+Shift+A');
  await page.setViewportSize({ width: 860, height: 768 });
  // No room for both beside the text: the document list gives way to its rail, the annotation panel stays.
  await expect(docList(page)).toBeHidden();
  await expect(panel(page)).toBeVisible();
  const rail = page.getByRole('button', { name: '展开文档列表（Ctrl+Shift+D）' });
  await expect(rail).toHaveAttribute('aria-expanded', 'false');
  await rail.click();
  await expect(docList(page)).toBeVisible();
  await expect(rail).toHaveAttribute('aria-expanded', 'true');
  await expect(docList(page).getByRole('button', { name: '收起文档列表（Ctrl+Shift+D）' })).toBeFocused();
  // Over the text, not beside it: the text keeps its place.
  const before = await docText(page).boundingBox();
  expect((await docList(page).boundingBox())!.x + 100).toBeGreaterThan(before!.x);
  await page.keyboard.press('Escape');
  await expect(docList(page)).toBeHidden();
  await expect(rail).toBeFocused();
  // The user's choice is unchanged: a wider window brings the list back beside the text.
  await page.setViewportSize({ width: 1280, height: 768 });
  await expect(docList(page)).toBeVisible();
  await expect(page.getByRole('separator', { name: '调整文档列表宽度' })).toBeVisible();
});

test('the text width setting narrows or widens the reading column at once, and is remembered', async ({ page, web }) => {
  await page.setViewportSize({ width: 1920, height: 1000 });
  await openSample(page, web);
  expect(Math.round(await textWidth(page))).toBe(680);
  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: '设置' });
  const group = dialog.getByRole('group', { name: '正文宽度' });
  await expect(group.getByRole('radio', { name: /^适中/ })).toBeChecked();
  await group.getByRole('radio', { name: /^窄/ }).check();
  await expect.poll(async () => Math.round(await textWidth(page))).toBe(560);
  await group.getByRole('radio', { name: /^宽/ }).check();
  await expect.poll(async () => Math.round(await textWidth(page))).toBe(840);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await api<{ textWidth: string }>(web, 'settings.get')).textWidth).toBe('wide');
  await page.reload();
  await expect(docText(page)).toContainText('要吃透产业发展现状');
  expect(Math.round(await textWidth(page))).toBe(840);
  // Where the window is narrower than the measure, the text narrows with it.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(async () => Math.round(await textWidth(page))).toBeLessThan(840);
});

for (const language of ['zh', 'en'] as const) {
  test(`screenshots at 1024, 1440 and 1920 pixels (${language})`, async ({ page, web }) => {
    const { id, all } = await sample(web);
    await api(web, 'annotations.createMany', { docId: id, tag: 'project', spans: all('项目') });
    await api(web, 'annotations.createMany', { docId: id, tag: 'target', spans: all('战场') });
    await api(web, 'annotations.create', {
      docId: id,
      ...all('加快打造市北')[0]!,
      tag: 'policy',
      note: language === 'zh' ? '文旅品牌' : 'Tourism brand',
    });
    await api(web, 'view.set', { filter: { tags: [], query: '', groupByTag: false, groupQuotes: true } });
    await api(web, 'settings.set', { language });
    for (const width of [1024, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await openSample(page, web);
      await panel(page)
        .getByRole('button', { name: language === 'zh' ? /^项目：项目，共/ : /^Project: 项目, / })
        .click();
      await expect(rows(page).nth(3)).toBeVisible();
      await page.screenshot({ path: `/tmp/pizhu-panels-${language}-${width}.png` });
    }
  });
}
