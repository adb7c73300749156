import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { api } from './webHost';
import { seriousViolations } from './axe';

/** axe-core's browser build, evaluated in the page (its CSP refuses script tags), as in a11y.spec.ts. */

/** A brat collection with a relation, a discontinuous span, an event and attributes, zipped into a file of its own. */
async function bratCollection(text: string): Promise<string> {
  const zip = new JSZip();
  zip.file('col/doc.txt', text);
  zip.file(
    'col/doc.ann',
    [
      'T1\tpolicy 0 4\t扩大内需',
      'T2\ttarget 5 7;9 11\t增长 目标',
      'R1\tserves Arg1:T1 Arg2:T2',
      'E1\tEvent:T1 Theme:T2',
      'A1\tNegation E1',
      'A2\tSpeculation E1',
      '',
    ].join('\n'),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'pizhu-relations-e2e-')), 'col.zip');
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
  return path;
}

test('the import preview counts the relations a brat collection brings and lists the events and attributes it leaves out, in zh and en', async ({
  page,
  web,
}) => {
  const words = {
    zh: {
      text: '扩大内需，增长5%目标。',
      import: '导入',
      preview: '导入预览',
      pill: '带来 1 条关系',
      list: 'col.zip：未导入或有改动的内容',
      lines: ['1 个事件未导入：批注没有事件标注（Event）', '2 个属性未导入：批注没有属性（Negation, Speculation）'],
      done: '导入完成',
      close: '关闭',
    },
    en: {
      text: '扩大内需，增长6%目标。',
      import: 'Import',
      preview: 'Import preview',
      pill: 'brings 1 relation',
      list: 'col.zip: not imported, or changed on the way in',
      lines: [
        '1 event not imported: Pizhu has no events (Event)',
        '2 attributes not imported: Pizhu has no attributes (Negation, Speculation)',
      ],
      done: 'Import finished',
      close: 'Close',
    },
  };
  for (const language of ['zh', 'en'] as const) {
    const w = words[language];
    await api(web, 'settings.set', { language });
    await page.goto(web.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: w.import, exact: true }).click();
    await (await chooser).setFiles([await bratCollection(w.text)]);
    const dialog = page.getByRole('dialog', { name: w.preview });
    await expect(dialog.getByText(w.pill)).toBeVisible();
    await expect(dialog.getByRole('list', { name: w.list }).getByRole('listitem')).toHaveText(w.lines);
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: `/tmp/shots-feat-interchange/import-relations-${language}.png` });
    await dialog.getByRole('button', { name: w.import, exact: true }).click();
    const done = page.getByRole('dialog', { name: w.done });
    await expect(done.getByRole('list', { name: w.list }).getByRole('listitem')).toHaveText(w.lines);
    await done.getByRole('button', { name: w.close }).first().click();
  }
  const docs = await api<Array<{ id: string }>>(web, 'documents.list');
  const relations = await Promise.all(docs.map((d) => api<Array<{ type: string }>>(web, 'relations.list', { docId: d.id })));
  expect(relations.flat().map((r) => r.type)).toEqual(['serves', 'serves']);
});

test('a link made by keyboard is in the brat and json exports', async ({ page, web }) => {
  const docs = await api<{ id: string; title: string }[]>(web, 'documents.list');
  const id = docs.find((d) => d.title.startsWith('市北'))!.id;
  const text = (await api<{ text: string }>(web, 'documents.get', { id })).text;
  const spanOver = (phrase: string, tag: string) => {
    const start = [...text.slice(0, text.indexOf(phrase))].length;
    return api<{ id: string }>(web, 'annotations.create', { docId: id, start, end: start + [...phrase].length, tag });
  };
  const policy = await spanOver('加快打造市北', 'policy');
  const target = await spanOver('要吃透产业发展现状', 'target');
  await page.goto(web.url);
  await page.locator(`mark[data-ids~="${policy.id}"]`).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('r');
  const linkBar = page.getByRole('region', { name: '建立关联' });
  await expect(linkBar).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(linkBar.getByRole('combobox', { name: '关联到' })).toHaveValue(target.id);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await api<unknown[]>(web, 'relations.list', { docId: id })).length).toBe(1);

  const json = JSON.parse(
    Buffer.from((await api<{ data: string }>(web, 'export.run', { format: 'json' })).data, 'base64').toString('utf8'),
  );
  expect(json.relations).toEqual([expect.objectContaining({ type: 'serves', from: policy.id, to: target.id })]);
  const brat = await JSZip.loadAsync(Buffer.from((await api<{ data: string }>(web, 'export.run', { format: 'brat' })).data, 'base64'));
  const anns = await Promise.all(
    Object.keys(brat.files)
      .filter((f) => f.endsWith('.ann'))
      .map((f) => brat.file(f)!.async('string')),
  );
  const ann = anns.find((a) => a.includes('加快打造市北'))!;
  const t = (quote: string) => /^(T\d+)\t/m.exec(ann.split('\n').find((l) => l.endsWith(`\t${quote}`))!)![1];
  expect(ann).toContain(`R1\tserves Arg1:${t('加快打造市北')} Arg2:${t('要吃透产业发展现状')}`);
});
