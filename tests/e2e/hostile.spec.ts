import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { api, type WebHost } from './webHost';

interface HostilePayload {
  id: number;
  kind: string;
  value: string;
}
// The payloads are shared with the unit tests, whose folder lies outside this TypeScript project: loaded at run time.
const { HOSTILE_PAYLOADS, PWNED } = (await import(new URL('../unit/hardening/hostilePayloads.ts', import.meta.url).href)) as {
  HOSTILE_PAYLOADS: readonly HostilePayload[];
  PWNED: RegExp;
};

interface Doc {
  id: string;
  title: string;
  source: { fileName: string };
}
interface Tag {
  id: string;
  label: { zh: string; en: string };
}

const FILE = 'hostile-载荷.txt';
/** A NUL makes a text file binary, and the two very long payloads only slow the page: the core tests take those. */
const inText = HOSTILE_PAYLOADS.filter((p) => !p.value.includes('\0') && p.value.length < 10_000);
/** Markup and template payloads: plain one-line text whose rendering must show every character. */
const markup = HOSTILE_PAYLOADS.filter((p) => p.id <= 21);
const titlePayload = HOSTILE_PAYLOADS[0]!;

const docText = (page: Page) => page.getByRole('textbox', { name: /^(文档正文|Document text)/ });
const panel = (page: Page) => page.getByRole('complementary', { name: /^(标注列表|Annotations)/ });

/** One line per payload after a label, so each payload's offsets are known. */
function documentText(): string {
  return ['恶意载荷测试文档', ...inText.map((p) => `载荷${p.id}：${p.value}`)].join('\n');
}

/** Plant everything through the API: the document, a span over each payload with it as note, payload tags, a payload title. */
async function plant(web: WebHost): Promise<Doc> {
  const preview = await api<{ previewId: string }>(web, 'import.preview', {
    files: [{ name: FILE, data: Buffer.from(documentText(), 'utf8').toString('base64') }],
    cleanup: false,
  });
  await api(web, 'import.commit', { previewId: preview.previewId });
  const doc = (await api<Doc[]>(web, 'documents.list')).find((d) => d.source.fileName === FILE)!;
  const { text } = await api<{ text: string }>(web, 'documents.get', { id: doc.id });

  const tags: Tag[] = [];
  for (const p of markup.slice(0, 8)) {
    const label = p.value.slice(0, 100);
    tags.push(await api<Tag>(web, 'tags.create', { label: { zh: label, en: label }, color: '#aa3355', hotkey: null }));
  }
  for (const [i, p] of inText.entries()) {
    const prefix = `载荷${p.id}：`;
    const at = text.indexOf(prefix);
    if (at < 0) continue;
    const start = [...text.slice(0, at + prefix.length)].length;
    const line = text.slice(at + prefix.length).split('\n')[0]!;
    const end = start + [...line].length;
    if (end <= start) continue;
    await api(web, 'annotations.create', { docId: doc.id, start, end, tag: tags[i % tags.length]!.id, note: p.value });
  }
  await api(web, 'documents.rename', { id: doc.id, title: titlePayload.value });
  return { ...doc, title: titlePayload.value };
}

test('hostile text in documents, notes, tags and titles is shown as text and never runs', async ({ page, web }) => {
  test.setTimeout(120_000);
  await plant(web);

  const dialogs: string[] = [];
  const executed: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (PWNED.test(message.text())) executed.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (PWNED.test(error.message)) executed.push(error.message);
  });

  await page.goto(web.url);
  const list = page.getByRole('navigation', { name: /^(文档列表|Documents)/ });
  const item = list.getByRole('button').filter({ hasText: 'data-pwned=1' });
  await expect(item).toBeVisible();
  await item.click();

  await expect(docText(page)).toContainText('恶意载荷测试文档');
  for (const p of markup) await expect(docText(page), p.kind).toContainText(p.value);

  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).toContainText(markup[1]!.value);
  const firstSpan = panel(page).getByRole('listitem').first().getByRole('button').first();
  // A click shows the span in the text; Enter opens its popover.
  await firstSpan.click();
  await firstSpan.press('Enter');
  const popover = page.getByRole('dialog', { name: /^(标注详情|Annotation details)/ });
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('textbox')).toHaveValue(inText[0]!.value);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  const mark = page.locator('mark[data-ids]').nth(4);
  await mark.scrollIntoViewIfNeeded();
  await mark.click();
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('textbox')).toHaveValue(inText[4]!.value);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /^(导出|Export)$/ }).click();
  const exportDialog = page.getByRole('dialog', { name: /^(导出标注|Export)/ });
  await expect(exportDialog).toBeVisible();
  await page.keyboard.press('Escape');

  // Time for any handler a payload might have planted (onerror, onload, autofocus) to fire.
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(executed).toEqual([]);
  await expect(page.locator('[data-pwned]')).toHaveCount(0);
  await expect(page.locator('iframe, object, embed, svg[onload], img[src="x"], a[href^="javascript:" i], input[autofocus]')).toHaveCount(0);
  const inlineScripts = await page.locator('script:not([src])').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
  expect(inlineScripts.filter((s) => s.includes('PWN'))).toEqual([]);
  await expect(list).toContainText(titlePayload.value);
});
