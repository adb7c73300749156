import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OffsetMap } from '../../electron/shared/codePoints';
import { SpanIndex } from '../../electron/core/team/SpanIndex';
import { TeamReplica } from '../../electron/core/team/TeamReplica';
import { sha256 } from '../../electron/core/team/teamRecords';
import { startTeamServer } from '../../tests/unit/team/teamServer';
import type { Bench } from './figure';

/** The team: 20 analysts, 50 documents, 1,000 spans each per document (PIZHU_BENCH_TEAM_SPANS scales the last down). */
const ANALYSTS = 20;
const DOCUMENTS = 50;
const SPANS = Number(process.env.PIZHU_BENCH_TEAM_SPANS ?? 1000);
const CHARS = 20_000;
const BATCH = 5000;

function text(doc: number): string {
  const phrase = `第${doc}号报告：城镇新增就业1200万人以上，居民消费价格涨幅2%左右，实施提振消费专项行动。`;
  return phrase.repeat(Math.ceil(CHARS / phrase.length)).slice(0, CHARS);
}

/**
 * The whole team's work on a stand-in server (pouchdb-server on 127.0.0.1, written with _bulk_docs), then replicated
 * to a fresh replica as a new analyst's core would at joining: the time, the records received, the memory it took;
 * then the index of its spans by document that the first layers of a document are read from, and one document's.
 */
const bench: Bench = async (report) => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-bench-team-'));
  const server = await startTeamServer(mkdtempSync(join(root, 'server-')));
  const db = `${server.url}/bench`;
  try {
    await fetch(db, { method: 'PUT' });
    const texts = Array.from({ length: DOCUMENTS }, (_, d) => text(d));
    let pending: Array<Record<string, unknown>> = texts.map((t, d) => ({
      _id: `doc:${sha256(t)}`,
      type: 'document',
      hash: sha256(t),
      title: `报告 ${d}`,
      text: t,
    }));
    const flush = async () => {
      const response = await fetch(`${db}/_bulk_docs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ docs: pending }),
      });
      if (!response.ok) throw new Error(`_bulk_docs: ${response.status} ${await response.text()}`);
      pending = [];
    };
    const seedStart = performance.now();
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
    const total = ANALYSTS * DOCUMENTS * SPANS + DOCUMENTS;
    report('team.seed.records', total, 'records');
    report('team.seed.ms', performance.now() - seedStart, 'ms');

    const replica = TeamReplica.open(join(root, 'fresh'));
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
    const started = performance.now();
    const round = await replica.sync(db);
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    report('team.replicate.fresh.ms', elapsed, 'ms');
    report('team.replicate.fresh.received', round.received, 'records');
    report('team.replicate.fresh.rate', (round.received / elapsed) * 1000, 'records/s');
    report('team.replicate.fresh.rss.peak.mb', peak / 2 ** 20, 'MB');
    report('team.replicate.fresh.rss.growth.mb', (peak - rssBefore) / 2 ** 20, 'MB');
    const indexStart = performance.now();
    const index = new SpanIndex(await replica.allSpans());
    report('team.layers.index.ms', performance.now() - indexStart, 'ms');
    const layerStart = performance.now();
    const spans = index.of(sha256(texts[0]!));
    report('team.layers.doc.ms', performance.now() - layerStart, 'ms');
    report('team.layers.doc.spans', spans.length, 'spans');
    await replica.close();
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
};

export default bench;
