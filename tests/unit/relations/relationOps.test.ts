import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { Annotation, Relation, RelationType } from '../../../electron/shared/model';
import { tempDir } from '../store/storeFixture';
import { call, closeCores, refused, startCore, stopCore } from '../core/coreCalls';

const TEXT = '实施乡村振兴战略，确保粮食产量稳定在一万三千亿斤以上。\n建设高标准农田一亿亩。';

afterEach(closeCores);

/** relations.list orders by creation time, then id: relations made in the same millisecond tie on time. */
function inListOrder(...relations: Relation[]): Relation[] {
  return [...relations].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
}

/** A session with one document and a policy, a target and a project span in it. */
async function setUp(): Promise<{
  core: Core;
  dataDir: string;
  path: string;
  docId: string;
  policy: Annotation;
  target: Annotation;
  project: Annotation;
}> {
  const dataDir = tempDir('pizhu-rel-data-');
  const path = join(tempDir('pizhu-rel-'), 's.pizhu');
  const core = await startCore({ dataDir, sessionPath: path, warn: () => undefined });
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name: 'a.txt', data: Buffer.from(TEXT).toString('base64') }],
    cleanup: false,
  });
  const docId = (await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId })).created[0]!.id;
  const policy = await call<Annotation>(core, 'annotations.create', { docId, start: 0, end: 8, tag: 'policy' });
  const target = await call<Annotation>(core, 'annotations.create', { docId, start: 9, end: 27, tag: 'target' });
  const project = await call<Annotation>(core, 'annotations.create', { docId, start: 29, end: 39, tag: 'project' });
  return { core, dataDir, path, docId, policy, target, project };
}

describe('relations', () => {
  it('are created, updated and removed, each change one undo step, and survive a restart', async () => {
    const { core, dataDir, path, docId, policy, target, project } = await setUp();
    const serves = await call<Relation>(core, 'relations.create', { docId, type: 'serves', from: policy.id, to: target.id, note: '主线' });
    expect(serves).toMatchObject({ docId, type: 'serves', from: policy.id, to: target.id, note: '主线' });
    expect(serves.id).toMatch(/^r_/);
    expect(serves.annotator).toBeUndefined();
    expect(await call<Relation>(core, 'relations.create', { docId, type: 'serves', from: policy.id, to: target.id })).toEqual(serves);
    const partOf = await call<Relation>(core, 'relations.create', { docId, type: 'part-of', from: project.id, to: policy.id });
    const changed = await call<Relation>(core, 'relations.update', { id: partOf.id, type: 'funds', note: '资金' });
    expect(changed).toMatchObject({ id: partOf.id, type: 'funds', note: '资金' });
    expect(await call<Relation[]>(core, 'relations.list', { docId })).toEqual(inListOrder(serves, changed));

    await call(core, 'history.undo');
    expect(await call<Relation[]>(core, 'relations.list', { docId })).toEqual(inListOrder(serves, partOf));
    await call(core, 'history.redo');
    await call(core, 'relations.remove', { id: serves.id });
    expect(await call<Relation[]>(core, 'relations.list', { docId })).toEqual([changed]);
    await call(core, 'history.undo');
    expect(await call<Relation[]>(core, 'relations.list', { docId })).toEqual(inListOrder(serves, changed));
    await call(core, 'history.redo');

    await stopCore(core);
    const again = await startCore({ dataDir, sessionPath: path, warn: () => undefined });
    expect(await call<Relation[]>(again, 'relations.list', { docId })).toEqual([changed]);
    await call(again, 'history.undo');
    expect(await call<Relation[]>(again, 'relations.list', { docId })).toEqual(inListOrder(serves, changed));
    await call(again, 'history.undo');
    await call(again, 'history.undo');
    expect(await call<Relation[]>(again, 'relations.list', { docId })).toEqual([serves]);
  });

  it('refuses what the type does not allow, a missing span, a span of itself and an unknown type', async () => {
    const { core, docId, policy, target, project } = await setUp();
    expect((await refused(core, 'relations.create', { docId, type: 'serves', from: target.id, to: policy.id })).code).toBe('INVALID_INPUT');
    expect((await refused(core, 'relations.create', { docId, type: 'serves', from: policy.id, to: project.id })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await refused(core, 'relations.create', { docId, type: 'funds', from: policy.id, to: policy.id })).code).toBe('INVALID_INPUT');
    expect((await refused(core, 'relations.create', { docId, type: 'funds', from: policy.id, to: 'a_nothing' })).code).toBe('NOT_FOUND');
    expect((await refused(core, 'relations.create', { docId, type: 'nope', from: policy.id, to: target.id })).code).toBe('NOT_FOUND');
    const funds = await call<Relation>(core, 'relations.create', { docId, type: 'funds', from: policy.id, to: project.id });
    expect((await refused(core, 'relations.update', { id: funds.id, type: 'serves' })).code).toBe('INVALID_INPUT');
    expect(await call<Relation[]>(core, 'relations.list', { docId })).toEqual([funds]);
  });

  it('go with a deleted span, and come back with it on undo; a removed document takes them along', async () => {
    const { core, dataDir, path, docId, policy, target, project } = await setUp();
    const serves = await call<Relation>(core, 'relations.create', { docId, type: 'serves', from: policy.id, to: target.id });
    const funds = await call<Relation>(core, 'relations.create', { docId, type: 'funds', from: project.id, to: target.id });
    const other = await call<Relation>(core, 'relations.create', { docId, type: 'part-of', from: project.id, to: policy.id });
    await call(core, 'annotations.remove', { id: target.id });
    expect(await call<Relation[]>(core, 'relations.list', { docId })).toEqual([other]);
    await call(core, 'history.undo');
    expect((await call<Annotation[]>(core, 'annotations.list', { docId })).map((a) => a.id)).toContain(target.id);
    expect(await call<Relation[]>(core, 'relations.list', { docId })).toEqual(inListOrder(serves, funds, other));
    await call(core, 'history.redo');
    expect(await call<Relation[]>(core, 'relations.list', { docId })).toEqual([other]);
    await stopCore(core);
    const again = await startCore({ dataDir, sessionPath: path, warn: () => undefined });
    await call(again, 'history.undo');
    expect(await call<Relation[]>(again, 'relations.list', { docId })).toEqual(inListOrder(serves, funds, other));
    await call(again, 'documents.remove', { id: docId });
    expect((await refused(again, 'relations.list', { docId })).code).toBe('NOT_FOUND');
  });

  it('stamp the analyst when one is set', async () => {
    const { core, dataDir, path, docId, policy, target } = await setUp();
    await stopCore(core);
    const settingsPath = join(dataDir, 'settings.json');
    const settings = JSON.parse(readFileSync(settingsPath, 'utf8'));
    writeFileSync(settingsPath, JSON.stringify({ ...settings, analyst: { id: 'a-1234', name: '李' } }));
    const again = await startCore({ dataDir, sessionPath: path, warn: () => undefined });
    const made = await call<Relation>(again, 'relations.create', { docId, type: 'serves', from: policy.id, to: target.id });
    expect(made.annotator).toBe('a-1234');
  });
});

describe('relation types', () => {
  it('are created, changed and removed with their relations, and undo forgets steps naming a removed type', async () => {
    const { core, dataDir, path, docId, policy, target } = await setUp();
    const cites = await call<RelationType>(core, 'relationTypes.create', {
      label: { zh: '引用', en: 'Cites' },
      color: '#112233',
      pairs: [{ from: 'policy', to: 'target' }],
    });
    expect(cites.id).toBe('cites');
    expect(
      (
        await refused(core, 'relationTypes.create', {
          label: { zh: '坏', en: 'Bad' },
          color: '#112233',
          pairs: [{ from: 'x', to: 'target' }],
        })
      ).code,
    ).toBe('NOT_FOUND');
    const open = await call<RelationType>(core, 'relationTypes.update', { id: 'cites', label: { zh: '引', en: 'Cites' }, pairs: null });
    expect(open.pairs).toBeUndefined();
    await call(core, 'relations.create', { docId, type: 'cites', from: target.id, to: policy.id });
    await call(core, 'relationTypes.remove', { id: 'cites' });
    expect(await call<Relation[]>(core, 'relations.list', { docId })).toEqual([]);
    expect((await call<RelationType[]>(core, 'relationTypes.list')).map((t) => t.id)).toEqual(['serves', 'funds', 'part-of']);
    expect((await call<{ canUndo: boolean }>(core, 'history.state')).canUndo).toBe(false);
    await stopCore(core);
    const again = await startCore({ dataDir, sessionPath: path, warn: () => undefined });
    expect((await call<RelationType[]>(again, 'relationTypes.list')).map((t) => t.id)).toEqual(['serves', 'funds', 'part-of']);
  });
});
