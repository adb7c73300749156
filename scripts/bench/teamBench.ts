import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import { OffsetMap } from '../../electron/shared/codePoints';
import { LayerIndex } from '../../electron/core/team/LayerIndex';
import { TeamReplica } from '../../electron/core/team/TeamReplica';
import { sha256 } from '../../electron/core/team/teamRecords';
import { startTeamServer } from '../../tests/unit/team/teamServer';
import type { Bench } from './figure';

/**
 * The team is 20 analysts, 50 documents, 1,000 spans each per document: a million records, which take this
 * bench some twenty minutes on a 2-core machine, so it runs at 100 spans unless `-- --team-scale full` (or
 * PIZHU_BENCH_TEAM_SPANS) asks for more.
 */
const ANALYSTS = 20;
const DOCUMENTS = 50;
const FULL = process.argv.includes('--team-scale') && process.argv[process.argv.indexOf('--team-scale') + 1] === 'full';
const SPANS = Number(process.env.PIZHU_BENCH_TEAM_SPANS ?? (FULL ? 1000 : 100));
const CHARS = 20_000;
const BATCH = 5000;
const DB = 'bench';

function text(doc: number): string {
  const phrase = `第${doc}号报告：城镇新增就业1200万人以上，居民消费价格涨幅2%左右，实施提振消费专项行动。`;
  return phrase.repeat(Math.ceil(CHARS / phrase.length)).slice(0, CHARS);
}

/**
 * Write the whole team's work into the server's own folder before it starts (as PouchDB stores a database there):
 * four times quicker than the same records over HTTP, and the seed is not what is measured.
 */
async function seed(folder: string, texts: string[]): Promise<void> {
  const db = new PouchDB(join(folder, DB));
  let pending: Array<Record<string, unknown>> = texts.map((t, d) => ({
    _id: `doc:${sha256(t)}`,
    type: 'document',
    hash: sha256(t),
    title: `报告 ${d}`,
    text: t,
  }));
  const flush = async () => {
    const failed = (await db.bulkDocs(pending)).find((result) => result.error);
    if (failed) throw new Error(`seed: ${failed.id}: ${failed.message}`);
    pending = [];
  };
  for (let a = 0; a < ANALYSTS; a++) {
    const annotator = { id: `a-bench${a}`, name: `分析员 ${a}` };
    for (let d = 0; d < DOCUMENTS; d++) {
      const offsets = new OffsetMap(texts[d]!);
      for (let s = 0; s < SPANS; s++) {
        const start = (s * 17 + a) % (CHARS - 12);
        const end = start + 4 + (s % 8);
        pending.push({
          _id: `span:${annotator.id}:a_${d}_${s}`,
          type: 'span',
          annotator,
          spanId: `a_${d}_${s}`,
          docHash: sha256(texts[d]!),
          start,
          end,
          tag: ['target', 'project', 'policy'][s % 3],
          quote: offsets.slice(start, end),
          note: '',
          created: '2026-12-01T00:00:00.000Z',
          modified: '2026-12-01T00:00:00.000Z',
        });
        if (pending.length >= BATCH) await flush();
      }
    }
  }
  if (pending.length) await flush();
  await db.close();
}

/**
 * The whole team's work on a stand-in server (pouchdb-server on 127.0.0.1), replicated in one round to a fresh
 * replica as a new analyst's core does on joining, with the layer index following the replica's changes as the
 * app's does: the time, the records received, the memory it took, what the index still had to read after the last
 * record came, the index reopened as at the next start, one document's layers read from it (and another's after),
 * and the whole index built again from the replica at once.
 */
const bench: Bench = async (report) => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-bench-team-'));
  const serverDir = join(root, 'server');
  mkdirSync(serverDir);
  try {
    const texts = Array.from({ length: DOCUMENTS }, (_, d) => text(d));
    const seedStart = performance.now();
    await seed(serverDir, texts);
    report('team.seed.records', ANALYSTS * DOCUMENTS * SPANS + DOCUMENTS, 'records');
    report('team.seed.ms', performance.now() - seedStart, 'ms');
    const server = await startTeamServer(serverDir);
    try {
      // The server lists the databases made through it; this one, found in its folder, is opened there by name.
      const listed = await fetch(`${server.url}/${DB}`, { method: 'PUT' });
      if (!listed.ok && listed.status !== 412) throw new Error(`PUT /${DB}: ${listed.status} ${await listed.text()}`);
      const info = (await (await fetch(`${server.url}/${DB}`)).json()) as { doc_count?: number };
      if (info.doc_count !== ANALYSTS * DOCUMENTS * SPANS + DOCUMENTS) throw new Error(`the server holds ${info.doc_count} records`);
      const replica = TeamReplica.open(join(root, 'fresh'));
      const index = await LayerIndex.open(join(root, 'fresh.layers'), replica);
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      let heapPeak = 0;
      const sampler = setInterval(() => {
        const usage = process.memoryUsage();
        peak = Math.max(peak, usage.rss);
        heapPeak = Math.max(heapPeak, usage.heapUsed);
      }, 200);
      const started = performance.now();
      let replicating = true;
      const following = (async () => {
        while (replicating) {
          await index.catchUp();
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      })();
      const round = await replica.sync(`${server.url}/${DB}`);
      const elapsed = performance.now() - started;
      replicating = false;
      await following;
      const tailStart = performance.now();
      await index.catchUp();
      const tail = performance.now() - tailStart;
      clearInterval(sampler);
      report('team.replicate.fresh.ms', elapsed, 'ms');
      report('team.replicate.fresh.received', round.received, 'records');
      report('team.replicate.fresh.rate', (round.received / elapsed) * 1000, 'records/s');
      report('team.replicate.fresh.rss.peak.mb', peak / 2 ** 20, 'MB');
      report('team.replicate.fresh.rss.growth.mb', (peak - rssBefore) / 2 ** 20, 'MB');
      report('team.replicate.fresh.heap.peak.mb', heapPeak / 2 ** 20, 'MB');
      report('team.layers.index.tail.ms', tail, 'ms');
      await index.close();

      const reopenStart = performance.now();
      const reopened = await LayerIndex.open(join(root, 'fresh.layers'), replica);
      const caughtUp = await reopened.catchUp();
      report('team.layers.index.reopen.ms', performance.now() - reopenStart, 'ms');
      report('team.layers.index.reopen.records', caughtUp, 'records');
      const layerStart = performance.now();
      const spans = await reopened.spans(sha256(texts[0]!));
      report('team.layers.doc.ms', performance.now() - layerStart, 'ms');
      report('team.layers.doc.spans', spans.length, 'spans');
      const againStart = performance.now();
      await reopened.spans(sha256(texts[1]!));
      report('team.layers.doc.again.ms', performance.now() - againStart, 'ms');
      await reopened.close();

      const buildStart = performance.now();
      const built = await LayerIndex.open(join(root, 'built.layers'), replica);
      report('team.layers.index.build.records', await built.catchUp(), 'records');
      report('team.layers.index.build.ms', performance.now() - buildStart, 'ms');
      await built.close();
      await replica.close();
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
};

export default bench;
