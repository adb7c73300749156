import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, samplePath, type WebHost } from './webHost';
import { seriousViolations } from './axe';

/** axe-core's browser build, evaluated in the page (the page's CSP would refuse it as a script tag). */

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect.soft(await seriousViolations(page), screen).toEqual([]);
}

const UI = {
  zh: {
    docText: /^文档正文/,
    panel: '标注列表',
    popover: '标注详情',
    choose: /^此处有 2 处标注/,
    list: '文档列表',
    actions: /的操作$/,
    find: '查找',
    findQuery: '查找内容',
    tagAll: '全部标注为',
    import: '导入预览',
    export: '导出标注',
    tags: '标签',
    tagEditor: '编辑标签',
    session: '会话',
    newSession: '新建会话…',
    newTitle: '新建会话',
    openTitle: '打开会话',
    saveAsTitle: '会话另存为',
    settings: '设置',
    help: '键盘快捷键',
    deleteDoc: '删除文档',
    groupQuotes: '合并相同文字',
    projectGroup: /^项目：项目，共/,
    hideDocuments: /^收起文档列表/,
    hideAnnotations: /^收起标注列表/,
    showDocuments: /^展开文档列表/,
  },
  en: {
    docText: /^Document text/,
    panel: 'Annotations',
    popover: 'Annotation',
    choose: /^2 annotations overlap here/,
    list: 'Document list',
    actions: /^Actions for/,
    find: 'Find',
    findQuery: 'Find text',
    tagAll: 'Tag all as',
    import: 'Import preview',
    export: 'Export annotations',
    tags: 'Tags',
    tagEditor: 'Edit tags',
    session: 'Session',
    newSession: 'New session…',
    newTitle: 'New session',
    openTitle: 'Open session',
    saveAsTitle: 'Save session as',
    settings: 'Settings',
    help: 'Keyboard shortcuts',
    deleteDoc: 'Delete document',
    groupQuotes: 'Group identical quotes',
    projectGroup: /^Project: 项目, /,
    hideDocuments: /^Hide the document list/,
    hideAnnotations: /^Hide the annotation list/,
    showDocuments: /^Show the document list/,
  },
} as const;

/** Spans in the first document: every “项目” and “战场” (so that counts run to two digits), and one overlapping pair. */
async function annotate(web: WebHost): Promise<string> {
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const id = docs.find((d) => d.title.startsWith('市北'))!.id;
  const text = [...(await api<{ text: string }>(web, 'documents.get', { id })).text];
  const all = (word: string) => {
    const found: { start: number; end: number }[] = [];
    const joined = text.join('');
    for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + word.length)) {
      const start = [...joined.slice(0, at)].length;
      found.push({ start, end: start + [...word].length });
    }
    return found;
  };
  await api(web, 'annotations.createMany', { docId: id, tag: 'project', spans: all('项目') });
  await api(web, 'annotations.createMany', { docId: id, tag: 'target', spans: all('战场') });
  const [outer] = all('要吃透产业发展现状');
  await api(web, 'annotations.create', { docId: id, ...outer!, tag: 'policy', note: '重点' });
  await api(web, 'annotations.create', { docId: id, start: outer!.start + 3, end: outer!.start + 7, tag: 'target' });
  return id;
}

/** Run an action that opens a modal dialog, check the page with it open, and close it with Escape. */
async function checkDialog(page: Page, dialog: Locator, screen: string, open: () => Promise<unknown>): Promise<void> {
  await open();
  await expect(dialog).toBeVisible();
  await expectAccessible(page, screen);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const language of ['zh', 'en'] as const) {
  test(`axe finds no serious or critical violation on any screen (${language})`, async ({ page, web }) => {
    const ui = UI[language];
    await annotate(web);
    await api(web, 'settings.set', { language });
    await page.goto(web.url);
    const docText = page.getByRole('textbox', { name: ui.docText });
    await expect(docText).toContainText('要吃透产业发展现状');
    await expect(page.getByRole('complementary', { name: ui.panel }).getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page, 'main screen, a document open with spans');

    const panel = page.getByRole('complementary', { name: ui.panel });
    await panel.getByRole('checkbox', { name: ui.groupQuotes }).check();
    await panel.getByRole('button', { name: ui.projectGroup }).click();
    await expect(panel.locator('.ws-row-nested').first()).toBeVisible();
    await expectAccessible(page, 'annotation list with an open group of identical quotes');
    await panel.getByRole('checkbox', { name: ui.groupQuotes }).uncheck();

    // A tag chip pressed: its count is drawn on the chip's tinted background.
    await page.getByRole('complementary', { name: ui.panel }).locator('.tag-chip[aria-pressed="false"]').first().click();
    await expect(page.getByRole('complementary', { name: ui.panel }).locator('.tag-chip[aria-pressed="true"]')).toHaveCount(1);
    await expectAccessible(page, 'main screen, a filter chip pressed');

    await page.locator('mark[data-ids*=" "]').first().click();
    const popover = page.getByRole('dialog', { name: ui.choose });
    await expect(popover).toBeVisible();
    await expectAccessible(page, 'span popover, choosing among overlapping spans');
    await popover.getByRole('button').nth(1).click();
    await expect(page.getByRole('dialog', { name: ui.popover })).toBeVisible();
    await expectAccessible(page, 'span popover');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: ui.popover })).toBeHidden();

    const list = page.getByRole('navigation', { name: ui.list });
    await list.locator('button.doc-open').first().focus();
    await page.keyboard.press('ContextMenu');
    await expect(page.getByRole('menu', { name: ui.actions })).toBeVisible();
    await expectAccessible(page, 'document actions menu');
    await page.keyboard.press('Escape');

    await docText.click();
    await page.keyboard.press('Control+f');
    const search = page.getByRole('search', { name: ui.find });
    await search.getByRole('searchbox', { name: ui.findQuery }).fill('发展');
    await search.getByRole('button', { name: `${ui.tagAll}…` }).press('ArrowDown');
    await expect(page.getByRole('menu', { name: ui.tagAll })).toBeVisible();
    await expectAccessible(page, 'find bar with the tag-all menu');
    await page.keyboard.press('Escape');
    await search.getByRole('searchbox', { name: ui.findQuery }).press('Escape');
    await expect(search).toBeHidden();

    await checkDialog(page, page.getByRole('dialog', { name: ui.import }), 'import preview', async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Control+i');
      await (await chooser).setFiles([samplePath]);
      await expect(page.getByRole('dialog', { name: ui.import }).getByRole('table').first()).toBeVisible();
    });
    await checkDialog(page, page.getByRole('dialog', { name: ui.export }), 'export', () => page.keyboard.press('Control+e'));
    await checkDialog(page, page.getByRole('dialog', { name: ui.tagEditor }), 'tag editor', () =>
      page.getByRole('button', { name: ui.tags, exact: true }).click(),
    );
    await checkDialog(page, page.getByRole('dialog', { name: ui.newTitle }), 'new session', async () => {
      await page.getByRole('button', { name: ui.session }).click();
      await page.getByRole('menuitem', { name: ui.newSession }).click();
    });
    await checkDialog(page, page.getByRole('dialog', { name: ui.openTitle }), 'open session', () => page.keyboard.press('Control+o'));
    await checkDialog(page, page.getByRole('dialog', { name: ui.saveAsTitle }), 'save session as', () =>
      page.keyboard.press('Control+Shift+S'),
    );
    await checkDialog(page, page.getByRole('dialog', { name: ui.settings }), 'settings', () => page.keyboard.press('Control+,'));
    await checkDialog(page, page.getByRole('dialog', { name: ui.help }), 'shortcut help', () => page.keyboard.press('F1'));
    await checkDialog(page, page.getByRole('dialog', { name: ui.deleteDoc }), 'delete confirmation', async () => {
      await list.locator('button.doc-open').first().focus();
      await page.keyboard.press('Delete');
    });

    await page.getByRole('button', { name: ui.hideDocuments }).click();
    await page.getByRole('button', { name: ui.hideAnnotations }).click();
    await expect(panel).toBeHidden();
    await expectAccessible(page, 'both side panels folded');
    await page.keyboard.press('Control+Shift+D');
    await page.keyboard.press('Control+Shift+A');
    await expect(panel).toBeVisible();
    // Too narrow for both beside the text: the document list folds to its rail, which opens it over the text.
    await page.setViewportSize({ width: 800, height: 800 });
    await page.getByRole('button', { name: ui.showDocuments }).click();
    await expect(list).toBeVisible();
    await expectAccessible(page, 'narrow window, the document list open over the text');
  });
}
