import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, importFiles } from './webHost';

/** Lines per chunk under the editor's root (CHUNK_LINES in buildDocument.ts). */
const CHUNK_LINES = 250;

const docText = (page: Page) => page.getByRole('textbox', { name: /^文档正文/ });
const marks = (page: Page, id: string) => page.locator(`mark[data-ids~="${id}"]`);

test('a span across the boundary of two chunks of lines is painted in both, resized by the keys, and holds after a reload', async ({
  page,
  web,
}) => {
  const body = Array.from({ length: CHUNK_LINES + 50 }, (_, i) => `第${i + 1}条：推进高质量发展，扩大有效投资。`).join('\n');
  await importFiles(web, [{ name: '分块测试.txt', data: Buffer.from(body, 'utf8') }]);
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const id = docs.find((d) => d.title.includes('分块测试'))!.id;
  const text = (await api<{ text: string }>(web, 'documents.get', { id })).text;
  const lines = text.split('\n');
  expect(lines.length).toBeGreaterThan(CHUNK_LINES);
  // From 扩大 on the chunk's last line to 推进 on the next chunk's first line.
  const lastOfChunk = [...lines.slice(0, CHUNK_LINES - 1).join('\n')].length + 1;
  const start = lastOfChunk + [...lines[CHUNK_LINES - 1]!].indexOf('扩');
  const end = lastOfChunk + [...lines[CHUNK_LINES - 1]!].length + 1 + [...lines[CHUNK_LINES]!].indexOf('高');
  const span = await api<{ id: string }>(web, 'annotations.create', { docId: id, start, end, tag: 'target' });
  const quote = async () =>
    (await api<{ id: string; quote: string }[]>(web, 'annotations.list', { docId: id })).find((s) => s.id === span.id)?.quote;
  expect(await quote()).toBe('扩大有效投资。\n第251条：推进');

  await api(web, 'view.set', { openDocId: id });
  await page.goto(web.url);
  await expect(docText(page)).toContainText('第1条');
  await expect(marks(page, span.id)).toHaveCount(2);
  const chunks = await marks(page, span.id).evaluateAll((elements) => {
    const root = elements[0]!.closest('[contenteditable]')!;
    return elements.map((mark) => [...root.children].indexOf(mark.closest('.ws-chunk')!));
  });
  expect(chunks).toEqual([0, 1]);
  expect((await marks(page, span.id).allTextContents()).join('\n')).toBe('扩大有效投资。\n第251条：推进');

  await marks(page, span.id).last().click();
  await page.keyboard.press('Shift+Alt+ArrowRight');
  await expect.poll(quote).toBe('扩大有效投资。\n第251条：推进高');
  await page.keyboard.press('Control+Shift+Alt+ArrowLeft');
  await expect.poll(quote).toBe('，扩大有效投资。\n第251条：推进高');
  await expect.poll(async () => (await marks(page, span.id).allTextContents()).join('\n')).toBe('，扩大有效投资。\n第251条：推进高');

  await page.reload();
  await expect(marks(page, span.id)).toHaveCount(2);
  expect((await marks(page, span.id).allTextContents()).join('\n')).toBe('，扩大有效投资。\n第251条：推进高');
});
