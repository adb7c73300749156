import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import type { HistoryState } from '../../../electron/shared/contract';
import type { Annotation } from '../../../electron/shared/model';
import { bundleScripts, killChild, startChild } from '../store/childScript';
import { documentRecord, tempDir } from '../store/storeFixture';
import { closeCores, startCore } from './coreCalls';

const COUNT = 100_000;
const TEXT = '经济发展目标项目政策'.repeat(30_001);

afterEach(closeCores);

async function bigSession(): Promise<{ dataDir: string; sessionPath: string }> {
  const root = tempDir('pizhu-many-');
  const sessionPath = join(root, 'many.pizhu');
  const store = await SessionStore.open(sessionPath, { create: true });
  await store.addDocuments([documentRecord('d_many', TEXT)]);
  await store.close();
  return { dataDir: join(root, 'data'), sessionPath };
}

const spans = Array.from({ length: COUNT }, (_, i) => ({ start: i * 3, end: i * 3 + 2 }));

async function policySpans(sessionPath: string): Promise<number> {
  const store = await SessionStore.open(sessionPath, { create: false, readOnly: true });
  const n = store.annotations('d_many').filter((a) => a.tag === 'policy').length;
  await store.close();
  return n;
}

describe('annotations.createMany of 100,000 spans', () => {
  it('lets the host answer other calls while it works, and is one undo step', { timeout: 120_000 }, async () => {
    const { dataDir, sessionPath } = await bigSession();
    const core = await startCore({ dataDir, sessionPath, warn: () => undefined });
    const order: string[] = [];
    const many = core.call('annotations.createMany', { docId: 'd_many', tag: 'policy', spans }).then((r) => {
      order.push('createMany');
      return r;
    });
    // A request arriving while the work goes on, as the next event (an HTTP request, a window event) would.
    const other = new Promise((resolve) => setImmediate(resolve))
      .then(() => core.call('session.info', {}))
      .then((r) => {
        order.push('session.info');
        return r;
      });
    const [made, info] = await Promise.all([many, other]);
    expect(order).toEqual(['session.info', 'createMany']);
    // What the other call saw is the session before the change, not half of it.
    expect(info.ok && (info.value as { spans: number }).spans).toBe(0);
    expect(made.ok && (made.value as Annotation[]).length).toBe(COUNT);
    expect(await policySpans(sessionPath)).toBe(COUNT);

    await core.call('history.undo', {});
    expect((await core.call('annotations.list', { docId: 'd_many' })).ok && (await policySpans(sessionPath))).toBe(0);
    expect(((await core.call('history.state', {})) as { value: HistoryState }).value.canUndo).toBe(false);
    await core.call('history.redo', {});
    expect(await policySpans(sessionPath)).toBe(COUNT);
  });

  describe('killed while it works', () => {
    let writer = '';
    let removeBundle = (): void => undefined;
    beforeAll(async () => {
      const bundle = await bundleScripts([fileURLToPath(new URL('./bulkWriter.ts', import.meta.url))]);
      writer = bundle.files[0]!;
      removeBundle = bundle.remove;
    });
    afterAll(() => removeBundle());

    it('leaves all of it or none of it, and all of it once answered', { timeout: 5 * 60_000 }, async () => {
      const seen = new Set<number>();
      for (let round = 0; round < 5; round++) {
        const { dataDir, sessionPath } = await bigSession();
        const child = await startChild(writer, [dataDir, sessionPath, String(COUNT)]);
        // Kill moments spread from the start of the work to past its end (a few seconds on a busy machine), so both outcomes are met.
        await new Promise((resolve) => setTimeout(resolve, 200 + round * 1400 + Math.random() * 600));
        expect(await killChild(child), child.stderr()).toBe('SIGKILL');
        const answered = child.lines.includes('done');
        const found = await policySpans(sessionPath);
        expect([0, COUNT]).toContain(found);
        if (answered) expect(found).toBe(COUNT);
        seen.add(found);
        // The next writer folds whatever the dead one left, and the session still opens.
        const core = await startCore({ dataDir, sessionPath, warn: () => undefined });
        const again = await core.call('annotations.list', { docId: 'd_many' });
        expect(again.ok && (again.value as Annotation[]).length).toBe(found);
      }
      console.log(`createMany kills: span counts seen ${[...seen].join(', ')}`);
    });
  });
});
