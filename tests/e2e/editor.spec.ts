import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { charBox, selectText } from './editorSelect';
import { api } from './webHost';

interface Span {
  id: string;
  start: number;
  end: number;
  quote: string;
  tag: string;
  note: string;
}

const docText = (page: Page) => page.getByRole('textbox', { name: /^文档正文/ });
const panel = (page: Page) => page.getByRole('complementary', { name: '标注列表' });
const tagButton = (page: Page, label: string) =>
  page.getByRole('toolbar', { name: '标注工具栏' }).getByRole('button', { name: label, exact: true });
const popover = (page: Page) => page.getByRole('dialog');
const marks = (page: Page, id: string) => page.locator(`mark[data-ids~="${id}"]`);

async function openDoc(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(docText(page)).toContainText('要吃透产业发展现状');
}

/** The open document's id: the one whose text the page shows. */
async function docId(web: { origin: string; token: string }): Promise<string> {
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  return docs.find((d) => d.title.startsWith('市北'))!.id;
}

const list = (web: { origin: string; token: string }, id: string) => api<Span[]>(web, 'annotations.list', { docId: id });

/** Text of every piece of a span, joined: what the reader sees highlighted for it. */
async function shownText(page: Page, id: string): Promise<string> {
  return (await marks(page, id).allTextContents()).join('');
}

test.beforeEach(async ({ page, web }) => {
  await openDoc(page, web.url);
});

test('tags by toolbar button, hotkey and context menu; trims whitespace; saved with code-point offsets', async ({ page, web }) => {
  const id = await docId(web);
  await selectText(page, '要吃透产业发展现状');
  await tagButton(page, '目标').click();
  await expect.poll(async () => (await list(web, id)).length).toBe(1);
  await selectText(page, '全力冲刺目标');
  await page.keyboard.press('2');
  await expect.poll(async () => (await list(web, id)).length).toBe(2);
  await selectText(page, '加快打造市北');
  const box = await page.evaluate(() => {
    const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y, { button: 'right' });
  await page.getByRole('menu', { name: '标注所选文字' }).getByRole('menuitem', { name: /政策/ }).click();

  await expect(panel(page).getByRole('button', { name: /^(目标|项目|政策)：/ })).toHaveCount(3);
  const spans = await list(web, id);
  const text = (await api<{ text: string }>(web, 'documents.get', { id })).text;
  const cps = [...text];
  expect(spans.map((s) => [s.tag, s.quote])).toEqual(
    expect.arrayContaining([
      ['target', '要吃透产业发展现状'],
      ['project', '全力冲刺目标'],
      ['policy', '加快打造市北'],
    ]),
  );
  for (const span of spans) {
    expect(cps.slice(span.start, span.end).join('')).toBe(span.quote);
    await expect.poll(() => shownText(page, span.id)).toBe(span.quote);
  }
  await page.screenshot({ path: '/tmp/pizhu-editor-tagged.png' });
});

test('the text is read-only: typing and pasting change nothing, shift+arrows select', async ({ page, web }) => {
  const id = await docId(web);
  const before = await docText(page).textContent();
  await selectText(page, '要吃透');
  await page.evaluate(() => getSelection()!.collapseToStart());
  await docText(page).focus();
  await page.keyboard.type('abc');
  await page.keyboard.press('Backspace');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '粘贴');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  expect(await docText(page).textContent()).toBe(before);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => getSelection()!.toString())).toBe('要吃透产业');
  await page.keyboard.press('1');
  await expect.poll(async () => (await list(web, id)).map((s) => s.quote)).toEqual(['要吃透产业']);
});

test('overlapping spans are both visible and each can be chosen where they overlap', async ({ page, web }) => {
  const id = await docId(web);
  await selectText(page, '要吃透产业发展现状');
  await page.keyboard.press('1');
  await selectText(page, '产业发展');
  await page.keyboard.press('3');
  await expect.poll(async () => (await list(web, id)).length).toBe(2);
  const [outer, inner] = (await list(web, id)).sort((a, b) => b.end - b.start - (a.end - a.start));
  await expect.poll(() => shownText(page, outer!.id)).toBe('要吃透产业发展现状');
  await expect.poll(() => shownText(page, inner!.id)).toBe('产业发展');
  // The overlap shows both colours: the inner tag's background and a bar for the outer tag.
  const overlap = page.locator(`mark[data-ids="${inner!.id} ${outer!.id}"]`);
  await expect(overlap).toHaveCSS('background-image', /rgb\(232, 89, 12\)/);
  await expect(overlap).toHaveCSS('background-color', /rgba\(47, 158, 68/);

  await overlap.click();
  await expect(popover(page)).toHaveAccessibleName('此处有 2 处标注，请选择一处');
  await popover(page)
    .getByRole('button', { name: /^目标：/ })
    .click();
  await expect(popover(page)).toHaveAccessibleName('标注详情');
  await expect(popover(page).getByRole('button', { name: '目标' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();

  await overlap.click();
  await popover(page)
    .getByRole('button', { name: /^政策：/ })
    .click();
  await expect(popover(page).getByRole('button', { name: '政策' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');

  await marks(page, outer!.id)
    .first()
    .click({ position: { x: 4, y: 8 } });
  await expect(popover(page)).toHaveAccessibleName('标注详情');
  await expect(popover(page).getByRole('button', { name: '目标' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: '/tmp/pizhu-editor-overlap.png' });
});

test('the popover changes the tag, saves a note, and deletes', async ({ page, web }) => {
  const id = await docId(web);
  await selectText(page, '全力冲刺目标');
  await page.keyboard.press('1');
  await expect.poll(async () => (await list(web, id)).length).toBe(1);
  const [span] = await list(web, id);
  await marks(page, span!.id).first().click();
  await popover(page).getByRole('button', { name: '项目' }).click();
  await expect.poll(async () => (await list(web, id))[0]!.tag).toBe('project');
  await expect(popover(page).getByRole('button', { name: '项目' })).toHaveAttribute('aria-pressed', 'true');
  await popover(page).getByRole('textbox', { name: '备注' }).fill('年度重点');
  await popover(page).getByRole('textbox', { name: '备注' }).press('Enter');
  await expect.poll(async () => (await list(web, id))[0]!.note).toBe('年度重点');
  await expect(panel(page).getByRole('button', { name: /^项目：全力冲刺目标/ })).toContainText('年度重点');
  await expect(marks(page, span!.id)).toHaveCSS('background-color', /rgba\(28, 126, 214/);

  await popover(page).getByRole('button', { name: '删除标注' }).click();
  await expect(marks(page, span!.id)).toHaveCount(0);
  await expect.poll(async () => (await list(web, id)).length).toBe(0);
  await expect(panel(page)).toContainText('还没有标注');
});

/** Tag the first occurrence of `quote` through the API; the page shows it after a reload. */
async function tagQuote(web: { origin: string; token: string }, docId: string, quote: string, tag: string): Promise<Span> {
  const text = (await api<{ text: string }>(web, 'documents.get', { id: docId })).text;
  const start = [...text.slice(0, text.indexOf(quote))].length;
  return api<Span>(web, 'annotations.create', { docId, start, end: start + [...quote].length, tag });
}

const docList = (page: Page) => page.getByRole('navigation', { name: '文档列表' });
const noteOf = async (web: { origin: string; token: string }, docId: string, spanId: string) =>
  (await list(web, docId)).find((s) => s.id === spanId)?.note;

/** Every way a popover with a note being typed can be left, and what the page shows once it has been left. */
const noteRoutes: { name: string; leave: (page: Page, other: Span) => Promise<void> }[] = [
  { name: 'Enter', leave: (page) => popover(page).getByRole('textbox', { name: '备注' }).press('Enter') },
  {
    name: 'Escape',
    leave: async (page) => {
      await page.keyboard.press('Escape');
      await expect(popover(page)).toBeHidden();
    },
  },
  {
    name: 'the × button',
    leave: async (page) => {
      await popover(page).getByRole('button', { name: '关闭' }).click();
      await expect(popover(page)).toBeHidden();
    },
  },
  {
    name: 'Tab',
    leave: async (page) => {
      await page.keyboard.press('Tab');
      await expect(popover(page).getByRole('textbox', { name: '备注' })).not.toBeFocused();
    },
  },
  {
    name: 'a click in the text',
    leave: async (page) => {
      await docText(page).getByRole('heading', { name: '发力招商引资战场' }).click();
      await expect(popover(page)).toBeHidden();
    },
  },
  {
    name: 'a click in the document list',
    leave: async (page) => {
      await docList(page).getByRole('heading', { name: '文档' }).click();
      await expect(popover(page)).toBeHidden();
    },
  },
  {
    name: 'switching document',
    leave: async (page) => {
      await docList(page)
        .getByRole('button', { name: /^西海岸/ })
        .click();
      await expect(docText(page)).toHaveAccessibleName(/西海岸/);
    },
  },
  {
    name: 'a click on another span',
    leave: async (page, other) => {
      await marks(page, other.id).first().click();
      await expect(popover(page).getByRole('textbox', { name: '备注' })).toHaveValue('');
    },
  },
  { name: 'reloading the page', leave: async (page) => void (await page.reload()) },
];

for (const route of noteRoutes) {
  test(`a note typed in the popover is kept when it is left by ${route.name}`, async ({ page, web }) => {
    const id = await docId(web);
    const span = await tagQuote(web, id, '全力冲刺目标', 'target');
    const other = await tagQuote(web, id, '要吃透产业发展现状', 'project');
    await openDoc(page, web.url);
    await marks(page, span.id).first().click();
    const note = popover(page).getByRole('textbox', { name: '备注' });
    await note.fill('年度重点，需跟进');
    await route.leave(page, other);
    await expect.poll(() => noteOf(web, id, span.id)).toBe('年度重点，需跟进');

    // Read back after a reload, in the document the note belongs to (switching left the other one open).
    await page.goto(web.url);
    await docList(page).getByRole('button', { name: /^市北/ }).click();
    await expect(docText(page)).toContainText('要吃透产业发展现状');
    await expect(panel(page).getByRole('button', { name: /^目标：全力冲刺目标/ })).toContainText('年度重点，需跟进');
    expect(await noteOf(web, id, other.id)).toBe('');
  });
}

test('closing a popover opened by mouse gives the focus back to the text', async ({ page, web }) => {
  const id = await docId(web);
  const span = await tagQuote(web, id, '全力冲刺目标', 'target');
  await openDoc(page, web.url);
  await marks(page, span.id).first().click();
  await expect(popover(page)).toHaveAccessibleName('标注详情');
  await page.keyboard.press('Escape');
  await expect(popover(page)).toBeHidden();
  await expect(docText(page)).toBeFocused();

  await marks(page, span.id).first().click();
  await popover(page).getByRole('button', { name: '关闭' }).click();
  await expect(popover(page)).toBeHidden();
  await expect(docText(page)).toBeFocused();
});

test('the tag menu on a selection, used from the keyboard, gives the focus back to the text', async ({ page, web }) => {
  const id = await docId(web);
  const menu = page.getByRole('menu', { name: '标注所选文字' });
  await docText(page).focus();
  await selectText(page, '全力冲刺目标');
  await page.keyboard.press('ContextMenu');
  await expect(menu.getByRole('menuitem', { name: /^目标/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(docText(page)).toBeFocused();

  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^项目/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect.poll(async () => (await list(web, id)).map((s) => [s.quote, s.tag])).toEqual([['全力冲刺目标', 'project']]);
  await expect(docText(page)).toBeFocused();
});

test('undo and redo by keyboard and toolbar, also after a reload', async ({ page, web }) => {
  const id = await docId(web);
  await selectText(page, '要吃透产业发展现状');
  await page.keyboard.press('1');
  await expect.poll(async () => (await list(web, id)).length).toBe(1);
  const [span] = await list(web, id);

  await page.keyboard.press('Control+z');
  await expect(marks(page, span!.id)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(marks(page, span!.id)).not.toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(marks(page, span!.id)).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(marks(page, span!.id)).not.toHaveCount(0);

  await page.reload();
  await expect(marks(page, span!.id)).not.toHaveCount(0);
  await page.getByRole('button', { name: '撤销（Ctrl+Z）' }).click();
  await expect(marks(page, span!.id)).toHaveCount(0);
  await expect.poll(async () => (await list(web, id)).length).toBe(0);

  await page.reload();
  await expect(docText(page)).toContainText('要吃透产业发展现状');
  await page.getByRole('button', { name: '重做（Ctrl+Shift+Z）' }).click();
  await expect(marks(page, span!.id)).not.toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: /^目标：要吃透产业发展现状/ })).toBeVisible();
});

test('an undo that touches another document opens that document', async ({ page, web }) => {
  const id = await docId(web);
  await selectText(page, '要吃透产业发展现状');
  await page.keyboard.press('1');
  await expect.poll(async () => (await list(web, id)).length).toBe(1);
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^西海岸/ })
    .click();
  await expect(docText(page)).toHaveAccessibleName(/西海岸/);
  await page.keyboard.press('Control+z');
  await expect(docText(page)).toHaveAccessibleName(/市北/);
  await expect(docText(page)).toContainText('要吃透产业发展现状');
  await expect.poll(async () => (await list(web, id)).length).toBe(0);
  await expect(page.locator('mark[data-ids]')).toHaveCount(0);
});

test('the panel lists spans in text order, filters by tag and text, and keeps its filter after a reload', async ({ page, web }) => {
  const id = await docId(web);
  await selectText(page, '全力冲刺目标');
  await page.keyboard.press('1');
  await selectText(page, '要吃透产业发展现状');
  await page.keyboard.press('2');
  await selectText(page, '加快打造市北');
  await page.keyboard.press('2');
  await expect.poll(async () => (await list(web, id)).length).toBe(3);
  const items = panel(page).getByRole('listitem');
  await expect(items).toHaveCount(3);
  const order = (await list(web, id)).sort((a, b) => a.start - b.start).map((s) => s.quote);
  expect(await items.locator('.ws-item-quote').allTextContents()).toEqual(order);

  await expect(panel(page).getByRole('button', { name: /^项目 2$/ })).toBeVisible();
  await panel(page)
    .getByRole('button', { name: /^项目 \d+$/ })
    .click();
  await expect(items).toHaveCount(2);
  await panel(page).getByRole('searchbox', { name: '搜索标注文字和备注' }).fill('市北');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('加快打造市北');

  await items.first().getByRole('button').click();
  const target = (await list(web, id)).find((s) => s.quote === '加快打造市北')!;
  await expect(marks(page, target.id).first()).toBeInViewport();
  await items.first().getByRole('button').press('Enter');
  await expect(popover(page)).toHaveAccessibleName('标注详情');
  await page.keyboard.press('Escape');

  await page.waitForTimeout(600);
  await page.reload();
  await expect(panel(page).getByRole('searchbox', { name: '搜索标注文字和备注' })).toHaveValue('市北');
  await expect(panel(page).getByRole('button', { name: /^项目 \d+$/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(items).toHaveCount(1);
});

test('find counts matches, steps through them, and tags all of them as one undoable change', async ({ page, web }) => {
  const id = await docId(web);
  const text = (await api<{ text: string }>(web, 'documents.get', { id })).text;
  const count = text.split('项目').length - 1;
  expect(count).toBeGreaterThan(3);

  await docText(page).click();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('search', { name: '查找' });
  await search.getByRole('searchbox', { name: '查找内容' }).fill('项目');
  await expect(search.getByRole('status')).toHaveText(`1/${count}`);
  await search.getByRole('searchbox', { name: '查找内容' }).press('Enter');
  await expect(search.getByRole('status')).toHaveText(`2/${count}`);
  await search.getByRole('searchbox', { name: '查找内容' }).press('Shift+Enter');
  await search.getByRole('searchbox', { name: '查找内容' }).press('Shift+Enter');
  await expect(search.getByRole('status')).toHaveText(`${count}/${count}`);

  await search.getByRole('button', { name: '全部标注为…' }).click();
  await page.getByRole('menu', { name: '全部标注为' }).getByRole('menuitem', { name: /^项目/ }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(`把全部 ${count} 处“项目”标为“项目”`);
  await confirm.getByRole('button', { name: '确定' }).click();
  await expect.poll(async () => (await list(web, id)).length).toBe(count);
  // The list holds only the rows in view; each says how many there are.
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(`${count} 处标注`);
  await expect(panel(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(count));
  await page.screenshot({ path: '/tmp/pizhu-editor-find.png' });

  await page.getByRole('button', { name: '撤销（Ctrl+Z）' }).click();
  await expect.poll(async () => (await list(web, id)).length).toBe(0);
  await expect(page.locator('mark[data-ids]')).toHaveCount(0);
});

test('closing find by Escape or by its button gives the focus back to the text', async ({ page }) => {
  await docText(page).click();
  const search = page.getByRole('search', { name: '查找' });
  await page.keyboard.press('Control+f');
  await search.getByRole('searchbox', { name: '查找内容' }).fill('项目');
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await expect(docText(page)).toBeFocused();
  await page.keyboard.press('Control+f');
  await search.getByRole('button', { name: '关闭查找（Esc）' }).click();
  await expect(search).toBeHidden();
  await expect(docText(page)).toBeFocused();
});

test('the tag-all picker: the arrows move the choice, Enter takes it, and nothing is tagged before the confirmation', async ({
  page,
  web,
}) => {
  const id = await docId(web);
  await docText(page).click();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('search', { name: '查找' });
  await search.getByRole('searchbox', { name: '查找内容' }).fill('项目');
  const picker = search.getByRole('button', { name: '全部标注为…' });
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: '全部标注为' });
  await expect(menu.getByRole('menuitem', { name: /^目标/ })).toBeFocused();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^项目/ })).toBeFocused();
  await expect(confirm).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(confirm).toContainText('标为“项目”');
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(picker).toBeFocused();
  expect(await list(web, id)).toEqual([]);

  await page.keyboard.press('ArrowDown');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(picker).toBeFocused();
});

test('after reloads every span is shown exactly where it was, including one across paragraphs', async ({ page, web }) => {
  const id = await docId(web);
  const phrases = ['市北区将开展', '“五大战场”', '要吃透产业发展现状', '产业发展', '开创新局面。\n发力扩大内需战场'];
  for (const [i, phrase] of phrases.entries()) {
    await selectText(page, phrase);
    await page.keyboard.press(String((i % 3) + 1));
    await expect.poll(async () => (await list(web, id)).length).toBe(i + 1);
  }
  await docText(page)
    .getByRole('heading', { name: '发力招商引资战场' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await expect(docText(page).getByRole('heading', { name: '市北:发力“五大战场”' })).not.toBeInViewport();
  await page.waitForTimeout(700);

  await web.restart();
  await openDoc(page, web.url);
  const spans = await list(web, id);
  expect(spans).toHaveLength(phrases.length);
  for (const span of spans) {
    await expect.poll(() => shownText(page, span.id)).toBe(span.quote.replace(/\n/g, ''));
  }
  const across = spans.find((s) => s.quote.includes('\n'))!;
  await expect(marks(page, across.id)).toHaveCount(2);
  // The view opens where the reader left it.
  await expect(docText(page).getByRole('heading', { name: '发力招商引资战场' })).toBeInViewport();
  await expect(docText(page).getByRole('heading', { name: '市北:发力“五大战场”' })).not.toBeInViewport();
});

test('changing a tag’s colour repaints its marks and rebuilds no line', async ({ page, web }) => {
  const id = await docId(web);
  const target = await tagQuote(web, id, '全力冲刺目标', 'target');
  const project = await tagQuote(web, id, '要吃透产业发展现状', 'project');
  await openDoc(page, web.url);
  await expect(marks(page, target.id)).toHaveCSS('background-color', 'rgba(232, 89, 12, 0.2)');
  // Every change to the marks' DOM, from now on: a rebuilt line replaces its marks and text nodes.
  await docText(page).evaluate((root) => {
    const w = window as unknown as { changes: number };
    w.changes = 0;
    new MutationObserver((records) => (w.changes += records.length)).observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  await page.getByRole('button', { name: '标签', exact: true }).click();
  await page.getByRole('dialog', { name: '编辑标签' }).getByLabel('“目标”的颜色').fill('#7048e8');
  await expect(marks(page, target.id)).toHaveCSS('background-color', 'rgba(112, 72, 232, 0.2)');
  await expect(marks(page, project.id)).toHaveCSS('background-color', 'rgba(28, 126, 214, 0.2)');
  expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(0);
});

test('a span’s range changes by dragging a handle and by the keys, one undo step each, and holds after a reload', async ({ page, web }) => {
  const id = await docId(web);
  const span = await tagQuote(web, id, '全力冲刺目标', 'target');
  const quotes = async () => (await list(web, id)).map((s) => s.quote);
  await openDoc(page, web.url);
  await marks(page, span.id).first().click();
  await expect(popover(page)).toContainText('Alt+Shift+←/→');
  await expect(popover(page)).toContainText('Ctrl+Alt+Shift+←/→');

  // Drag the end handle to the end of 员, two characters past the span's end: the span changes only when it is let go.
  const handle = (await page.locator('.ws-edge-end').boundingBox())!;
  const to = await charBox(page, '全力冲刺目标的动员会', 8);
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 4 });
  await page.mouse.move(to.x + to.width - 2, to.y + to.height / 2, { steps: 2 });
  await expect
    .poll(() => page.evaluate(() => [...(CSS.highlights.get('ws-edge-preview') ?? [])].map(String)))
    .toEqual(['全力冲刺目标的动员']);
  expect(await quotes()).toEqual(['全力冲刺目标']);
  await page.mouse.up();
  await expect.poll(quotes).toEqual(['全力冲刺目标的动员']);
  // The drag selected nothing, so nothing else was tagged; the popover's quote follows the range.
  expect(await page.evaluate(() => getSelection()!.toString())).toBe('');
  await expect(popover(page).locator('.ws-quote')).toHaveText('全力冲刺目标的动员');
  await expect.poll(() => shownText(page, span.id)).toBe('全力冲刺目标的动员');

  await page.keyboard.press('Shift+Alt+ArrowRight');
  await expect.poll(quotes).toEqual(['全力冲刺目标的动员会']);
  await page.keyboard.press('Control+Shift+Alt+ArrowRight');
  await expect.poll(quotes).toEqual(['力冲刺目标的动员会']);
  await page.keyboard.press('Control+Shift+Alt+ArrowLeft');
  await page.keyboard.press('Control+Shift+Alt+ArrowLeft');
  await expect.poll(quotes).toEqual(['、全力冲刺目标的动员会']);
  expect((await list(web, id)).map((s) => s.id)).toEqual([span.id]);

  for (const previous of ['全力冲刺目标的动员会', '力冲刺目标的动员会', '全力冲刺目标的动员会', '全力冲刺目标的动员']) {
    await page.keyboard.press('Control+z');
    await expect.poll(quotes).toEqual([previous]);
    await expect.poll(() => shownText(page, span.id)).toBe(previous);
  }
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(quotes).toEqual(['全力冲刺目标的动员会']);

  await page.reload();
  await expect.poll(() => shownText(page, span.id)).toBe('全力冲刺目标的动员会');
  const text = (await api<{ text: string }>(web, 'documents.get', { id })).text;
  const [saved] = await list(web, id);
  expect([...text].slice(saved!.start, saved!.end).join('')).toBe(saved!.quote);
});

test('with snapping to words on, a new span and a moved edge take whole words', async ({ page, web }) => {
  const id = await docId(web);
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: '设置' });
  await settings.getByRole('checkbox', { name: /按词语对齐/ }).check();
  await expect.poll(() => api<{ snapToWords: boolean }>(web, 'settings.get')).toMatchObject({ snapToWords: true });
  await settings.getByRole('button', { name: '关闭' }).first().click();
  await expect(settings).toBeHidden();

  // 要|吃|透|产业|发展|现状: a selection ending inside 发展 grows to its end.
  await selectText(page, '吃透产业发');
  await page.keyboard.press('1');
  await expect.poll(async () => (await list(web, id)).map((s) => s.quote)).toEqual(['吃透产业发展']);
  const [span] = await list(web, id);
  await marks(page, span!.id).first().click();
  await page.keyboard.press('Shift+Alt+ArrowRight');
  await expect.poll(async () => (await list(web, id)).map((s) => s.quote)).toEqual(['吃透产业发展现状']);
});
