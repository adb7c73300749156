import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { analystFor, openReplica, writeTeamConfig } from '../../electron/core/team/teamSession';
import type { Layer } from '../../electron/core/team/TeamReplica';
import { api, importFiles, sampleFile, startWebHost, stopWebHost, type WebHost } from './webHost';
import { seriousViolations } from './axe';

/** 王 and 李 coded the sample report; the web host's analyst, 赵, curates. */
const CODED: Record<string, Array<[string, string]>> = {
  王: [
    ['target', '确保年内游客接待量增长20%以上'],
    ['policy', '开展“项目落地提质年”活动'],
    ['project', '台东步行街尽快达到全国示范步行街标准'],
  ],
  李: [
    ['target', '游客接待量增长20%以上'],
    ['policy', '开展“项目落地提质年”活动'],
    ['target', '台东步行街尽快达到全国示范步行街标准'],
  ],
};

const dialog = (page: Page) => page.getByRole('dialog', { name: /^(标注一致性与审定|Agreement and curation)$/ });

/**
 * A curator's web host whose team replica already holds two other analysts' layers of the sample report, written
 * there by the test as a sync would have left them: the view reads the replica, not the server.
 */
async function curatorHost(dir: string): Promise<{ web: WebHost; docId: string }> {
  const sessionPath = join(dir, 'work.pizhu');
  const dataDir = join(dir, 'data');
  await analystFor(dataDir, '赵');
  const web = await startWebHost(sessionPath, dataDir);
  await importFiles(web, [sampleFile()]);
  const [doc] = await api<Array<{ id: string }>>(web, 'documents.list');
  const record = await api<{ id: string; hash: string; title: string; text: string }>(web, 'documents.get', { id: doc!.id });
  const config = { server: 'http://127.0.0.1:9/', db: 'e2e-team' };
  writeTeamConfig(sessionPath, config);
  const replica = openReplica(dataDir, config);
  try {
    for (const [i, [name, spans]] of Object.entries(CODED).entries()) {
      const layer: Layer = {
        analyst: { id: `a-coder${i}`, name },
        documents: [{ hash: record.hash, title: record.title, text: record.text }],
        tags: [],
        spans: spans.map(([tag, phrase], n) => {
          const at = record.text.indexOf(phrase);
          const start = [...record.text.slice(0, at)].length;
          return {
            id: `a_${name === '王' ? 'w' : 'l'}${n}`,
            docHash: record.hash,
            start,
            end: start + [...phrase].length,
            tag,
            quote: phrase,
            note: '',
            created: '2026-01-01T00:00:00.000Z',
            modified: '2026-01-01T00:00:00.000Z',
          };
        }),
      };
      await replica.publish(layer);
    }
  } finally {
    await replica.close();
  }
  return { web, docId: doc!.id };
}

test('the agreement view: the matrix, a pair’s disagreements, take a span into the own layer and undo it', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-agreement-'));
  const { web, docId } = await curatorHost(dir);
  try {
    await api(web, 'settings.set', { language: 'zh' });
    await page.goto(web.url);
    await page.getByRole('button', { name: '一致性' }).click();
    await expect(dialog(page)).toBeVisible();
    const matrix = dialog(page).getByRole('table', { name: /标注者两两一致性/ });
    await expect(matrix.getByRole('columnheader')).toHaveCount(3);
    // In the order of the analysts' ids, which for 赵 is drawn at random.
    expect((await matrix.getByRole('columnheader').allTextContents()).sort()).toEqual(['李', '王', '赵（我）']);
    // One of 王's three spans and 李's three agree exactly: F1 = 2·1 / (3 + 3).
    const cell = matrix.getByRole('button', { name: /^王 与 李：/ });
    await expect(cell).toHaveAccessibleName(/^王 与 李：F1（完全一致） 0\.33，1 篇文档/);
    await expect(cell).toHaveText('0.33');
    await dialog(page).getByLabel('指标').selectOption('f1Overlap');
    await expect(cell).not.toHaveText('0.33');
    await expect(cell).toHaveText('0.67');
    await cell.click();

    const rows = dialog(page).locator('.agreement-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('标签不同');
    await expect(rows.nth(1)).toContainText('边界不同');
    await expect(rows.nth(1).locator('.agreement-version').nth(1).locator('mark')).toHaveText('游客接待量增长20%以上');
    expect(await seriousViolations(page)).toEqual([]);

    await rows.nth(1).locator('.agreement-version').nth(1).getByRole('button', { name: '采用' }).click();
    await expect(dialog(page).getByRole('status')).toHaveText(/已采用 1 处到我的标注层/);
    const own = await api<Array<{ quote: string; origin?: string }>>(web, 'annotations.list', { docId });
    expect(own.map((a) => [a.quote, a.origin])).toEqual([['游客接待量增长20%以上', 'curated:a-coder1']]);

    await dialog(page).getByRole('button', { name: '撤销' }).click();
    await expect(dialog(page).getByRole('status')).toHaveText('已撤销');
    expect(await api(web, 'annotations.list', { docId })).toEqual([]);

    await rows.nth(0).focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole('textbox', { name: /^(文档正文|Document text)/ })).toContainText('台东步行街尽快达到全国示范步行街标准');
  } finally {
    await stopWebHost(web);
    rmSync(dir, { recursive: true, force: true });
  }
});
