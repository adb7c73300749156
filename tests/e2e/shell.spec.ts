import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SHORTCUTS } from '../../renderer/src/shell/lib/shortcuts';
import { api, type WebHost } from './webHost';

interface Doc {
  id: string;
  title: string;
  counts: Record<string, number>;
}
interface Tag {
  id: string;
  label: { zh: string; en: string };
  color: string;
  hotkey: string | null;
}
interface Span {
  id: string;
  tag: string;
  quote: string;
}

const documents = (web: WebHost) => api<Doc[]>(web, 'documents.list');
const tags = (web: WebHost) => api<Tag[]>(web, 'tags.list');

/** Tag the first occurrence of `quote` in a document through the API, as the editor would. */
async function tagQuote(web: WebHost, doc: Doc, quote: string, tag: string): Promise<void> {
  const record = await api<{ text: string }>(web, 'documents.get', { id: doc.id });
  const utf16 = record.text.indexOf(quote);
  expect(utf16).toBeGreaterThanOrEqual(0);
  const start = [...record.text.slice(0, utf16)].length;
  await api(web, 'annotations.create', { docId: doc.id, start, end: start + [...quote].length, tag });
}

function tempFiles(): { dir: string; write: (name: string, data: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-shell-e2e-'));
  return {
    dir,
    write: (name, data) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    },
  };
}

async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await (await chooser).setFiles(paths);
}

/** The bodies of the page's calls to one API operation, in the order they were sent. */
function sentTo(page: Page, operation: string): unknown[] {
  const bodies: unknown[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/${operation}`) bodies.push(request.postDataJSON());
  });
  return bodies;
}

/**
 * What a Chinese input method does in a field: a composition starts, the
 * letters typed so far show in the field, Enter picks the characters (a
 * keydown marked isComposing, keyCode 229) and the composition ends.
 */
async function composeWithEnter(field: Locator, letters: string): Promise<void> {
  await field.evaluate((el) => el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' })));
  await field.page().keyboard.insertText(letters);
  await field.evaluate((el, data) => {
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }),
    );
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data }));
  }, letters);
}

test('import: the preview shows what each file brings; Cancel writes nothing, Import writes and sums up', async ({ page, web }) => {
  const files = tempFiles();
  const utf8 = files.write(
    '黄岛区2024年工作要点.txt',
    '黄岛区2024年工作要点\n\n一、全力推进重点项目建设，全年新开工项目100个。\n二、加快发展海洋经济。\n',
  );
  const gbk = files.write(
    'gbk-report.txt',
    iconv.encode('胶州市优化营商环境实施方案\n\n深化“放管服”改革，压减审批时限百分之三十。\n', 'gbk'),
  );
  const broken = files.write('broken.docx', 'this is not a zip');
  const sample = join(import.meta.dirname, '..', '..', 'resources', 'qingdao-2023-01-28.txt');
  const before = await documents(web);

  await page.goto(web.url);
  await expect(page.getByRole('navigation', { name: '文档列表' }).getByRole('button', { name: /^市北/ })).toBeVisible();

  await chooseFiles(page, [utf8, gbk, broken, sample]);
  const dialog = page.getByRole('dialog', { name: '导入预览' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('table', { name: /黄岛区2024年工作要点\.txt/ })).toContainText('将新建');
  await expect(dialog.getByRole('table', { name: /gbk-report\.txt/ })).toContainText('胶州市优化营商环境实施方案');
  await expect(dialog.getByRole('table', { name: /gbk-report\.txt/ })).toContainText(/GB/i);
  await expect(dialog.getByText(/broken\.docx/).first()).toBeVisible();
  await expect(dialog.locator('.import-item.has-error')).toContainText('broken.docx');
  await expect(dialog.getByRole('table', { name: /qingdao-2023-01-28\.txt/ })).toContainText('会话中已有');

  const cleanup = dialog.getByRole('checkbox', { name: /清理报纸版面/ });
  await expect(cleanup).toBeChecked();
  await cleanup.uncheck();
  await expect(cleanup).toBeEnabled();
  await expect(dialog.getByRole('table', { name: /黄岛区/ })).toContainText('未清理');

  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect((await documents(web)).length).toBe(before.length);

  await chooseFiles(page, [utf8, gbk, broken]);
  await expect(dialog.getByRole('table', { name: /黄岛区/ })).toBeVisible();
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  const done = page.getByRole('dialog', { name: '导入完成' });
  await expect(done).toContainText('新建 2 篇文档');
  await expect(done).toContainText('1 个错误');
  await expect(done.getByText(/broken\.docx/)).toBeVisible();
  await done.getByRole('button', { name: '关闭' }).first().click();
  await expect(done).toBeHidden();

  const after = await documents(web);
  expect(after.length).toBe(before.length + 2);
  expect(after.map((d) => d.title)).toEqual(expect.arrayContaining(['黄岛区2024年工作要点', '胶州市优化营商环境实施方案']));
  await expect(
    page.getByRole('navigation', { name: '文档列表' }).getByRole('button', { name: /^胶州市优化营商环境实施方案/ }),
  ).toBeVisible();
});

test('import: a file whose base64 is sent in slices (over 2 MB of it) arrives whole', async ({ page, web }) => {
  // About 1.6 MB of UTF-8, whose base64 (2.2 million characters) runs past the first slice of a request body.
  const text = `大文件导入\n${'“引号”\\和正文。'.repeat(60_000)}😀\n`;
  const big = tempFiles().write('big-report.txt', text);
  await page.goto(web.url);
  await expect(page.getByRole('navigation', { name: '文档列表' }).getByRole('button', { name: /^市北/ })).toBeVisible();
  await chooseFiles(page, [big]);
  const dialog = page.getByRole('dialog', { name: '导入预览' });
  await dialog.getByRole('checkbox', { name: /清理报纸版面/ }).uncheck();
  await expect(dialog.getByRole('table', { name: /big-report\.txt/ })).toContainText('未清理');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '导入完成' })).toContainText('新建 1 篇文档');
  const doc = (await documents(web)).find((d) => d.title === '大文件导入')!;
  expect((await api<{ text: string }>(web, 'documents.get', { id: doc.id })).text).toBe(text.trimEnd());
});

test('export: CSV of all documents downloads with a BOM and Chinese cells', async ({ page, web }) => {
  const [doc] = await documents(web);
  await tagQuote(web, doc!, '五大战场', 'target');
  await page.goto(web.url);
  await expect(page.getByRole('navigation', { name: '文档列表' })).toContainText('目标 1');

  await page.getByRole('button', { name: '导出', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导出标注' });
  await dialog.getByRole('radio', { name: '全部文档' }).check();
  await expect(dialog.getByRole('radio', { name: /^csv/i })).toBeChecked();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toContain('五大战场');
  expect(text).toContain('目标');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: '通知' }).getByRole('status')).toContainText('.csv');
});

test('tags: add, rename, recolour, refuse a clashing hotkey, reorder, delete with its spans moved', async ({ page, web }) => {
  const [doc] = await documents(web);
  await tagQuote(web, doc!, '五大战场', 'policy');
  await page.goto(web.url);
  await page.getByRole('button', { name: '标签', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '编辑标签' });

  await dialog.getByRole('textbox', { name: '新标签的中文名' }).fill('风险');
  await dialog.getByRole('textbox', { name: '新标签的英文名' }).fill('Risk');
  await dialog.getByRole('textbox', { name: '新标签的快捷键' }).fill('4');
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: '“风险”的英文名' })).toHaveValue('Risk');
  expect((await tags(web)).find((t) => t.id === 'risk')).toMatchObject({ label: { zh: '风险', en: 'Risk' }, hotkey: '4' });

  await dialog.getByRole('textbox', { name: '“风险”的中文名' }).fill('风险点');
  await dialog.getByRole('textbox', { name: '“风险”的英文名' }).press('Tab');
  await expect.poll(async () => (await tags(web)).find((t) => t.id === 'risk')?.label.zh).toBe('风险点');

  await dialog.getByLabel('“风险点”的颜色').fill('#7048e8');
  await expect.poll(async () => (await tags(web)).find((t) => t.id === 'risk')?.color.toLowerCase()).toBe('#7048e8');

  await dialog.getByRole('textbox', { name: '“风险点”的快捷键' }).fill('1');
  await expect(dialog.getByRole('alert')).toContainText('快捷键 1 已被“目标”使用');
  await expect(dialog.getByRole('textbox', { name: '“风险点”的快捷键' })).toHaveValue('4');
  expect((await tags(web)).find((t) => t.id === 'risk')?.hotkey).toBe('4');

  await dialog.getByRole('button', { name: '上移“风险点”' }).click();
  await expect.poll(async () => (await tags(web)).map((t) => t.id)).toEqual(['target', 'project', 'risk', 'policy']);
  await expect(dialog.getByRole('button', { name: '上移“风险点”' })).toBeFocused();
  // The list re-renders when the reorder is saved; pressing on the located button waits for it to settle.
  await dialog.getByRole('button', { name: '上移“风险点”' }).press('Enter');
  await expect.poll(async () => (await tags(web)).map((t) => t.id)).toEqual(['target', 'risk', 'project', 'policy']);

  await dialog.getByRole('button', { name: '删除“政策”' }).click();
  const confirm = page.getByRole('dialog', { name: '删除标签“政策”' });
  await expect(confirm).toContainText('共有 1 处标注');
  await confirm.getByRole('radio', { name: '改为另一个标签：' }).check();
  await confirm.getByRole('combobox', { name: '目标标签' }).selectOption({ label: '风险点' });
  await confirm.getByRole('button', { name: '删除标签' }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: '“政策”的中文名' })).toHaveCount(0);
  expect((await tags(web)).map((t) => t.id)).toEqual(['target', 'risk', 'project']);
  const spans = await api<Span[]>(web, 'annotations.list', { docId: doc!.id });
  expect(spans.map((s) => [s.quote, s.tag])).toEqual([['五大战场', 'risk']]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '标签', exact: true })).toBeFocused();
});

test('tags: a label being typed is saved when the editor is closed by Escape', async ({ page, web }) => {
  await page.goto(web.url);
  await page.getByRole('button', { name: '标签', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '编辑标签' });
  await dialog.getByRole('textbox', { name: '“项目”的中文名' }).fill('重点项目');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await tags(web)).find((t) => t.id === 'project')?.label.zh).toBe('重点项目');
  await page.reload();
  await expect(page.getByRole('toolbar', { name: '标注工具栏' })).toContainText('重点项目');
});

test('tags: an input method’s Enter does not save a label or add a tag mid-word', async ({ page, web }) => {
  const updates = sentTo(page, 'tags.update');
  const creates = sentTo(page, 'tags.create');
  await page.goto(web.url);
  await page.getByRole('button', { name: '标签', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '编辑标签' });

  const label = dialog.getByRole('textbox', { name: '“目标”的中文名' });
  await label.fill('目标');
  await composeWithEnter(label, 'renwu');
  await expect(label).toBeFocused();
  await expect(label).toHaveValue('目标renwu');
  await label.fill('目标任务');
  await label.press('Enter');
  await expect.poll(async () => (await tags(web)).find((t) => t.id === 'target')?.label.zh).toBe('目标任务');
  expect(updates).toEqual([{ id: 'target', label: { zh: '目标任务', en: 'Target' } }]);

  const newZh = dialog.getByRole('textbox', { name: '新标签的中文名' });
  await dialog.getByRole('textbox', { name: '新标签的英文名' }).fill('Risk');
  await newZh.fill('风险');
  await composeWithEnter(newZh, 'dian');
  await expect(newZh).toHaveValue('风险dian');
  await newZh.fill('风险点');
  await newZh.press('Enter');
  await expect(dialog.getByRole('textbox', { name: '“风险点”的英文名' })).toHaveValue('Risk');
  expect(creates).toEqual([expect.objectContaining({ label: { zh: '风险点', en: 'Risk' } })]);
});

test('dialogs: an input method’s Escape drops the word being composed and leaves the dialog open', async ({ page, web }) => {
  await page.goto(web.url);
  await page.getByRole('button', { name: '标签', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '编辑标签' });
  const newZh = dialog.getByRole('textbox', { name: '新标签的中文名' });
  await newZh.fill('风险');
  await newZh.evaluate((el) => {
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }),
    );
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' }));
  });
  await expect(dialog).toBeVisible();
  await expect(newZh).toBeFocused();
  await newZh.press('Escape');
  await expect(dialog).toBeHidden();
});

test('sessions: an input method’s Enter does not submit a session path mid-word', async ({ page, web }) => {
  const creates = sentTo(page, 'session.create');
  const dir = tempFiles().dir;
  await page.goto(web.url);
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: '会话' }).click();
  await page.getByRole('menuitem', { name: '新建会话…' }).click();
  const create = page.getByRole('dialog', { name: '新建会话' });
  const path = create.getByRole('textbox', { name: '会话路径' });
  await path.fill(join(dir, '调研'));
  await composeWithEnter(path, 'baogao');
  await expect(path).toBeFocused();
  await path.fill(join(dir, '调研报告.pizhu'));
  await path.press('Enter');
  await expect(create).toBeHidden();
  await expect(page).toHaveTitle('调研报告 — 批注 Pizhu');
  expect(creates).toEqual([{ path: join(dir, '调研报告.pizhu') }]);
});

test('shortcut help: ? and F1 open every shortcut, grouped, in the current language; Escape gives the focus back', async ({
  page,
  web,
}) => {
  const docs = await documents(web);
  await page.goto(web.url);
  const first = page.getByRole('navigation', { name: '文档列表' }).locator(`[data-doc-id="${docs[0]!.id}"]`);
  await first.focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(help).toBeVisible();
  for (const group of ['标注', '浏览与导航', '标注详情（点击高亮处打开）', '查找', '窗口布局', '会话与文件']) {
    await expect(help.getByRole('heading', { name: group, exact: true })).toBeVisible();
  }
  // One row per definition the key handlers use, and one per tag hotkey.
  const hotkeys = (await tags(web)).filter((tag) => tag.hotkey !== null).length;
  await expect(help.locator('.shortcut-row')).toHaveCount(SHORTCUTS.length + hotkeys);
  const row = (text: string) => help.locator('.shortcut-row', { hasText: text });
  await expect(row('把所选文字标为“目标”').locator('kbd')).toHaveText('1');
  await expect(row('会话另存为').locator('kbd')).toHaveText('Ctrl+Shift+S');
  await expect(row('重做').locator('kbd')).toHaveText(['Ctrl+Shift+Z', 'Ctrl+Y']);
  await expect(row('打开文档的操作菜单').locator('kbd')).toHaveText(['菜单键', 'Shift+F10']);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(first).toBeFocused();

  // In a text field ? is a character; F1 opens the help from anywhere.
  const search = page.getByRole('searchbox', { name: '搜索标注文字和备注' });
  await search.focus();
  await page.keyboard.press('?');
  await expect(search).toHaveValue('?');
  await expect(help).toBeHidden();
  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: '关闭' }).first().click();
  await expect(search).toBeFocused();

  await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
  await page.getByRole('button', { name: 'Keyboard shortcuts (? or F1)' }).click();
  const en = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(en.getByRole('heading', { name: 'Session and files' })).toBeVisible();
  await expect(en.locator('.shortcut-row', { hasText: 'Tag the selected text as “Target”' }).locator('kbd')).toHaveText('1');
  await expect(en.locator('.shortcut-row', { hasText: 'Open the document’s actions menu' }).locator('kbd')).toHaveText([
    'Menu',
    'Shift+F10',
  ]);
});

test('language: switching zh ↔ en renames every control live and is remembered', async ({ page, web }) => {
  await page.goto(web.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeVisible();
  await expect(page).toHaveTitle('work — 批注 Pizhu');

  await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Document list' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Delete “市北/ })).toHaveCount(1);
  await expect
    .poll(() => api<{ language: string | null; notices: unknown[] }>(web, 'settings.get'))
    .toEqual({ language: 'en', snapToWords: false, textWidth: 'medium', notices: [] });

  await page.reload();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export annotations' });
  await expect(dialog.getByRole('radio', { name: 'All documents' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh');
  await expect(page.getByRole('button', { name: '导出', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('combobox', { name: '界面语言' }).selectOption('system');
  await expect
    .poll(() => api<{ language: string | null; notices: unknown[] }>(web, 'settings.get'))
    .toEqual({ language: null, snapToWords: false, textWidth: 'medium', notices: [] });
});

test('sessions: create one at a new path, fail clearly on a bad path, reopen the previous one from the recent list', async ({
  page,
  web,
}) => {
  const files = tempFiles();
  const newPath = join(files.dir, '新会话.pizhu');
  await page.goto(web.url);
  await expect(page.getByRole('navigation', { name: '文档列表' }).getByRole('button', { name: /^市北/ })).toBeVisible();

  await page.getByRole('button', { name: '会话' }).click();
  await page.getByRole('menuitem', { name: '新建会话…' }).click();
  const create = page.getByRole('dialog', { name: '新建会话' });
  await create.getByRole('textbox', { name: '会话路径' }).fill(newPath);
  await create.getByRole('button', { name: '新建' }).click();
  await expect(create).toBeHidden();
  await expect(page).toHaveTitle('新会话 — 批注 Pizhu');
  await expect(page.getByRole('heading', { name: '这个会话还没有文档' })).toBeVisible();
  expect((await api<{ path: string }>(web, 'session.info')).path).toBe(newPath);

  const copyPath = join(files.dir, '副本.pizhu');
  await page.keyboard.press('Control+Shift+S');
  const saveAs = page.getByRole('dialog', { name: '会话另存为' });
  await saveAs.getByRole('textbox', { name: '会话路径' }).fill(copyPath);
  await saveAs.getByRole('textbox', { name: '会话路径' }).press('Enter');
  await expect(saveAs).toBeHidden();
  await expect(page).toHaveTitle('副本 — 批注 Pizhu');
  expect((await api<{ path: string }>(web, 'session.info')).path).toBe(copyPath);

  await page.keyboard.press('Control+o');
  const open = page.getByRole('dialog', { name: '打开会话' });
  await open.getByRole('textbox', { name: '会话路径' }).fill(join(files.dir, 'nowhere.pizhu'));
  await open.getByRole('button', { name: '打开', exact: true }).click();
  await expect(open.getByRole('alert')).toContainText('nowhere.pizhu');
  await expect(open).toBeVisible();

  await open.getByRole('button', { name: `打开“work”（${web.sessionPath}）` }).click();
  await expect(open).toBeHidden();
  await expect(page).toHaveTitle('work — 批注 Pizhu');
  await expect(page.getByRole('navigation', { name: '文档列表' }).getByRole('button', { name: /^市北/ })).toBeVisible();
  expect((await api<{ path: string }>(web, 'session.info')).path).toBe(web.sessionPath);

  await page.getByRole('button', { name: '会话' }).click();
  await page.getByRole('menuitem', { name: '关闭会话' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用批注' })).toBeVisible();
  await expect(page.getByRole('button', { name: /打开“新会话”/ })).toBeVisible();
  expect(await api(web, 'session.info')).toBeNull();
});

test('document list: arrows and Enter open documents; rename in place; delete asks first', async ({ page, web }) => {
  const docs = await documents(web);
  await page.goto(web.url);
  const list = page.getByRole('navigation', { name: '文档列表' });
  const first = list.locator(`[data-doc-id="${docs[0]!.id}"]`);
  const second = list.locator(`[data-doc-id="${docs[1]!.id}"]`);
  await expect(first).toHaveAttribute('aria-current', 'true');

  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect.poll(async () => (await api<{ openDocId: string }>(web, 'view.get')).openDocId).toBe(docs[1]!.id);

  await page.keyboard.press('F2');
  const input = list.getByRole('textbox', { name: /的新标题/ });
  await input.fill('西海岸 创新突破');
  await input.press('Enter');
  await expect(list.getByRole('button', { name: /^西海岸 创新突破/ })).toBeFocused();
  expect((await documents(web)).find((d) => d.id === docs[1]!.id)?.title).toBe('西海岸 创新突破');

  await list.getByRole('button', { name: '删除“西海岸 创新突破”' }).click();
  const confirm = page.getByRole('dialog', { name: '删除文档' });
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  expect((await documents(web)).length).toBe(docs.length);

  await list.getByRole('button', { name: '删除“西海岸 创新突破”' }).click();
  await confirm.getByRole('button', { name: '删除', exact: true }).click();
  await expect(confirm).toBeHidden();
  expect((await documents(web)).map((d) => d.id)).toEqual([docs[0]!.id]);
  await expect(first).toHaveAttribute('aria-current', 'true');
});

test('document list: one tab stop; F2, Delete and the Menu key act on the focused document, and focus comes back', async ({
  page,
  web,
}) => {
  const docs = await documents(web);
  await page.goto(web.url);
  const list = page.getByRole('navigation', { name: '文档列表' });
  const first = list.locator(`[data-doc-id="${docs[0]!.id}"]`);
  const second = list.locator(`[data-doc-id="${docs[1]!.id}"]`);
  await expect(first).toHaveAttribute('aria-current', 'true');
  // Tab goes on into the workspace: it must have loaded, as a reader sees it before tabbing there.
  await expect(page.getByRole('toolbar', { name: '标注工具栏' })).toBeVisible();

  // One tab stop for the whole list: Tab from a document leaves the list for the outline under it (its heading,
  // then its tree, one tab stop too), the panel's splitter, then the workspace; Shift+Tab comes back to the same document.
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(second).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^提纲/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tree').getByRole('treeitem').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('separator', { name: '调整文档列表宽度' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('toolbar', { name: '标注工具栏' }).getByRole('button').first()).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
  await expect(second).toBeFocused();
  expect(
    await list
      .getByRole('list')
      .evaluate((ul) => [...ul.querySelectorAll('button, input')].filter((el) => (el as HTMLElement).tabIndex >= 0).length),
  ).toBe(1);

  const menu = page.getByRole('menu', { name: `“${docs[1]!.title}”的操作` });
  await page.keyboard.press('ContextMenu');
  await expect(menu.getByRole('menuitem', { name: /^重命名/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^文档属性…/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^删除…/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(second).toBeFocused();

  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem', { name: /^重命名/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const input = list.getByRole('textbox', { name: /的新标题/ });
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(second).toBeFocused();

  await second.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /^删除…/ }).click();
  const confirm = page.getByRole('dialog', { name: '删除文档' });
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(second).toBeFocused();

  await page.keyboard.press('Delete');
  await confirm.getByRole('button', { name: '删除', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(first).toBeFocused();
  expect((await documents(web)).map((d) => d.id)).toEqual([docs[0]!.id]);
});

test('document list: a title being typed is saved when the page reloads', async ({ page, web }) => {
  const docs = await documents(web);
  await page.goto(web.url);
  const list = page.getByRole('navigation', { name: '文档列表' });
  await list.locator(`[data-doc-id="${docs[1]!.id}"]`).focus();
  await page.keyboard.press('F2');
  await list.getByRole('textbox', { name: /的新标题/ }).fill('西海岸新区工作要点');
  await page.reload();
  await expect(list.getByRole('button', { name: /^西海岸新区工作要点/ })).toBeVisible();
  expect((await documents(web)).find((d) => d.id === docs[1]!.id)?.title).toBe('西海岸新区工作要点');
});

test('document list: an input method’s Enter does not commit a rename mid-word', async ({ page, web }) => {
  const renames = sentTo(page, 'documents.rename');
  const docs = await documents(web);
  await page.goto(web.url);
  const list = page.getByRole('navigation', { name: '文档列表' });
  await list.locator(`[data-doc-id="${docs[1]!.id}"]`).focus();
  await page.keyboard.press('F2');
  const input = list.getByRole('textbox', { name: /的新标题/ });
  await input.fill('西海岸');
  await composeWithEnter(input, 'xinqu');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('西海岸xinqu');
  await input.fill('西海岸新区');
  await input.press('Enter');
  await expect(list.getByRole('button', { name: /^西海岸新区/ })).toBeFocused();
  expect(renames).toEqual([{ id: docs[1]!.id, title: '西海岸新区' }]);
});

test('import: files dropped on the window and Ctrl+I both lead to the preview; focus stays in the dialog; Esc cancels', async ({
  page,
  web,
}) => {
  const before = await documents(web);
  await page.goto(web.url);
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeEnabled();

  // The spec's tsconfig has no DOM types, so the page-side code is a string.
  const transfer = await page.evaluateHandle(`(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['平度市乡村振兴工作方案\\n\\n推进高标准农田建设。\\n'], '平度.txt', { type: 'text/plain' }));
    return transfer;
  })()`);
  await page.locator('body').dispatchEvent('dragenter', { dataTransfer: transfer });
  await page.locator('body').dispatchEvent('drop', { dataTransfer: transfer });
  const dialog = page.getByRole('dialog', { name: '导入预览' });
  await expect(dialog.getByRole('table', { name: /平度\.txt/ })).toContainText('平度市乡村振兴工作方案');

  // Focus stays inside the modal dialog however far Tab goes.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.closest("dialog") !== null')).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await documents(web)).length).toBe(before.length);

  await page.getByRole('button', { name: '标签', exact: true }).focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+i');
  expect((await chooser).isMultiple()).toBe(true);
});
