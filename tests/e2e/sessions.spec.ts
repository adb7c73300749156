import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { selectText } from './editorSelect';
import { api } from './webHost';

const docText = (page: Page) => page.getByRole('textbox', { name: /^文档正文/ });
const panel = (page: Page) => page.getByRole('complementary', { name: '标注列表' });
/** Index of the first line block at the top edge of the document's scroller, and how far down it the edge is. */
const topLine = (page: Page) =>
  docText(page).evaluate((root) => {
    const scroller = root.closest('.ws-doc-scroll')!;
    const top = scroller.getBoundingClientRect().top;
    const blocks = [...root.querySelectorAll(':scope > .ws-chunk > *')];
    const index = blocks.findIndex((b) => b.getBoundingClientRect().bottom > top);
    return { index, scrolled: scroller.scrollTop > 0 };
  });
const docButton = (page: Page, title: RegExp) => page.getByRole('navigation').locator('button.doc-open', { hasText: title });

test('closing the page and restarting the host reopens the same document, scroll position, spans and panel filter', async ({
  page,
  web,
}) => {
  await page.goto(web.url);
  await docButton(page, /^西海岸/).click();
  await expect(docText(page)).toContainText('西海岸');
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const id = docs.find((d) => d.title.startsWith('西海岸'))!.id;

  const phrases = ['十三大创新突破行动', '提升开放质效', '精准发力52项重点工作'];
  for (const [i, phrase] of phrases.entries()) {
    await selectText(page, phrase);
    await page.keyboard.press(String(i + 1));
    await expect.poll(async () => (await api<unknown[]>(web, 'annotations.list', { docId: id })).length).toBe(i + 1);
  }
  const before = await api<{ id: string; start: number; end: number; tag: string }[]>(web, 'annotations.list', { docId: id });

  await panel(page)
    .getByRole('button', { name: /^项目 \d+$/ })
    .click();
  await expect(panel(page).getByRole('listitem')).toHaveCount(1);
  await docText(page)
    .locator('p')
    .last()
    .evaluate((p) => p.scrollIntoView({ block: 'end' }));
  await expect(docText(page).locator('h1, h2').first()).not.toBeInViewport();
  const top = await topLine(page);
  expect(top.scrolled).toBe(true);
  // Scroll and filter are saved shortly after they change.
  await page.waitForTimeout(1000);
  await page.close();

  await web.restart();
  const again = await page.context().newPage();
  await again.goto(web.url);
  await expect(docText(again)).toContainText('西海岸');
  await expect(docButton(again, /^西海岸/)).toHaveAttribute('aria-current', 'true');
  const after = await api<{ id: string; start: number; end: number; tag: string }[]>(web, 'annotations.list', { docId: id });
  expect(after.map(({ id: spanId, start, end, tag }) => ({ id: spanId, start, end, tag }))).toEqual(
    before.map(({ id: spanId, start, end, tag }) => ({ id: spanId, start, end, tag })),
  );
  for (const span of after) await expect(again.locator(`mark[data-ids~="${span.id}"]`).first()).toBeAttached();
  await expect(panel(again).getByRole('button', { name: /^项目 \d+$/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(again).getByRole('listitem')).toHaveCount(1);
  // The reader sees the same line at the top of the document as when the page was closed.
  await expect.poll(() => topLine(again)).toEqual(top);
});

test('a second host on a session that is open is refused with a clear message', async ({ web }) => {
  const { startWebHost } = await import('./webHost');
  const { join, dirname } = await import('node:path');
  await expect(startWebHost(web.sessionPath, join(dirname(web.dataDir), 'other-data'))).rejects.toThrow(/already open in process \d+/);
});
