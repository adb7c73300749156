import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { selectText } from './editorSelect';
import { api } from './webHost';

interface Span {
  id: string;
  start: number;
  end: number;
  quote: string;
  tag: string;
  fragments?: { start: number; end: number }[];
}

interface Relation {
  id: string;
  type: string;
  from: string;
  to: string;
}

type Host = { origin: string; token: string };

const POLICY = '加快打造市北';
const TARGET = '要吃透产业发展现状';
const OTHER = '全力冲刺目标';

const docText = (page: Page) => page.getByRole('textbox', { name: /^(文档正文|Document text)/ });
const popover = (page: Page) => page.getByRole('dialog');
const marks = (page: Page, id: string) => page.locator(`mark[data-ids~="${id}"]`);
const linkBar = (page: Page) => page.getByRole('region', { name: /^(建立关联|Link annotations)$/ });
const arcs = (page: Page) => page.locator('svg.ws-arcs .ws-arc');

async function docId(web: Host): Promise<string> {
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  return docs.find((d) => d.title.startsWith('市北'))!.id;
}

/** A span over the first occurrence of `phrase`, made through the API (code-point offsets). */
async function spanOver(web: Host, id: string, phrase: string, tag: string): Promise<Span> {
  const cps = [...(await api<{ text: string }>(web, 'documents.get', { id })).text];
  const text = cps.join('');
  const start = [...text.slice(0, text.indexOf(phrase))].length;
  return api<Span>(web, 'annotations.create', { docId: id, start, end: start + [...phrase].length, tag });
}

async function setUp(page: Page, web: Host & { url: string }) {
  const id = await docId(web);
  const policy = await spanOver(web, id, POLICY, 'policy');
  const target = await spanOver(web, id, TARGET, 'target');
  await page.goto(web.url);
  await expect(docText(page)).toContainText(TARGET);
  await expect(marks(page, policy.id).first()).toBeVisible();
  return { id, policy, target };
}

const relations = (web: Host, id: string) => api<Relation[]>(web, 'relations.list', { docId: id });

test('links a policy to a target by mouse; the link shows, undoes, redoes and holds after a reload', async ({ page, web }) => {
  const { id, policy, target } = await setUp(page, web);
  await marks(page, policy.id).first().click();
  await popover(page).getByRole('button', { name: '关联到…' }).click();
  await expect(linkBar(page)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await marks(page, target.id).first().click();
  await expect(linkBar(page).getByRole('combobox', { name: '关联到' })).toHaveValue(target.id);
  await expect(linkBar(page).getByRole('combobox', { name: '关系类型' })).toHaveValue('serves');
  await linkBar(page).getByRole('button', { name: '关联', exact: true }).click();

  await expect.poll(() => relations(web, id)).toEqual([expect.objectContaining({ type: 'serves', from: policy.id, to: target.id })]);
  await expect(
    popover(page)
      .getByRole('listitem')
      .filter({ hasText: `服务于 → ${TARGET}` }),
  ).toBeVisible();
  await expect(arcs(page)).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  // The annotation list marks the policy's row with where it links to.
  await expect(page.getByRole('complementary', { name: '标注列表' }).getByText(`→ ${TARGET}`)).toBeVisible();

  await popover(page).getByRole('button', { name: '关闭' }).click();
  await docText(page).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => relations(web, id)).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await relations(web, id)).length).toBe(1);

  await page.reload();
  await expect(docText(page)).toContainText(TARGET);
  await marks(page, target.id).first().click();
  await expect(
    popover(page)
      .getByRole('listitem')
      .filter({ hasText: `服务于 ← ${POLICY}` }),
  ).toBeVisible();
  await expect(arcs(page)).toHaveCount(1);
});

test('links by keyboard: R, then Tab to the other span, then Enter; Esc gives up', async ({ page, web }) => {
  const { id, policy, target } = await setUp(page, web);
  await marks(page, policy.id).first().click();
  await expect(popover(page)).toBeVisible();
  await page.keyboard.press('r');
  await expect(linkBar(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(linkBar(page)).toBeHidden();
  await expect(popover(page)).toBeVisible();

  await page.keyboard.press('r');
  await expect(linkBar(page)).toBeVisible();
  const picked = linkBar(page).getByRole('combobox', { name: '关联到' });
  await page.keyboard.press('Tab');
  await expect(picked).toHaveValue(target.id);
  await expect(page.locator('mark.ws-link-target')).not.toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect.poll(() => relations(web, id)).toEqual([expect.objectContaining({ type: 'serves', from: policy.id, to: target.id })]);
  await expect(linkBar(page)).toBeHidden();

  // Deleting the target takes the link with it; undo brings both back.
  await marks(page, target.id).first().click();
  await popover(page).getByRole('button', { name: '删除标注' }).click();
  await expect.poll(() => relations(web, id)).toEqual([]);
  await docText(page).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await relations(web, id)).length).toBe(1);
});

test('adds a fragment from the popover and by Ctrl-select; each piece is painted as the one span, after a reload too', async ({
  page,
  web,
}) => {
  const { id, policy } = await setUp(page, web);
  await marks(page, policy.id).first().click();
  await popover(page).getByRole('button', { name: '添加片段' }).click();
  await expect(page.getByRole('region', { name: '添加片段' })).toBeVisible();
  await selectText(page, OTHER);
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await api<Span[]>(web, 'annotations.list', { docId: id })).find((s) => s.id === policy.id)?.fragments?.length)
    .toBe(2);
  await expect(popover(page)).toBeVisible();
  await expect(marks(page, policy.id).filter({ hasText: OTHER })).not.toHaveCount(0);

  // With the popover open, a selection made with Ctrl held becomes a third piece.
  await selectText(page, '推动实现');
  await docText(page).dispatchEvent('mouseup', { ctrlKey: true });
  await expect
    .poll(async () => (await api<Span[]>(web, 'annotations.list', { docId: id })).find((s) => s.id === policy.id)?.fragments?.length)
    .toBe(3);
  const span = (await api<Span[]>(web, 'annotations.list', { docId: id })).find((s) => s.id === policy.id)!;
  expect(span.quote.split(' … ')).toHaveLength(3);

  await page.reload();
  await expect(docText(page)).toContainText(TARGET);
  await expect(marks(page, policy.id).filter({ hasText: OTHER })).not.toHaveCount(0);
  await expect(marks(page, policy.id).filter({ hasText: POLICY })).not.toHaveCount(0);
  await marks(page, policy.id).first().click();
  await expect(page.locator('mark.ws-active')).not.toHaveCount(0);
  const activeText = (await page.locator('mark.ws-active').allTextContents()).join('');
  expect(activeText).toContain(OTHER);
  expect(activeText).toContain(POLICY);
  await expect(popover(page).getByText('共 3 个片段')).toBeVisible();
});
