import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, type WebHost } from './webHost';

interface Doc {
  id: string;
  title: string;
}

function writeFiles(files: Record<string, string | Buffer>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-messages-e2e-'));
  return Object.entries(files).map(([name, data]) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    return path;
  });
}

async function chooseFiles(page: Page, paths: string[], importLabel = '导入'): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: importLabel, exact: true }).click();
  await (await chooser).setFiles(paths);
}

/** Tag the first occurrence of `quote` in a document through the API. */
async function tagQuote(web: WebHost, docId: string, quote: string, tag: string): Promise<void> {
  const text = (await api<{ text: string }>(web, 'documents.get', { id: docId })).text;
  const start = [...text.slice(0, text.indexOf(quote))].length;
  await api(web, 'annotations.create', { docId, start, end: start + [...quote].length, tag });
}

test('import in Chinese: unknown types, broken files and the report are worded in Chinese, the core’s specifics kept; the picker offers every type', async ({
  page,
  web,
}) => {
  const paths = writeFiles({
    'notes.xyz': 'plain words',
    'broken.docx': 'this is not a zip',
    'doc.ann': 'T1\tPerson 0 3\tabc\n',
    '黄岛区工作要点.txt': '黄岛区工作要点\n\n一、全力推进重点项目建设。\n',
  });
  await page.goto(web.url);
  const accept = (await page.locator('input[type="file"]').getAttribute('accept'))!.split(',');
  expect(accept).toEqual(
    expect.arrayContaining(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf', '.json', '.jsonld', '.jsonl', '.ndjson', '.zip']),
  );
  // The picker offers exactly what the core reads, as its "unknown file type" message lists it.
  const probe = await api<{ previewId: string; items: { error: string }[] }>(web, 'import.preview', {
    files: [{ name: 'notes.xyz', data: Buffer.from('x').toString('base64') }],
  });
  await api(web, 'import.cancel', { previewId: probe.previewId });
  expect(/accepted: (.*)$/.exec(probe.items[0]!.error)![1]!.split(', ').sort()).toEqual([...accept].sort());

  await chooseFiles(page, paths);
  const dialog = page.getByRole('dialog', { name: '导入预览' });
  const item = (file: string) => dialog.getByRole('listitem').filter({ has: page.getByText(file, { exact: true }) });
  await expect(item('黄岛区工作要点.txt')).toContainText('类型：纯文本');
  await expect(item('notes.xyz')).toContainText(
    '不支持这种文件类型。可以导入：txt、md、markdown、html、htm、docx、pdf、json、jsonld、jsonl、ndjson、zip',
  );
  await expect(item('broken.docx')).toContainText('无法导入这个文件（');
  // What the core says beyond "unknown type" is kept: a brat .ann file wants its collection.
  await expect(item('doc.ann')).toContainText('不支持这种文件类型');
  await expect(item('doc.ann')).toContainText('import the collection as a zip');
  await expect(dialog).not.toContainText('unknown');
  await expect(dialog).not.toContainText('broken.docx: ');
  await page.screenshot({ path: '/tmp/pizhu-import-errors.png' });

  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  const done = page.getByRole('dialog', { name: '导入完成' });
  await expect(done).toContainText('新建 1 篇文档');
  await expect(done).toContainText('notes.xyz：不支持这种文件类型');
  await expect(done).toContainText('broken.docx：无法导入这个文件（');
  await expect(done).not.toContainText('unknown');
});

test('what an import cannot carry over is listed per file in the preview and the report, with counts and detail, in zh and en', async ({
  page,
  web,
}) => {
  // The core's answers, with the notices of a brat collection added as the contract has them.
  const notices = [
    { kind: 'attributes', count: 3802 },
    { kind: 'bad-lines', count: 2, detail: 'lines 3, 7' },
  ];
  await page.route('**/api/import.preview', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.value.items[0].notices = notices;
    await route.fulfill({ response, json });
  });
  await page.route('**/api/import.commit', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.value.notices = notices.map((n) => ({ ...n, file: 'collection.txt' }));
    await route.fulfill({ response, json });
  });
  // One file per language: the second import of the same text would bring nothing new.
  const [zhFile, enFile] = writeFiles({
    'zh/collection.txt': '胶州市实施方案\n\n深化改革。\n',
    'en/collection.txt': '平度市实施方案\n\n深化改革。\n',
  });

  const words = {
    zh: {
      file: zhFile!,
      import: '导入',
      preview: '导入预览',
      done: '导入完成',
      list: 'collection.txt：未导入或有改动的内容',
      lines: ['3,802 个属性未导入：批注没有属性', '2 行无法解析，已跳过（lines 3, 7）'],
      heading: '未导入或有改动的内容',
      close: '关闭',
    },
    en: {
      file: enFile!,
      import: 'Import',
      preview: 'Import preview',
      done: 'Import finished',
      list: 'collection.txt: not imported, or changed on the way in',
      lines: ['3,802 attributes not imported: Pizhu has no attributes', '2 lines could not be read and were skipped (lines 3, 7)'],
      heading: 'Not imported, or changed on the way in',
      close: 'Close',
    },
  };
  for (const language of ['zh', 'en'] as const) {
    const w = words[language];
    await api(web, 'settings.set', { language });
    await page.goto(web.url);
    await chooseFiles(page, [w.file], w.import);
    const dialog = page.getByRole('dialog', { name: w.preview });
    await expect(dialog.getByRole('list', { name: w.list }).getByRole('listitem')).toHaveText(w.lines);
    await page.screenshot({ path: `/tmp/pizhu-import-notices-${language}.png` });
    await dialog.getByRole('button', { name: w.import, exact: true }).click();
    const done = page.getByRole('dialog', { name: w.done });
    await expect(done.getByRole('heading', { name: w.heading })).toBeVisible();
    await expect(done.getByRole('list', { name: w.list }).getByRole('listitem')).toHaveText(w.lines);
    await done.getByRole('button', { name: w.close }).first().click();
  }
});

test('offsets: doccano JSONL files and the jsonl export offer the offset unit, and it is sent with the preview and the export', async ({
  page,
  web,
}) => {
  const [txt, jsonl] = writeFiles({
    'plain.txt': '平度市工作要点\n\n推进乡村振兴。\n',
    'doccano.jsonl': JSON.stringify({ text: '𠮷田村推进乡村振兴', label: [[3, 7, '项目']] }) + '\n',
  });
  await page.goto(web.url);
  await chooseFiles(page, [txt!]);
  const dialog = page.getByRole('dialog', { name: '导入预览' });
  await expect(dialog.getByRole('table', { name: /plain\.txt/ })).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'JSONL 偏移量单位' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '取消' }).click();

  const preview = page.waitForRequest((r) => r.url().endsWith('/api/import.preview'));
  await chooseFiles(page, [txt!, jsonl!]);
  expect((await preview).postDataJSON().offsets).toBe('utf16');
  const units = dialog.getByRole('group', { name: 'JSONL 偏移量单位' });
  await expect(units.getByRole('radio', { name: 'doccano（UTF-16，默认）' })).toBeChecked();
  const again = page.waitForRequest((r) => r.url().endsWith('/api/import.preview') && r.postDataJSON().offsets === 'codepoints');
  await units.getByRole('radio', { name: '码点（脚本生成的文件）' }).check();
  await again;
  await expect(units.getByRole('radio', { name: '码点（脚本生成的文件）' })).toBeChecked();
  await dialog.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: '导出', exact: true }).click();
  const exporter = page.getByRole('dialog', { name: '导出标注' });
  await expect(exporter).toContainText('Excel 工作簿：“标注”表一行一处标注，“统计”表按文档和标签计数');
  await expect(exporter.getByRole('group', { name: 'JSONL 偏移量单位' })).toHaveCount(0);
  await exporter.getByRole('radio', { name: /^jsonl/i }).check();
  await exporter.getByRole('group', { name: 'JSONL 偏移量单位' }).getByRole('radio', { name: '码点（脚本生成的文件）' }).check();
  await page.screenshot({ path: '/tmp/pizhu-export-offsets.png' });
  const run = page.waitForRequest((r) => r.url().endsWith('/api/export.run'));
  const download = page.waitForEvent('download');
  await exporter.getByRole('button', { name: '导出', exact: true }).click();
  expect((await run).postDataJSON()).toMatchObject({ format: 'jsonl', offsets: 'codepoints' });
  expect((await download).suggestedFilename()).toMatch(/\.jsonl$/);
});

test('a failure is worded by its error code in the UI’s language, with the core’s message as detail', async ({ page, web }) => {
  await page.route('**/api/export.run', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'DISK_FULL', message: 'ENOSPC: no space left on device, write' } } }),
  );
  await page.goto(web.url);
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const exporter = page.getByRole('dialog', { name: '导出标注' });
  await exporter.getByRole('button', { name: '导出', exact: true }).click();
  await expect(exporter.getByRole('alert')).toHaveText('磁盘空间已满，无法写入（ENOSPC: no space left on device, write）');

  await api(web, 'settings.set', { language: 'en' });
  await page.goto(web.url);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const english = page.getByRole('dialog', { name: 'Export annotations' });
  await english.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(english.getByRole('alert')).toHaveText(
    'The disk is full: nothing more can be written (ENOSPC: no space left on device, write)',
  );
});

test('the toolbar’s status belongs to its document, and the panel follows a tag deletion', async ({ page, web }) => {
  const docs = await api<Doc[]>(web, 'documents.list');
  const shibei = docs.find((d) => d.title.startsWith('市北'))!;
  await page.goto(web.url);
  await expect(page.getByRole('textbox', { name: /^文档正文/ })).toHaveAccessibleName(/市北/);

  await page.getByRole('textbox', { name: /^文档正文/ }).click();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('search', { name: '查找' });
  await search.getByRole('searchbox', { name: '查找内容' }).fill('战场');
  await search.getByRole('button', { name: '全部标注为…' }).click();
  await page.getByRole('menu', { name: '全部标注为' }).getByRole('menuitem', { name: /^政策/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '确定' }).click();
  const status = page.getByRole('toolbar', { name: '标注工具栏' }).getByRole('status');
  await expect(status).toHaveText(/^已标注 \d+ 处$/);
  const tagged = Number(/\d+/.exec((await status.textContent())!)![0]);

  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^西海岸/ })
    .click();
  await expect(page.getByRole('textbox', { name: /^文档正文/ })).toHaveAccessibleName(/西海岸/);
  await expect(status).toHaveText('');
  await page.getByRole('navigation').getByRole('button', { name: /^市北/ }).click();
  await expect(page.getByRole('textbox', { name: /^文档正文/ })).toHaveAccessibleName(/市北/);

  await tagQuote(web, shibei.id, '要吃透产业发展现状', 'target');
  await page.reload();
  const panel = page.getByRole('complementary', { name: '标注列表' });
  await expect(panel.getByRole('heading')).toHaveText(`标注列表 ${tagged + 1} 处标注`);

  await page.getByRole('button', { name: '标签', exact: true }).click();
  const tags = page.getByRole('dialog', { name: '编辑标签' });
  await tags.getByRole('button', { name: '删除“政策”' }).click();
  const confirm = page.getByRole('dialog', { name: '删除标签“政策”' });
  await confirm.getByRole('radio', { name: '一并删除这些标注' }).check();
  await confirm.getByRole('button', { name: '删除标签' }).click();
  await expect(confirm).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(tags).toBeHidden();
  await expect(panel.getByRole('heading')).toHaveText('标注列表 1 处标注');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('mark[data-ids]')).toHaveText(['要吃透产业发展现状']);
});
