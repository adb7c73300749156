import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { api } from './webHost';

/** axe-core's browser build, evaluated in the page (its CSP refuses script tags), as in a11y.spec.ts. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function dialogViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = (await page.evaluate('axe.run(\'[role="dialog"]\', { resultTypes: ["violations"] })')) as {
    violations: { id: string; impact: string | null }[];
  };
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

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
    expect(await dialogViolations(page)).toEqual([]);
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
