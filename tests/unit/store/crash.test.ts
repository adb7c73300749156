import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { AnnotationSchema } from '../../../electron/shared/model';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import { bundleScripts, killChild, startChild } from './childScript';
import { documentRecord, quoteMatches, tempDir } from './storeFixture';

const KILLS = 200;
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

/** Open the session and check every span in it; returns how many spans it holds and which acknowledged ones are missing. */
async function verify(dir: string, acknowledged: ReadonlySet<string>, readOnly: boolean): Promise<{ spans: number; missing: string[] }> {
  const store = await SessionStore.open(dir, { create: false, readOnly });
  try {
    const found = new Set<string>();
    for (const doc of store.documents()) {
      const text = new OffsetMap((await store.readDocument(doc.id)).text);
      for (const a of store.annotations(doc.id)) {
        expect(AnnotationSchema.safeParse(a).success, `span ${a.id} is not a valid annotation`).toBe(true);
        expect(a.docId).toBe(doc.id);
        expect(quoteMatches(text, a), `span ${a.id}: quote "${a.quote}" is not the text at ${a.start}–${a.end}`).toBe(true);
        found.add(a.id);
      }
    }
    return { spans: found.size, missing: [...acknowledged].filter((id) => !found.has(id)) };
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

      const { missing } = await verify(dir, acknowledged, true);
      expect(missing, `after kill ${round + 1}, acknowledged spans are missing`).toEqual([]);
    }

    // The last check as a writer: it recovers the dead writer's lock and folds its log.
    const { spans, missing } = await verify(dir, acknowledged, false);
    expect(missing).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(0);
    console.log(
      `crash test: ${KILLS} kills (${coreKills} through the core), ${acknowledged.size} acknowledged writes, ${spans} spans found, ${missing.length} missing`,
    );
  });
});
