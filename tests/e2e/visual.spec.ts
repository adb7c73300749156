import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, importFiles, type WebHost } from './webHost';

interface Tag {
  id: string;
  color: string;
}

/** A document of lines for overlaps, find and a long link; its first line is its title. */
const TEXT = [
  '重叠与查找',
  '一、同一标签：甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。',
  '二、不同标签：甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。',
  '三、查找：推进项目建设，项目落地，重点项目。',
  '原文链接：https://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcwj/szfgw/2023/202301/t20230128_6754471.shtml',
  '四、普通段落两端对齐：要下大力气恢复和扩大消费，加快商圈等现代化改造，台东步行街尽快达到全国示范步行街标准，中央商务区、新都心、老四方、浮山后等商圈要着力打造体验式、沉浸式时尚消费业态。',
].join('\n\n');

const docText = (page: Page) => page.getByRole('textbox', { name: /^(文档正文|Document text)/ });

/** Import the test document, open it, and return its id. */
async function openTestDocument(page: Page, web: WebHost): Promise<string> {
  await importFiles(web, [{ name: 'overlaps.txt', data: Buffer.from(TEXT) }]);
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const id = docs.find((d) => d.title === '重叠与查找')!.id;
  await api(web, 'view.set', { openDocId: id });
  await page.goto(web.url);
  await expect(docText(page)).toContainText('甲乙丙丁');
  return id;
}

/** Tag `phrase` within the line starting with `line`, through the API. */
async function tag(web: WebHost, docId: string, line: string, phrase: string, tagId: string): Promise<string> {
  const text = (await api<{ text: string }>(web, 'documents.get', { id: docId })).text;
  const utf16 = text.indexOf(phrase, text.indexOf(line));
  const start = [...text.slice(0, utf16)].length;
  const span = await api<{ id: string }>(web, 'annotations.create', { docId, start, end: start + [...phrase].length, tag: tagId });
  return span.id;
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

function channels(color: string): number[] {
  return (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

function distance(a: string, b: string): number {
  const [x, y] = [channels(a), channels(b)];
  return Math.hypot(x[0]! - y[0]!, x[1]! - y[1]!, x[2]! - y[2]!);
}

/** How often `color` (rgb(...)) occurs in a computed background-image: one per bar. */
function bars(backgroundImage: string, color: string): number {
  // A hard-edged bar is two stops of its colour.
  return backgroundImage.split(color).length / 2 - 0.5;
}

test('three nested spans: the innermost fills the run, each enclosing span adds one bar, same tag or not', async ({ page, web }) => {
  const id = await openTestDocument(page, web);
  const colors = new Map((await api<Tag[]>(web, 'tags.list')).map((t) => [t.id, rgb(t.color)]));
  const [target, project, policy] = [colors.get('target')!, colors.get('project')!, colors.get('policy')!];
  const same = [
    await tag(web, id, '一、', '甲乙丙丁戊己庚辛壬癸子丑', 'target'),
    await tag(web, id, '一、', '丙丁戊己庚辛', 'target'),
    await tag(web, id, '一、', '戊己', 'target'),
  ];
  const mixed = [
    await tag(web, id, '二、', '甲乙丙丁戊己庚辛壬癸子丑', 'policy'),
    await tag(web, id, '二、', '丙丁戊己庚辛', 'target'),
    await tag(web, id, '二、', '戊己', 'project'),
  ];
  await page.reload();
  const run = (ids: string[]) => page.locator(`mark[data-ids="${ids.join(' ')}"]`);

  // Same tag: one fill and two bars of that colour where all three cover the text, one bar where two do.
  const sameInner = run([same[2]!, same[1]!, same[0]!]);
  await expect(sameInner).toHaveText('戊己');
  await expect(sameInner).toHaveCSS('background-color', target.replace('rgb', 'rgba').replace(')', ', 0.2)'));
  expect(bars(await sameInner.evaluate((el) => getComputedStyle(el).backgroundImage), target)).toBe(2);
  expect(
    bars(
      await run([same[1]!, same[0]!])
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundImage),
      target,
    ),
  ).toBe(1);
  await expect(run([same[0]!]).first()).toHaveCSS('background-image', 'none');

  // Different tags: the innermost's fill, the outermost's bar on the bottom edge, the middle one's on the top edge.
  const mixedInner = run([mixed[2]!, mixed[1]!, mixed[0]!]);
  await expect(mixedInner).toHaveCSS('background-color', project.replace('rgb', 'rgba').replace(')', ', 0.2)'));
  const image = await mixedInner.evaluate((el) => getComputedStyle(el).backgroundImage);
  expect(image).toMatch(
    new RegExp(`^linear-gradient\\(to top, ${policy.replace(/[()]/g, '\\$&')}.*linear-gradient\\(${target.replace(/[()]/g, '\\$&')}`),
  );
  expect([bars(image, policy), bars(image, target), bars(image, project)]).toEqual([1, 1, 0]);

  const lines = page.locator('.ws-doc-text > .ws-chunk > p').nth(0);
  for (const language of ['zh', 'en'] as const) {
    await api(web, 'settings.set', { language });
    await page.reload();
    await expect(docText(page)).toHaveAccessibleName(language === 'zh' ? /^文档正文/ : /^Document text/);
    await expect(mixedInner).toBeVisible();
    const first = await lines.boundingBox();
    const second = await page.locator('.ws-doc-text > .ws-chunk > p').nth(1).boundingBox();
    await page.screenshot({
      path: `/tmp/pizhu-overlap-${language}.png`,
      clip: { x: first!.x - 8, y: first!.y - 8, width: first!.width + 16, height: second!.y + second!.height - first!.y + 16 },
    });
  }
});

test('find matches look like no tag: yellow with a dotted underline, the current one in inverted ink', async ({ page, web }) => {
  await openTestDocument(page, web);
  await docText(page).click();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('search', { name: '查找' });
  await search.getByRole('searchbox', { name: '查找内容' }).fill('项目');
  await expect(search.getByRole('status')).toHaveText(/^1\/\d+$/);
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('ws-find-current')?.size ?? 0)).toBe(1);

  const look = (name: string) =>
    docText(page).evaluate((el, name) => {
      const style = getComputedStyle(el, `::highlight(${name})`);
      return { background: style.backgroundColor, color: style.color, decoration: style.textDecorationStyle };
    }, name);
  const [match, current] = [await look('ws-find'), await look('ws-find-current')];
  // Far from every tag's colour (the current match used to be the orange of 目标), and from each other.
  for (const t of await api<Tag[]>(web, 'tags.list')) {
    expect(distance(match.background, rgb(t.color)), `find match vs ${t.id}`).toBeGreaterThan(100);
    expect(distance(current.background, rgb(t.color)), `current match vs ${t.id}`).toBeGreaterThan(100);
  }
  expect(distance(match.background, current.background)).toBeGreaterThan(200);
  expect(match.decoration).toBe('dotted');
  expect(distance(current.color, current.background)).toBeGreaterThan(300);
  await page.locator('.ws-doc-text > .ws-chunk > p').nth(2).screenshot({ path: '/tmp/pizhu-find.png' });
});

test('a line before a long link is not spread across the column; paragraphs are justified, headings are not', async ({ page, web }) => {
  await openTestDocument(page, web);
  const link = docText(page).locator('p', { hasText: '原文链接' });
  // The five characters before the link keep their natural width instead of spanning the column.
  const spread = await link.evaluate((p) => {
    const text = p.firstChild!.firstChild ?? p.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    const fontSize = Number.parseFloat(getComputedStyle(p).fontSize);
    return range.getBoundingClientRect().width / (5 * fontSize);
  });
  expect(spread).toBeLessThan(1.3);
  await expect(link).toHaveCSS('text-align', 'start');
  await expect(docText(page).locator('p', { hasText: '四、普通段落' })).toHaveCSS('text-align', 'justify');
  await expect(docText(page).getByRole('heading', { name: '重叠与查找' })).not.toHaveCSS('text-align', 'justify');
  await link.screenshot({ path: '/tmp/pizhu-link.png' });
});

test('the active span has a handle on each edge, in zh and en: visible, uncovered by the popover, and off the text itself', async ({
  page,
  web,
}) => {
  const id = await openTestDocument(page, web);
  const spanId = await tag(web, id, '四、', '台东步行街尽快达到全国示范步行街标准，中央商务区、新都心', 'project');
  const mark = page.locator(`mark[data-ids~="${spanId}"]`);
  for (const language of ['zh', 'en'] as const) {
    await api(web, 'settings.set', { language });
    await page.reload();
    await mark.first().click();
    const popover = page.getByRole('dialog', { name: language === 'zh' ? '标注详情' : 'Annotation' });
    await expect(popover).toBeVisible();
    const edges = page.locator('.ws-edge');
    await expect(edges).toHaveCount(2);
    const [start, end] = [(await edges.nth(0).boundingBox())!, (await edges.nth(1).boundingBox())!];
    const box = (await popover.boundingBox())!;
    const textBoxes = await mark.evaluateAll((marks) =>
      marks.flatMap((m) => [...m.getClientRects()].map((r) => ({ x: r.x, y: r.y, right: r.right, bottom: r.bottom }))),
    );
    const first = textBoxes[0]!;
    const last = textBoxes.at(-1)!;
    // The start's handle stands at the span's first character, the end's at its last; the knobs stand above and below.
    expect(Math.abs(start.x + start.width / 2 - first.x)).toBeLessThan(3);
    expect(Math.abs(end.x + end.width / 2 - last.right)).toBeLessThan(3);
    const knobs = [
      { x: start.x + start.width / 2, y: start.y - 1 },
      { x: end.x + end.width / 2, y: end.y + end.height + 1 },
    ];
    for (const [i, knob] of knobs.entries()) {
      // Nothing covers a knob: what the pointer finds there is its handle, outside the popover.
      const found = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-span-edge]')?.getAttribute('data-span-edge'),
        knob,
      );
      expect(found, `${language} knob ${i}`).toBe(i === 0 ? 'start' : 'end');
      expect(
        knob.x < box.x || knob.x > box.x + box.width || knob.y < box.y - 6 || knob.y > box.y + box.height + 6,
        `${language} knob ${i}`,
      ).toBe(true);
    }
    // The handles are transparent but for a 2px bar: the span's first and last characters still show, and still take a click.
    await expect(edges.first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    for (const point of [
      { x: first.x + 9, y: (first.y + first.bottom) / 2 },
      { x: last.right - 9, y: (last.y + last.bottom) / 2 },
    ]) {
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('mark')?.dataset.ids, point)).toContain(spanId);
    }
    const top = Math.min(box.y, first.y) - 16;
    const bottom = Math.max(box.y + box.height, last.bottom) + 16;
    await page.screenshot({
      path: `/tmp/pizhu-handles-${language}.png`,
      clip: { x: Math.min(box.x, first.x, last.x) - 40, y: top, width: 760, height: bottom - top },
    });
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  }
});
