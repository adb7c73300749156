import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import type { HistoryState, ImportPreview, ImportReport, SessionInfo } from '../../../electron/shared/contract';
import type { Annotation, DocumentSummary } from '../../../electron/shared/model';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import { bundleScripts, killChild, startChild } from '../store/childScript';
import { documentRecord, tempDir } from '../store/storeFixture';
import { call, closeCores, startCore, stopCore } from './coreCalls';

const TEXT = '𠮷野家的😀早餐；吃了三碗。\n市北区发力五大战场，推动实现全年工作目标任务。\n最后一行👍🏽结束';
const HISTORY_FILE = 'history.log';

afterEach(closeCores);

/** Every span of the session, whole, in a stable order: what "restored exactly" is compared on. */
async function spans(core: Core): Promise<Annotation[]> {
  const docs = await call<DocumentSummary[]>(core, 'documents.list');
  const all = (await Promise.all(docs.map((d) => call<Annotation[]>(core, 'annotations.list', { docId: d.id })))).flat();
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

async function importText(core: Core, name: string, text: string): Promise<string> {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name, data: Buffer.from(text).toString('base64') }],
    cleanup: false,
  });
  return (await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId })).created[0]!.id;
}

/** A session with a history of every kind of change, and the spans after each step. */
async function makeHistory(dataDir: string, sessionPath: string): Promise<{ stages: Annotation[][]; docId: string }> {
  const core = await startCore({ dataDir, sessionPath, warn: () => undefined });
  const docId = await importText(core, 'a.txt', TEXT);
  const other = await importText(core, 'b.txt', '第二篇文章，讲政策。');
  const stages = [await spans(core)];
  const a = await call<Annotation>(core, 'annotations.create', { docId, start: 0, end: 1, tag: 'target' });
  stages.push(await spans(core));
  const b = await call<Annotation>(core, 'annotations.create', { docId: other, start: 0, end: 3, tag: 'policy', note: '注' });
  stages.push(await spans(core));
  await call(core, 'annotations.update', { id: b.id, tag: 'project', note: '改过的注' });
  stages.push(await spans(core));
  await call(core, 'annotations.createMany', {
    docId,
    tag: 'policy',
    spans: [
      { start: 1, end: 3 },
      { start: 5, end: 7 },
      { start: 10, end: 20 },
    ],
  });
  stages.push(await spans(core));
  await call(core, 'annotations.remove', { id: a.id });
  stages.push(await spans(core));
  await stopCore(core);
  return { stages, docId };
}

describe('undo history survives a restart', () => {
  it('undoes and redoes, with a new core after every step, back to exactly each earlier state', async () => {
    const root = tempDir('pizhu-history-');
    const dataDir = join(root, 'data');
    const sessionPath = join(root, 'work.pizhu');
    const { stages } = await makeHistory(dataDir, sessionPath);
    const last = stages.length - 1;

    for (let i = last - 1; i >= 0; i--) {
      const core = await startCore({ dataDir, sessionPath, warn: () => undefined });
      expect((await call<HistoryState>(core, 'history.state')).canUndo).toBe(true);
      await call(core, 'history.undo');
      expect(await spans(core), `undo to stage ${i}`).toEqual(stages[i]);
      await stopCore(core);
    }
    let core = await startCore({ dataDir, sessionPath, warn: () => undefined });
    expect(await call<HistoryState>(core, 'history.state')).toEqual({ canUndo: false, canRedo: true, docId: null, docIds: [] });
    await stopCore(core);
    for (let i = 1; i <= last; i++) {
      core = await startCore({ dataDir, sessionPath, warn: () => undefined });
      await call(core, 'history.redo');
      expect(await spans(core), `redo to stage ${i}`).toEqual(stages[i]);
      await stopCore(core);
    }
    core = await startCore({ dataDir, sessionPath, warn: () => undefined });
    expect(await call<HistoryState>(core, 'history.state')).toEqual({ canUndo: true, canRedo: false, docId: null, docIds: [] });
    // A new change after a restart still drops the redo steps, and that too survives a restart.
    await call(core, 'history.undo');
    await call(core, 'annotations.create', { docId: stages[last]![0]!.docId, start: 2, end: 4, tag: 'target' });
    await stopCore(core);
    core = await startCore({ dataDir, sessionPath, warn: () => undefined });
    expect((await call<HistoryState>(core, 'history.state')).canRedo).toBe(false);
  });

  it('keeps a damaged history file aside, says so, and opens the session with its spans', async () => {
    const root = tempDir('pizhu-history-');
    const dataDir = join(root, 'data');
    const sessionPath = join(root, 'work.pizhu');
    const { stages } = await makeHistory(dataDir, sessionPath);
    const path = join(sessionPath, HISTORY_FILE);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[2] = '{"op":"do","entry":{"docId":"../../../elsewhere","change":{"put":[],"remove":[]}}}';
    const damaged = Buffer.from(lines.join('\n'));
    writeFileSync(path, damaged);

    const warnings: string[] = [];
    const core = await startCore({ dataDir, sessionPath, warn: (line) => warnings.push(line) });
    expect(await spans(core)).toEqual(stages.at(-1));
    expect(await call<HistoryState>(core, 'history.state')).toEqual({ canUndo: false, canRedo: false, docId: null, docIds: [] });
    const aside = readdirSync(sessionPath).filter((name) => name !== HISTORY_FILE && name.startsWith(HISTORY_FILE));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(sessionPath, aside[0]!)).equals(damaged)).toBe(true);
    const info = await call<SessionInfo>(core, 'session.info');
    expect(info.notices).toEqual([expect.stringContaining(join(sessionPath, aside[0]!))]);
    expect(info.notices[0]).toContain(path);
    expect(warnings).toEqual(info.notices);

    // Undo starts afresh and works.
    await call(core, 'annotations.create', { docId: stages.at(-1)![0]!.docId, start: 2, end: 4, tag: 'target' });
    await call(core, 'history.undo');
    expect(await spans(core)).toEqual(stages.at(-1));
  });

  it('a torn last line (a crash while appending) loses only that step', async () => {
    const root = tempDir('pizhu-history-');
    const dataDir = join(root, 'data');
    const sessionPath = join(root, 'work.pizhu');
    const { stages } = await makeHistory(dataDir, sessionPath);
    appendFileSync(join(sessionPath, HISTORY_FILE), '{"op":"do","entry":{"docId":"d_');
    const core = await startCore({ dataDir, sessionPath, warn: () => undefined });
    await call(core, 'history.undo');
    expect(await spans(core)).toEqual(stages.at(-2));
    expect((await call<SessionInfo>(core, 'session.info')).notices).toEqual([]);
  });

  it('forgets the steps of a removed document, across a restart', async () => {
    const root = tempDir('pizhu-history-');
    const dataDir = join(root, 'data');
    const sessionPath = join(root, 'work.pizhu');
    const { stages, docId } = await makeHistory(dataDir, sessionPath);
    let core = await startCore({ dataDir, sessionPath, warn: () => undefined });
    await call(core, 'documents.remove', { id: docId });
    const kept = stages.at(-1)!.filter((a) => a.docId !== docId);
    await stopCore(core);
    core = await startCore({ dataDir, sessionPath, warn: () => undefined });
    // Two steps touched the other document: its update and its creation.
    await call(core, 'history.undo');
    await call(core, 'history.undo');
    expect(await spans(core)).toEqual([]);
    expect((await call<HistoryState>(core, 'history.state')).canUndo).toBe(false);
    await call(core, 'history.redo');
    await call(core, 'history.redo');
    expect(await spans(core)).toEqual(kept);
  });
});

describe('undo history and the journal agree after SIGKILL', () => {
  let writer = '';
  let removeBundle = (): void => undefined;
  beforeAll(async () => {
    const bundle = await bundleScripts([fileURLToPath(new URL('../store/annotationWriter.ts', import.meta.url))]);
    writer = bundle.files[0]!;
    removeBundle = bundle.remove;
  });
  afterAll(() => removeBundle());

  it('undoing every step after a kill at a random moment leaves at most the one unacknowledged span', { timeout: 5 * 60_000 }, async () => {
    for (let round = 0; round < 6; round++) {
      const root = tempDir('pizhu-history-kill-');
      const dataDir = join(root, 'data');
      const sessionPath = join(root, 'kill.pizhu');
      const seed = await SessionStore.open(sessionPath, { create: true });
      await seed.addDocuments([documentRecord('d_kill', TEXT.repeat(20))]);
      await seed.close();

      const child = await startChild(writer, [dataDir, sessionPath]);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 250));
      expect(await killChild(child), child.stderr()).toBe('SIGKILL');
      const acknowledged = new Set(child.lines);

      const core = await startCore({ dataDir, sessionPath, warn: () => undefined });
      const before = await spans(core);
      for (const id of acknowledged) expect(before.some((a) => a.id === id)).toBe(true);
      let steps = 0;
      while ((await call<HistoryState>(core, 'history.state')).canUndo) {
        await call(core, 'history.undo');
        steps++;
      }
      const left = await spans(core);
      expect(left.length, `round ${round}: ${steps} undone of ${acknowledged.size} acknowledged`).toBeLessThanOrEqual(1);
      for (const a of left) expect(acknowledged.has(a.id)).toBe(false);
      await stopCore(core);
    }
  });
});
