import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { AnnotationSchema } from '../../../electron/shared/model';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import { bundleScripts, killChild, startChild } from './childScript';
import { documentRecord, quoteMatches, span, tempDir } from './storeFixture';

/** PIZHU_CRASH_KILLS=5 makes a quick local run; the full test kills 200 times. */
const KILLS = Number(process.env.PIZHU_CRASH_KILLS ?? 200);
/** Every this many rounds the child is the whole core (annotations.create) instead of the bare store. */
const CORE_EVERY = 20;
const SAMPLE = fileURLToPath(new URL('../../../resources/qingdao-2023-01-28.txt', import.meta.url));

let spanWriter = '';
let coreWriter = '';
let removeBundle = (): void => undefined;

beforeAll(async () => {
  const bundle = await bundleScripts(['./spanWriter.ts', './annotationWriter.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url))));
  [spanWriter, coreWriter] = bundle.files as [string, string];
  removeBundle = bundle.remove;
});
afterAll(() => removeBundle());

/**
 * Open the session and check every span in it: how many it holds, which
 * acknowledged ones are missing, and what is wrong with any span. Problems
 * are collected, not asserted one by one: thousands of expect calls per
 * round would cost more than the check itself.
 */
async function verify(
  dir: string,
  acknowledged: ReadonlySet<string>,
  readOnly: boolean,
): Promise<{ spans: number; missing: string[]; invalid: string[] }> {
  const store = await SessionStore.open(dir, { create: false, readOnly });
  try {
    const found = new Set<string>();
    const invalid: string[] = [];
    for (const doc of store.documents()) {
      const text = new OffsetMap((await store.readDocument(doc.id)).text);
      for (const a of store.annotations(doc.id)) {
        if (!AnnotationSchema.safeParse(a).success) invalid.push(`${a.id}: not a valid annotation`);
        if (a.docId !== doc.id) invalid.push(`${a.id}: filed under ${doc.id} but names ${a.docId}`);
        if (!quoteMatches(text, a)) invalid.push(`${a.id}: quote "${a.quote}" is not the text at ${a.start}–${a.end}`);
        found.add(a.id);
      }
    }
    return { spans: found.size, missing: [...acknowledged].filter((id) => !found.has(id)), invalid };
  } finally {
    await store.close();
  }
}

describe('crash test: SIGKILL while writing spans', () => {
  it(`keeps every acknowledged span across ${KILLS} kills at random moments`, { timeout: 15 * 60_000 }, async () => {
    const root = tempDir('pizhu-crash-');
    const dir = join(root, 'crash.pizhu');
    const dataDir = join(root, 'data');
    const seed = await SessionStore.open(dir, { create: true });
    await seed.addDocuments([
      documentRecord('d_sample', readFileSync(SAMPLE, 'utf8'), '市北'),
      documentRecord('d_astral', '𠮷野家的😀早餐；吃了三碗。\n最后一行👍🏽结束'.repeat(40), '早餐'),
    ]);
    await seed.close();

    const acknowledged = new Set<string>();
    let coreKills = 0;
    for (let round = 0; round < KILLS; round++) {
      const throughCore = round % CORE_EVERY === CORE_EVERY - 1;
      const child = await startChild(throughCore ? coreWriter : spanWriter, throughCore ? [dataDir, dir] : [dir]);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      const signal = await killChild(child);
      expect(signal, `the writer died on its own: ${child.stderr()}`).toBe('SIGKILL');
      for (const id of child.lines) acknowledged.add(id);
      if (throughCore) coreKills++;

      const { missing, invalid } = await verify(dir, acknowledged, true);
      expect(missing, `after kill ${round + 1}, acknowledged spans are missing`).toEqual([]);
      expect(invalid, `after kill ${round + 1}`).toEqual([]);
    }

    // The last check as a writer: it recovers the dead writer's lock and folds its log.
    const { spans, missing, invalid } = await verify(dir, acknowledged, false);
    expect(missing).toEqual([]);
    expect(invalid).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(0);
    console.log(
      `crash test: ${KILLS} kills (${coreKills} through the core), ${acknowledged.size} acknowledged writes, ${spans} spans found, ${missing.length} missing`,
    );
  });

  it('never acknowledges a span that reached the disk only in part (file size limit)', async () => {
    const dir = join(tempDir('pizhu-short-write-'), 'full.pizhu');
    const seed = await SessionStore.open(dir, { create: true });
    await seed.addDocuments([documentRecord('d_sample', readFileSync(SAMPLE, 'utf8'), '市北')]);
    await seed.close();

    // Under RLIMIT_FSIZE a write that crosses the limit stores only part of its bytes, as a full disk does.
    const child = await startChild(spanWriter, [dir], ['prlimit', `--fsize=${64 * 1024}`]);
    const { code } = await child.closed;
    expect(code, 'the writer should stop at the limit').not.toBe(0);
    expect(child.stderr()).toMatch(/size limit/);
    expect(child.lines.length).toBeGreaterThan(50);

    // The failed append must have been cut back: a fragment would swallow the next line appended after it.
    const log = readFileSync(join(dir, 'annotations', 'd_sample.log'), 'utf8');
    expect(log.endsWith('\n')).toBe(true);
    expect(log.trimEnd().split('\n')).toHaveLength(child.lines.length);

    const acknowledged = new Set(child.lines);
    const { spans, missing, invalid } = await verify(dir, acknowledged, false);
    expect(missing).toEqual([]);
    expect(invalid).toEqual([]);
    expect(spans).toBe(acknowledged.size);

    const store = await SessionStore.open(dir, { create: false });
    const doc = await store.readDocument('d_sample');
    await store.applyAnnotations('d_sample', { put: [span('a_after', doc, 0, 2)], remove: [] });
    await store.close();
    expect((await verify(dir, new Set([...acknowledged, 'a_after']), true)).missing).toEqual([]);
  });
});
