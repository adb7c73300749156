import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportFile, ImportPreview, ImportReport } from '../../../electron/shared/contract';
import { call, closeCores, startCore } from '../core/coreCalls';
import { sheetJsRead } from '../export/spreadsheetReaders';
import { tempDir } from '../store/storeFixture';

/** Two plans out of date order, each with its dateline, and a target in each that names the same indicator differently. */
const TEXTS = [
  { name: 'b.txt', text: '2024年计划\n——2024年3月5日\n城镇新增就业1200万人左右。GDP增长5%左右。\n' },
  { name: 'a.txt', text: '2019年计划\n——2019年3月5日\n城镇新增就业1100万人以上。国内生产总值增速6%—6.5%。\n' },
];

afterEach(closeCores);

describe('the xlsx sheet of indicators', () => {
  it('has one row per indicator and one column per document, oldest first, as grouped and named in the session', async () => {
    const dir = tempDir('pizhu-indicator-xlsx-');
    const core = await startCore({ dataDir: join(dir, 'data'), sessionPath: join(dir, 's.pizhu'), warn: () => undefined });
    const files = TEXTS.map(({ name, text }) => ({ name, data: Buffer.from(text).toString('base64') }));
    const preview = await call<ImportPreview>(core, 'import.preview', { files, cleanup: false });
    const [b, a] = (await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId })).created;
    const tag = async (docId: string, text: string, quote: string) => {
      const start = [...text].join('').indexOf(quote);
      await call(core, 'annotations.create', { docId, start, end: start + quote.length, tag: 'target' });
    };
    await tag(b!.id, TEXTS[0]!.text, '城镇新增就业1200万人左右');
    await tag(b!.id, TEXTS[0]!.text, 'GDP增长5%左右');
    await tag(a!.id, TEXTS[1]!.text, '城镇新增就业1100万人以上');
    await tag(a!.id, TEXTS[1]!.text, '国内生产总值增速6%—6.5%');
    await call(core, 'indicators.rename', { key: '城镇新增就业', name: '城镇新增就业人数' });

    const file = await call<ExportFile>(core, 'export.run', { format: 'xlsx', language: 'zh' });
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, Buffer.from(file.data, 'base64'));
    const sheet = sheetJsRead(path).get('指标')!;
    expect(sheet.rows).toEqual([
      ['指标', '2019年计划 (2019-03-05)', '2024年计划 (2024-03-05)'],
      ['城镇新增就业人数', '≥1100万人', '≈1200万人'],
      ['国内生产总值增长', '6–6.5%', '≈5%'],
    ]);
    expect(sheet.formulas).toEqual([]);
  });
});
