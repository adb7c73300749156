import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import type { ExportFile, ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { Annotation, DocumentRecord, DocumentSummary } from '../../../electron/shared/model';
import type { TargetValue } from '../../../electron/shared/values/valueSchema';
import { tempDir } from '../store/storeFixture';
import { call, closeCores, startCore as startTrackedCore, stopCore } from './coreCalls';

const TEXT = [
  '政府工作报告',
  '——2025年3月5日在第十四届全国人民代表大会第三次会议上',
  '一、2024年工作回顾',
  '过去一年，经济运行总体平稳，城镇新增就业1256万人。',
  '二、2025年政府工作任务',
  '（一）大力提振消费',
  '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。',
  '（二）扩大有效投资',
  '年内新开工改造城镇老旧小区5万个。',
].join('\n');

const at = (quote: string): { start: number; end: number } => {
  const start = [...TEXT.slice(0, TEXT.indexOf(quote))].length;
  return { start, end: start + [...quote].length };
};
const JOBS = '城镇新增就业1200万人以上';
const HOUSING = '年内新开工改造城镇老旧小区5万个';

afterEach(closeCores);

async function startCore(sessionPath?: string) {
  const root = tempDir('pizhu-fields-');
  const paths = { dataDir: join(root, 'data'), sessionPath: sessionPath ?? join(root, 'work.pizhu') };
  const core = await startTrackedCore({ ...paths, sampleFile: null });
  return { core, ...paths };
}

async function importFile(core: Core, name: string, data: Buffer | Uint8Array): Promise<ImportReport> {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name, data: Buffer.from(data).toString('base64') }],
    cleanup: false,
  });
  return call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
}

async function withReport(core: Core): Promise<string> {
  const report = await importFile(core, '报告.txt', Buffer.from(TEXT, 'utf8'));
  return report.created[0]!.id;
}

const JOBS_VALUE: Partial<TargetValue> = { indicator: '城镇新增就业', amount: '12000000', unit: '人', scale: '万', comparator: 'at-least' };

describe('a span’s section and value', () => {
  it('are computed when a span is made: every span has its clause path, a target its value', async () => {
    const { core } = await startCore();
    const docId = await withReport(core);
    const target = await call<Annotation>(core, 'annotations.create', { docId, ...at(JOBS), tag: 'target' });
    expect(target.section).toEqual(['二、2025年政府工作任务', '（一）大力提振消费']);
    expect(target.value).toMatchObject(JOBS_VALUE);
    const project = await call<Annotation>(core, 'annotations.create', { docId, ...at(HOUSING), tag: 'project' });
    expect(project.section).toEqual(['二、2025年政府工作任务', '（二）扩大有效投资']);
    expect(project).not.toHaveProperty('value');
    const [many] = await call<Annotation[]>(core, 'annotations.createMany', { docId, tag: 'target', spans: [at(HOUSING)] });
    // 年内 resolves against the year of the dateline.
    expect(many!.value).toMatchObject({ amount: '50000', unit: '个', deadline: { year: 2025, by: 'within', raw: '年内' } });
    expect(await call<Annotation[]>(core, 'annotations.list', { docId })).toEqual(
      expect.arrayContaining([target, project, many].map((a) => expect.objectContaining({ id: a!.id, section: a!.section }))),
    );
  });

  it('follow a tag change: a value comes with target and goes with it', async () => {
    const { core } = await startCore();
    const docId = await withReport(core);
    const span = await call<Annotation>(core, 'annotations.create', { docId, ...at(JOBS), tag: 'project' });
    const asTarget = await call<Annotation>(core, 'annotations.update', { id: span.id, tag: 'target' });
    expect(asTarget.value).toMatchObject(JOBS_VALUE);
    const asPolicy = await call<Annotation>(core, 'annotations.update', { id: span.id, tag: 'policy' });
    expect(asPolicy).not.toHaveProperty('value');
    expect(asPolicy.section).toEqual(span.section);
  });

  it('follow a range change: the section and value are read again from the new quote', async () => {
    const { core } = await startCore();
    const docId = await withReport(core);
    const span = await call<Annotation>(core, 'annotations.create', { docId, ...at(JOBS), tag: 'target' });
    const moved = await call<Annotation>(core, 'annotations.update', { id: span.id, ...at(HOUSING) });
    expect(moved.section).toEqual(['二、2025年政府工作任务', '（二）扩大有效投资']);
    expect(moved.value).toMatchObject({ indicator: '新开工改造城镇老旧小区', amount: '50000' });
  });

  it('keep a value edited by hand through other changes, until the range changes', async () => {
    const root = tempDir('pizhu-fields-');
    const sessionPath = join(root, 'edit.pizhu');
    const { core } = await startCore(sessionPath);
    const docId = await withReport(core);
    const span = await call<Annotation>(core, 'annotations.create', { docId, ...at(JOBS), tag: 'target' });
    const edited: TargetValue = { ...span.value!, unit: '名', modality: 'hard' };
    expect((await call<Annotation>(core, 'annotations.update', { id: span.id, value: edited })).value).toEqual(edited);
    expect((await call<Annotation>(core, 'annotations.update', { id: span.id, note: '就业' })).value).toEqual(edited);
    await stopCore(core);
    const { core: again } = await startCore(sessionPath);
    const [listed] = await call<Annotation[]>(again, 'annotations.list', { docId });
    expect(listed!.value).toEqual(edited);
    expect((await call<Annotation>(again, 'annotations.update', { id: span.id, end: span.end - 2 })).value).toMatchObject({
      unit: '人',
      comparator: 'point',
    });
  });

  it('refuse a value on a span that is not a target, or one the schema does not hold', async () => {
    const { core } = await startCore();
    const docId = await withReport(core);
    const project = await call<Annotation>(core, 'annotations.create', { docId, ...at(HOUSING), tag: 'project' });
    const value = { ...JOBS_VALUE, amountMax: null, modality: null, deadline: null, baseline: null };
    const refused = await core.call('annotations.update', { id: project.id, value });
    expect(refused.ok ? null : refused.error.code).toBe('INVALID_INPUT');
    const target = await call<Annotation>(core, 'annotations.create', { docId, ...at(JOBS), tag: 'target' });
    const bad = await core.call('annotations.update', { id: target.id, value: { ...value, amount: '1.2e7' } });
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');
    expect((await call<Annotation>(core, 'annotations.update', { id: project.id, tag: 'target', value: null })).value).toBeNull();
  });

  it('are filled on read for spans saved before they existed, without rewriting the session', async () => {
    const { core, sessionPath } = await startCore();
    const docId = await withReport(core);
    await stopCore(core);
    const store = await SessionStore.open(sessionPath, { create: false });
    const now = new Date().toISOString();
    const { start, end } = at(JOBS);
    const old: Annotation = { id: 'a_old', docId, start, end, quote: JOBS, tag: 'target', note: '', created: now, modified: now };
    await store.applyAnnotations(docId, { put: [old], remove: [] });
    await store.close();
    const { core: again } = await startCore(sessionPath);
    const [listed] = await call<Annotation[]>(again, 'annotations.list', { docId });
    expect(listed).toMatchObject({ id: 'a_old', section: ['二、2025年政府工作任务', '（一）大力提振消费'], value: JOBS_VALUE });
    await stopCore(again);
    const reader = await SessionStore.open(sessionPath, { create: false, readOnly: true });
    expect(reader.annotations(docId)[0]).toEqual(old);
    await reader.close();
  });
});

describe('a document’s date', () => {
  it('is read on import, shown in the list, and may be set by hand', async () => {
    const { core } = await startCore();
    const docId = await withReport(core);
    const date = { year: 2025, month: 3, day: 5, raw: '2025年3月5日', source: 'dateline' };
    expect((await call<DocumentSummary[]>(core, 'documents.list'))[0]!.date).toEqual(date);
    expect((await call<DocumentRecord>(core, 'documents.get', { id: docId })).date).toEqual(date);
    const byHand = { year: 2024, raw: '2024年', source: 'text' as const };
    expect((await call<DocumentSummary>(core, 'documents.update', { id: docId, date: byHand })).date).toEqual(byHand);
    expect((await call<DocumentRecord>(core, 'documents.get', { id: docId })).date).toEqual(byHand);
    expect((await call<DocumentSummary>(core, 'documents.update', { id: docId, date: null })).date).toBeNull();
    const renamed = await call<DocumentSummary>(core, 'documents.update', { id: docId, title: '新名' });
    expect([renamed.title, renamed.date]).toEqual(['新名', null]);
    const bad = await core.call('documents.update', { id: docId, date: { year: 2025, month: 13, raw: 'x', source: 'text' } });
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');
  });
});

describe('a json export imported into another session', () => {
  it('brings the date, each span’s section and a target’s value as edited', async () => {
    const { core } = await startCore();
    const docId = await withReport(core);
    const span = await call<Annotation>(core, 'annotations.create', { docId, ...at(JOBS), tag: 'target' });
    const edited: TargetValue = { ...span.value!, unit: '名' };
    await call(core, 'annotations.update', { id: span.id, value: edited });
    const byHand = { year: 2024, raw: '2024年', source: 'text' as const };
    await call(core, 'documents.update', { id: docId, date: byHand });
    const file = await call<ExportFile>(core, 'export.run', { format: 'json' });

    const { core: other } = await startCore();
    const report = await importFile(other, file.fileName, Buffer.from(file.data, 'base64'));
    const newId = report.created[0]!.id;
    expect(report.created[0]!.date).toEqual(byHand);
    const [back] = await call<Annotation[]>(other, 'annotations.list', { docId: newId });
    expect(back).toMatchObject({ section: span.section, value: edited });
  });
});
