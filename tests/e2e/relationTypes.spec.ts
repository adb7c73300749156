import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { api } from './webHost';

interface RelationType {
  id: string;
  label: { zh: string; en: string };
  color: string;
}

test('relation types in the tag editor: the defaults listed, one added, renamed, recoloured and deleted', async ({ page, web }) => {
  const types = () => api<RelationType[]>(web, 'relationTypes.list');
  await page.goto(web.url);
  await page.getByRole('button', { name: '标签', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '编辑标签' });
  const list = dialog.getByRole('list', { name: '关系类型列表' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').first()).toContainText('政策 → 目标');

  await dialog.getByRole('textbox', { name: '新关系类型的中文名' }).fill('配套');
  await dialog.getByRole('textbox', { name: '新关系类型的英文名' }).fill('Supports');
  await dialog.getByRole('button', { name: '添加关系类型' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(4);
  expect((await types()).find((t) => t.id === 'supports')).toMatchObject({ label: { zh: '配套', en: 'Supports' } });
  expect(await seriousViolations(page)).toEqual([]);

  await dialog.getByRole('textbox', { name: '关系类型“配套”的中文名' }).fill('配套措施');
  await dialog.getByRole('textbox', { name: '关系类型“配套”的中文名' }).press('Enter');
  await expect.poll(async () => (await types()).find((t) => t.id === 'supports')?.label.zh).toBe('配套措施');

  await dialog.getByLabel('关系类型“配套措施”的颜色').fill('#0c8599');
  await expect.poll(async () => (await types()).find((t) => t.id === 'supports')?.color.toLowerCase()).toBe('#0c8599');

  await dialog.getByRole('button', { name: '删除关系类型“配套措施”' }).click();
  await page.getByRole('dialog', { name: '删除关系类型“配套措施”' }).getByRole('button', { name: '删除关系类型' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  expect((await types()).map((t) => t.id)).toEqual(['serves', 'funds', 'part-of']);
});
