import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { DocumentRecord, ViewState } from '../../../electron/shared/model';
import { clausePathAt } from '../../../electron/shared/structure/clauseIndex';
import { OutlineSchema, type Outline } from '../../../electron/shared/structure/outline';
import { tempDir } from '../store/storeFixture';
import { gwr } from '../structure/structureFixtures';
import { call, closeCores, startCore } from './coreCalls';

afterEach(closeCores);

async function coreWith2023(): Promise<{ core: Core; docId: string }> {
  const root = tempDir('pizhu-outline-');
  const core = await startCore({ dataDir: join(root, 'data'), sessionPath: join(root, 'work.pizhu'), sampleFile: null });
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name: 'gwr_2023.txt', data: Buffer.from(gwr(2023), 'utf8').toString('base64') }],
    cleanup: true,
  });
  const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
  return { core, docId: report.created[0]!.id };
}

describe('documents.outline', () => {
  it("gives the imported 2023 report's headings, at offsets of its stored text", async () => {
    const { core, docId } = await coreWith2023();
    const outline = await call<Outline>(core, 'documents.outline', { docId });
    expect(OutlineSchema.safeParse(outline).success).toBe(true);
    const { text } = await call<DocumentRecord>(core, 'documents.get', { id: docId });
    const chars = [...text];
    for (const section of outline.sections) expect(chars.slice(section.start, section.end).join('')).toBe(section.label);
    const top = outline.sections.filter((s) => s.level === 1).map((s) => s.label);
    expect(top).toEqual(['一、过去一年和五年工作回顾', '二、对今年政府工作的建议']);
    const at = chars.join('').indexOf('稳定粮食播种面积');
    expect(clausePathAt(outline, [...text.slice(0, at)].length)).toEqual(['二、对今年政府工作的建议', '（六）稳定粮食生产和推进乡村振兴']);
  });

  it('answers the same outline again, and refuses a document that does not exist', async () => {
    const { core, docId } = await coreWith2023();
    const first = await call<Outline>(core, 'documents.outline', { docId });
    expect(await call<Outline>(core, 'documents.outline', { docId })).toEqual(first);
    const missing = await core.call('documents.outline', { docId: 'd_missing' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const bad = await core.call('documents.outline', { docId: '../x' });
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');
  });

  it('keeps whether the outline is shown and what is folded per document in the view state, until the document goes', async () => {
    const { core, docId } = await coreWith2023();
    expect((await call<ViewState>(core, 'view.get')).outline).toBeUndefined();
    await call(core, 'view.set', { outline: { open: false } });
    await call(core, 'view.set', { outline: { folded: { docId, starts: [900, 30, 900] } } });
    expect((await call<ViewState>(core, 'view.get')).outline).toEqual({ open: false, folded: { [docId]: [30, 900] } });
    const missing = await core.call('view.set', { outline: { folded: { docId: 'd_gone', starts: [1] } } });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');

    const filter = {
      tags: [],
      query: '',
      groupByTag: false,
      groupBySection: 'top',
      section: { docId, path: ['二、对今年政府工作的建议'] },
    };
    await call(core, 'view.set', { filter });
    expect((await call<ViewState>(core, 'view.get')).filter).toEqual(filter);
    await call(core, 'documents.remove', { id: docId });
    const view = await call<ViewState>(core, 'view.get');
    expect(view.outline).toEqual({ open: false, folded: {} });
    expect(view.filter).toEqual({ tags: [], query: '', groupByTag: false, groupBySection: 'top' });
  });
});
