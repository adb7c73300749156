import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { Annotation, DocumentSummary } from '../../../electron/shared/model';
import { tempDir } from '../store/storeFixture';
import { call } from '../core/coreCalls';
import { EDITED_VALUE, JOBS_SECTION, REPORT_TEXT } from './fieldsFixture';

const appRoot = resolve(import.meta.dirname, '..', '..', '..');

function cli(dir: string, ...args: string[]): string {
  const run = spawnSync(join(appRoot, 'node_modules', '.bin', 'tsx'), [join(appRoot, 'electron', 'cli', 'index.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PIZHU_DATA_DIR: join(dir, 'data') },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('the CLI', () => {
  it('keeps the date, each span’s section and an edited value through json export, import and list', async () => {
    const dir = tempDir('pizhu-cli-fields-');
    const session = join(dir, 'work.pizhu');
    const core = await createCore({ dataDir: join(dir, 'data'), sessionPath: session });
    try {
      const files = [{ name: '报告.txt', data: Buffer.from(REPORT_TEXT, 'utf8').toString('base64') }];
      const preview = await call<ImportPreview>(core, 'import.preview', { files, cleanup: false });
      await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
      const docId = (await call<DocumentSummary[]>(core, 'documents.list'))[0]!.id;
      const start = [...REPORT_TEXT.slice(0, REPORT_TEXT.indexOf('城镇新增就业1200万人以上'))].length;
      const span = await call<Annotation>(core, 'annotations.create', { docId, start, end: start + 15, tag: 'target' });
      await call(core, 'annotations.update', { id: span.id, value: EDITED_VALUE });
    } finally {
      await core.close();
    }
    const out = join(dir, 'out.json');
    cli(dir, 'export', '--session', session, '--format', 'json', '--out', out);
    const other = join(dir, 'other.pizhu');
    cli(dir, 'import', '--session', other, out);
    const listed = JSON.parse(cli(dir, 'list', '--session', other));
    expect(listed.documents[0].date).toMatchObject({ year: 2025, month: 3, day: 5 });
    const again = join(dir, 'again.json');
    cli(dir, 'export', '--session', other, '--format', 'json', '--out', again);
    const [back] = JSON.parse(readFileSync(again, 'utf8')).annotations;
    expect(back).toMatchObject({ section: JOBS_SECTION, value: EDITED_VALUE });
  });
});
