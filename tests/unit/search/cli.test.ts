import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { Annotation } from '../../../electron/shared/model';
import { call } from '../core/coreCalls';
import { tempDir } from '../store/storeFixture';
import { runCli } from '../cliProcess';

/** An astral character before the hits, so that code points and UTF-16 units disagree. */
const TEXTS = ['𠮷野家培育专精特新中小企业。专精特新企业达４万家。', '第二篇：专精特新。'];

let dir: string;
let session: string;
let ids: string[];

const cli = (...args: string[]) => runCli(dir, ...args);

interface PrintedHit {
  docId: string;
  start: number;
  end: number;
  quote: string;
  context: { before: string; hit: string; after: string; clippedBefore: boolean; clippedAfter: boolean };
}

beforeAll(async () => {
  dir = tempDir('pizhu-search-cli-');
  session = join(dir, 'work.pizhu');
  const core = await createCore({ dataDir: join(dir, 'data'), sessionPath: session });
  try {
    const files = TEXTS.map((text, i) => ({ name: `doc${i}.txt`, data: Buffer.from(text).toString('base64') }));
    const preview = await call<ImportPreview>(core, 'import.preview', { files, cleanup: false });
    ids = (await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId })).created.map((d) => d.id);
  } finally {
    await core.close();
  }
}, 60_000);

describe('CLI search', () => {
  it('prints every hit as JSON with code-point offsets and its context, and keeps to --doc', () => {
    const run = cli('search', '--session', session, '--query', '专精特新');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const hits = JSON.parse(run.stdout) as PrintedHit[];
    expect(hits.map((h) => [h.docId, h.start, h.end])).toEqual([
      [ids[0], 5, 9],
      [ids[0], 14, 18],
      [ids[1], 4, 8],
    ]);
    for (const h of hits) expect([...TEXTS[ids.indexOf(h.docId)]!].slice(h.start, h.end).join('')).toBe(h.quote);
    expect(hits[0]!.context).toEqual({
      before: '𠮷野家培育',
      hit: '专精特新',
      after: '中小企业。',
      clippedBefore: false,
      clippedAfter: false,
    });
    const scoped = JSON.parse(cli('search', '--session', session, '--query', '专精特新', '--doc', ids[1]!).stdout) as PrintedHit[];
    expect(scoped.map((h) => h.docId)).toEqual([ids[1]]);
  });

  it('reads --regex, folding widths, on a session the app has open', async () => {
    const app = await createCore({ dataDir: join(dir, 'app'), sessionPath: session });
    try {
      const run = cli('search', '--session', session, '--query', '\\d万家', '--regex');
      expect(run.stderr).toBe('');
      expect((JSON.parse(run.stdout) as PrintedHit[]).map((h) => h.quote)).toEqual(['４万家']);
    } finally {
      await app.close();
    }
  });

  it('tags every hit not already a span of the tag with --tag, and prints the spans made', () => {
    const first = cli('search', '--session', session, '--query', '专精特新', '--doc', ids[0]!, '--tag', 'policy');
    expect(first.status).toBe(0);
    expect((JSON.parse(first.stdout) as Annotation[]).map((a) => [a.docId, a.start, a.tag])).toEqual([
      [ids[0], 5, 'policy'],
      [ids[0], 14, 'policy'],
    ]);
    const all = JSON.parse(cli('search', '--session', session, '--query', '专精特新', '--tag', 'policy').stdout) as Annotation[];
    expect(all.map((a) => [a.docId, a.start])).toEqual([[ids[1], 4]]);
    const list = JSON.parse(cli('list', '--session', session).stdout) as { documents: { counts: Record<string, number> }[] };
    expect(list.documents.map((d) => d.counts.policy)).toEqual([2, 1]);
  });

  it('refuses a bad pattern, an unknown tag or document, and a missing query, one line on stderr', () => {
    const bad = cli('search', '--session', session, '--query', '(专精', '--regex');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^pizhu: search\.run: .*\n$/);
    expect(bad.stdout).toBe('');
    const tag = cli('search', '--session', session, '--query', '专精', '--tag', 'nosuchtag');
    expect(tag.status).toBe(1);
    expect(tag.stderr.trim().split('\n')).toHaveLength(1);
    const doc = cli('search', '--session', session, '--query', '专精', '--doc', 'd_nosuchdoc');
    expect(doc.status).toBe(1);
    expect(doc.stderr).toMatch(/d_nosuchdoc/);
    const none = cli('search', '--session', session);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--query is required/);
    const nowhere = cli('search', '--session', join(dir, 'absent.pizhu'), '--query', '专精');
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toMatch(/no session there/);
  });
});
