import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTeamServer, type TestServer } from '../unit/team/teamServer';
import { expect, test } from './fixtures';
import { api, type WebHost } from './webHost';
import { seriousViolations } from './axe';

const SHOTS = '/tmp/shots-feat-teamapp';

const PHRASES = ['城市更新', '产业链'];

/**
 * What another analyst's replica would have put on the server: the document's text and two of their spans on it
 * (the stand-in server runs without the guard, as `team init --no-guard` sets it up).
 */
async function seedOtherAnalyst(db: string, text: string): Promise<void> {
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  const put = async (doc: Record<string, unknown>) => {
    const response = await fetch(`${db}/${encodeURIComponent(String(doc._id))}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    });
    expect(response.ok, await response.text()).toBe(true);
  };
  await put({ _id: `doc:${hash}`, type: 'document', hash, title: '青岛', text });
  for (const [i, phrase] of PHRASES.entries()) {
    const start = [...text.slice(0, text.indexOf(phrase))].length;
    await put({
      _id: `span:a-li:a_li${i}`,
      type: 'span',
      annotator: { id: 'a-li', name: '李伟' },
      spanId: `a_li${i}`,
      docHash: hash,
      start,
      end: start + [...phrase].length,
      tag: 'project',
      quote: phrase,
      note: '',
      created: '2026-12-01T00:00:00.000Z',
      modified: '2026-12-01T00:00:00.000Z',
    });
  }
}

let server: TestServer;
test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-team-'));
  server = await startTeamServer(dir);
  mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(async () => server?.stop());

async function prepare(web: WebHost, db: string, language: 'zh' | 'en'): Promise<string> {
  expect((await fetch(`${server.url}/${db}`, { method: 'PUT' })).ok).toBe(true);
  const [doc] = await api<{ id: string }[]>(web, 'documents.list');
  const { text } = await api<{ text: string }>(web, 'documents.get', { id: doc!.id });
  await seedOtherAnalyst(`${server.url}/${db}`, text);
  await api(web, 'view.set', { openDocId: doc!.id });
  await api(web, 'settings.set', { language });
  return doc!.id;
}

for (const language of ['zh', 'en'] as const) {
  const UI =
    language === 'zh'
      ? {
          team: /^团队状态/,
          dialog: '团队',
          server: '服务器地址',
          db: '数据库',
          name: '你的名字',
          join: '加入',
          connected: '已连接',
          close: '关闭',
          layer: /^显示 李伟 的标注/,
        }
      : {
          team: /^Team status/,
          dialog: 'Team',
          server: 'Server URL',
          db: 'Database',
          name: 'Your name',
          join: 'Join',
          connected: 'Connected',
          close: 'Close',
          layer: /^Show the spans of 李伟/,
        };

  test(`${language}: join in the Team dialog, see connected, another analyst's layer outlined, hide it`, async ({ page, web }) => {
    const db = `e2e-${language}`;
    await prepare(web, db, language);
    await page.goto(web.url);
    const indicator = page.getByRole('button', { name: UI.team });
    await indicator.click();
    const dialog = page.getByRole('dialog', { name: UI.dialog });
    await dialog.getByLabel(UI.server).fill(server.url);
    await dialog.getByLabel(UI.db, { exact: true }).fill(db);
    await dialog.getByLabel(UI.name).fill(language === 'zh' ? '王芳' : 'Wang Fang');
    expect.soft(await seriousViolations(page), 'join form').toEqual([]);
    await page.screenshot({ path: join(SHOTS, `team-join-${language}.png`) });
    await dialog.getByRole('button', { name: UI.join, exact: true }).click();
    await expect(dialog.locator('.team-badge.team-connected')).toHaveText(UI.connected, { timeout: 30_000 });
    await expect(indicator).toContainText(UI.connected);
    // The document's record, written by both analysts with their own titles, is settled without asking: its text is the same.
    await expect.poll(async () => (await api<{ conflicts: number }>(web, 'team.status')).conflicts, { timeout: 30_000 }).toBe(0);
    expect.soft(await seriousViolations(page), 'team status').toEqual([]);
    await page.screenshot({ path: join(SHOTS, `team-dialog-${language}.png`) });
    await dialog.getByRole('button', { name: UI.close, exact: true }).last().click();

    const toggle = page.getByRole('checkbox', { name: UI.layer });
    await expect(toggle).toBeChecked({ timeout: 30_000 });
    const outlines = page.locator('.ws-layer-span');
    await expect(outlines.first()).toBeVisible();
    // Outlined in the analyst's colour, never filled as one's own spans are.
    const look = await outlines.first().evaluate((el) => {
      const style = getComputedStyle(el);
      return { border: style.borderTopStyle, width: style.borderTopWidth, fill: style.backgroundColor };
    });
    expect(look).toEqual({ border: 'solid', width: '2px', fill: 'rgba(0, 0, 0, 0)' });
    await page.locator('.ws-doc-scroll').evaluate((scroller) => {
      const box = document.querySelector('.ws-layer-span')!.getBoundingClientRect();
      scroller.scrollBy({ top: box.top - scroller.getBoundingClientRect().top - 200 });
    });
    expect.soft(await seriousViolations(page), 'layers').toEqual([]);
    await page.screenshot({ path: join(SHOTS, `team-layer-${language}.png`) });

    await toggle.uncheck();
    await expect(outlines).toHaveCount(0);
    // The view state is written after the repaint, so the page may still be saving it.
    await expect.poll(async () => (await api<{ hiddenLayers?: string[] }>(web, 'view.get')).hiddenLayers).toEqual(['a-li']);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: UI.layer })).not.toBeChecked({ timeout: 30_000 });
    await expect(page.locator('.ws-layer-span')).toHaveCount(0);
  });

  test(`${language}: a tag changed elsewhere at the same time is a conflict, shown with both versions and kept as chosen`, async ({
    page,
    web,
  }) => {
    const db = `e2e-conflict-${language}`;
    await prepare(web, db, language);
    await api(web, 'team.join', { server: server.url, db, analystName: '王芳' });
    await expect.poll(async () => (await api<{ state: string }>(web, 'team.status')).state, { timeout: 30_000 }).toBe('connected');
    // Another machine's edit of the same tag, made from the same first version: the server holds both.
    const response = await fetch(`${server.url}/${db}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        new_edits: false,
        docs: [
          {
            _id: 'tag:policy',
            _rev: '1-00000000000000000000000000000001',
            type: 'tag',
            tag: { id: 'policy', label: { zh: '政策措施', en: 'Policy measure' }, color: '#5f3dc4', hotkey: '3' },
          },
        ],
      }),
    });
    expect(response.ok).toBe(true);
    await page.goto(web.url);
    const indicator = page.getByRole('button', { name: UI.team });
    await expect(indicator).toContainText(language === 'zh' ? '冲突 1' : 'Conflicts 1', { timeout: 30_000 });
    await indicator.click();
    const dialog = page.getByRole('dialog', { name: UI.dialog });
    const other = dialog.locator('.team-version').filter({ hasText: language === 'zh' ? '政策措施' : 'Policy measure' });
    await expect(other).toBeVisible();
    await expect(dialog.locator('.team-version')).toHaveCount(2);
    expect.soft(await seriousViolations(page), 'conflicts').toEqual([]);
    await page.screenshot({ path: join(SHOTS, `team-conflict-${language}.png`) });
    await other.getByRole('button').click();
    await expect(dialog.locator('.team-version')).toHaveCount(0);
    await expect(indicator).not.toContainText(language === 'zh' ? '冲突' : 'Conflicts');
    const tags = await api<Array<{ id: string; color: string; label: { zh: string } }>>(web, 'tags.list');
    expect(tags.find((t) => t.id === 'policy')).toMatchObject({ color: '#5f3dc4', label: { zh: '政策措施' } });
  });
}

test('a document another analyst imported appears in the document list while the page is open, and can be opened', async ({
  page,
  web,
}) => {
  const db = 'e2e-documents';
  await prepare(web, db, 'en');
  await api(web, 'team.join', { server: server.url, db, analystName: '王芳' });
  await page.goto(web.url);
  const list = page.getByRole('navigation', { name: 'Document list' });
  await expect(list.locator('.doc-title').first()).toBeVisible();
  const text = '山东省人民政府关于推进海洋强省建设的意见\n一、总体要求\n建设现代海洋产业体系。';
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  const answer = await fetch(`${server.url}/${db}/${encodeURIComponent(`doc:${hash}`)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ _id: `doc:${hash}`, type: 'document', hash, title: '海洋强省', text }),
  });
  expect(answer.ok).toBe(true);
  const added = list.locator('.doc-title', { hasText: '海洋强省' });
  await expect(added).toBeVisible({ timeout: 30_000 });
  await added.click();
  await expect(page.locator('.ws-doc-scroll')).toContainText('建设现代海洋产业体系');
  expect.soft(await seriousViolations(page), 'document from the team').toEqual([]);
  const shots = '/tmp/shots-feat-teamdocs';
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'team-document-en.png') });
});

for (const language of ['zh', 'en'] as const) {
  test(`${language}: your own span made on another machine, and a tag a teammate renamed, appear in the open page`, async ({
    page,
    web,
  }) => {
    const db = `e2e-merge-${language}`;
    const docId = await prepare(web, db, language);
    const { analyst } = await api<{ analyst: { id: string; name: string } }>(web, 'team.join', {
      server: server.url,
      db,
      analystName: '王芳',
    });
    await page.goto(web.url);
    await expect(page.locator('.ws-doc-scroll')).toContainText('产业链');
    const { text, hash } = await api<{ text: string; hash: string }>(web, 'documents.get', { id: docId });
    const phrase = '产业链';
    const start = [...text.slice(0, text.indexOf(phrase))].length;
    const put = async (doc: Record<string, unknown>) => {
      const response = await fetch(`${server.url}/${db}/${encodeURIComponent(String(doc._id))}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(doc),
      });
      expect(response.ok, await response.text()).toBe(true);
    };
    // What the same analyst's laptop would have replicated: a span of theirs, from another session.
    await put({
      _id: `span:${analyst.id}:a_laptop1`,
      type: 'span',
      annotator: analyst,
      spanId: 'a_laptop1',
      docHash: hash,
      start,
      end: start + [...phrase].length,
      tag: 'target',
      quote: phrase,
      note: '',
      created: '2026-12-01T00:00:00.000Z',
      modified: '2026-12-01T00:00:00.000Z',
      source: 'laptop',
    });
    await expect(page.locator('mark[data-ids*="a_laptop1"]').first()).toBeVisible({ timeout: 30_000 });

    const record = `${server.url}/${db}/tag:project`;
    await expect.poll(async () => (await fetch(record)).status, { timeout: 30_000 }).toBe(200);
    const current = (await (await fetch(record)).json()) as { _rev: string; tag: Record<string, unknown> };
    await put({
      _id: 'tag:project',
      _rev: current._rev,
      type: 'tag',
      tag: { ...current.tag, label: { zh: '重点项目', en: 'Key project' } },
    });
    await expect(page.locator('.ws-tag-button', { hasText: language === 'zh' ? '重点项目' : 'Key project' })).toBeVisible({
      timeout: 30_000,
    });
    expect.soft(await seriousViolations(page), 'merged from the team').toEqual([]);
    const shots = '/tmp/shots-feat-team3';
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, `team-merged-${language}.png`) });
  });
}
