import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TAGS } from '../../../electron/shared/defaultTags';
import { teamAgreement } from '../../../electron/core/team/teamAgreement';
import { initTeamDatabase } from '../../../electron/core/team/initTeamDatabase';
import { TeamReplica, type Layer } from '../../../electron/core/team/TeamReplica';
import { sha256 } from '../../../electron/core/team/teamRecords';
import { startTeamServer, type TestServer } from './teamServer';

const TEXT = '一、主要目标\n城镇新增就业1200万人以上，居民消费价格涨幅2%左右。实施提振消费专项行动。';
const OTHER = '二、重点工作\n建成地铁5号线。';
const at = (text: string, quote: string) => {
  const start = [...text.slice(0, text.indexOf(quote))].length;
  return { start, end: start + [...quote].length, quote };
};

function layer(id: string, spans: Array<{ id: string; text: string; quote: string; tag: string }>, texts = [TEXT]): Layer {
  return {
    analyst: { id, name: `分析员 ${id}` },
    documents: texts.map((text, i) => ({ hash: sha256(text), title: `报告 ${i + 1}`, text })),
    tags: [...DEFAULT_TAGS],
    spans: spans.map((s) => ({
      id: s.id,
      docHash: sha256(s.text),
      ...at(s.text, s.quote),
      tag: s.tag,
      note: '',
      created: '2026-12-01T00:00:00.000Z',
      modified: '2026-12-01T00:00:00.000Z',
    })),
  };
}

describe('three analysts replicate through a CouchDB-compatible server on 127.0.0.1', () => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-team-'));
  let server: TestServer;
  const serverDir = mkdtempSync(join(root, 'server-'));
  const replicas = ['wang', 'li', 'zhao'].map((id) => ({ id, replica: TeamReplica.open(join(root, id)) }));
  const layers: Record<string, Layer> = {
    wang: layer('wang', [
      { id: 'w1', text: TEXT, quote: '城镇新增就业1200万人以上', tag: 'target' },
      { id: 'w2', text: TEXT, quote: '实施提振消费专项行动', tag: 'policy' },
    ]),
    li: layer(
      'li',
      [
        { id: 'l1', text: TEXT, quote: '新增就业1200万人以上', tag: 'target' },
        { id: 'l2', text: TEXT, quote: '实施提振消费专项行动', tag: 'policy' },
        { id: 'l3', text: OTHER, quote: '地铁5号线', tag: 'project' },
      ],
      [TEXT, OTHER],
    ),
    zhao: layer('zhao', [{ id: 'z1', text: TEXT, quote: '居民消费价格涨幅2%左右', tag: 'target' }]),
  };
  const db = () => `${server.url}/project-a`;

  beforeAll(async () => {
    server = await startTeamServer(serverDir);
    expect(await initTeamDatabase(db(), { guard: false })).toEqual({ created: true });
  }, 90_000);
  afterAll(async () => {
    for (const { replica } of replicas) await replica.close();
    await server?.stop();
  });

  it('after publishing and two rounds, every analyst has every document and every span, and the same agreement', async () => {
    for (const { id, replica } of replicas) await replica.publish(layers[id]!);
    for (let round = 0; round < 2; round++) for (const { replica } of replicas) await replica.sync(db());
    const seen = await Promise.all(replicas.map(({ replica }) => replica.contents()));
    for (const contents of seen) {
      expect(contents.refused).toEqual([]);
      expect(contents.documents.map((d) => d.hash).sort()).toEqual([sha256(TEXT), sha256(OTHER)].sort());
      expect(contents.spans.map((s) => s._id).sort()).toEqual([
        'span:li:l1',
        'span:li:l2',
        'span:li:l3',
        'span:wang:w1',
        'span:wang:w2',
        'span:zhao:z1',
      ]);
      expect(contents.tags.map((t) => t.tag.id).sort()).toEqual(DEFAULT_TAGS.map((t) => t.id).sort());
    }
    const figures = seen.map((contents) => teamAgreement(contents));
    expect(figures[1]).toEqual(figures[0]);
    expect(figures[2]).toEqual(figures[0]);
    const liWang = figures[0]!.pairs.find((p) => p.a === 'li' && p.b === 'wang')!;
    expect(liWang.documents).toBe(1);
    expect(liWang.perTag.policy!.f1Exact).toBe(1);
    expect(liWang.perTag.target!.f1Exact).toBe(0);
    expect(liWang.perTag.target!.f1Overlap).toBe(1);
  }, 120_000);

  it('edits made offline on two machines converge once the server is back', async () => {
    await server.stop();
    const wang = replicas[0]!.replica;
    const li = replicas[1]!.replica;
    await expect(wang.sync(db())).rejects.toThrow(/team server http:\/\/127\.0\.0\.1:\d+\/project-a/);
    layers.wang!.spans.push({ ...layers.li!.spans[0]!, id: 'w3', tag: 'target' });
    await wang.publish(layers.wang!);
    layers.li!.spans.push({ ...layers.li!.spans[1]!, id: 'l4', note: '离线时加的' });
    await li.publish(layers.li!);

    const port = Number(new URL(server.url).port);
    server = await startTeamServer(serverDir, port);
    for (let round = 0; round < 2; round++) for (const { replica } of replicas) await replica.sync(db());
    const ids = await Promise.all(replicas.map(async ({ replica }) => (await replica.contents()).spans.map((s) => s._id).sort()));
    for (const list of ids)
      expect(list).toEqual([
        'span:li:l1',
        'span:li:l2',
        'span:li:l3',
        'span:li:l4',
        'span:wang:w1',
        'span:wang:w2',
        'span:wang:w3',
        'span:zhao:z1',
      ]);
  }, 180_000);

  it('a span its analyst deletes is deleted for the others', async () => {
    const li = replicas[1]!.replica;
    layers.li!.spans = layers.li!.spans.filter((s) => s.id !== 'l4');
    expect(await li.publish(layers.li!)).toEqual({ written: 0, deleted: 1 });
    for (let round = 0; round < 2; round++) for (const { replica } of replicas) await replica.sync(db());
    for (const { replica } of replicas) expect((await replica.contents()).spans.map((s) => s._id)).not.toContain('span:li:l4');
  }, 120_000);

  it('refuses what a hostile server sends, naming each record, and keeps the rest', async () => {
    const put = (doc: Record<string, unknown>) =>
      fetch(`${db()}/${encodeURIComponent(String(doc._id))}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(doc),
      });
    const good = layers.zhao!.spans[0]!;
    await put({ _id: `doc:${sha256('x')}`, type: 'document', hash: sha256('x'), title: '<img src=x onerror=alert(1)>', text: 'not x' });
    await put({
      _id: 'span:zhao:forged',
      type: 'span',
      annotator: { id: 'zhao', name: 'z' },
      spanId: 'forged',
      docHash: good.docHash,
      start: 0,
      end: 3,
      tag: 'target',
      quote: '<script>',
      note: '',
      created: '',
      modified: '',
    });
    await put({
      _id: 'span:evil:x',
      type: 'span',
      annotator: { id: 'evil', name: 'e' },
      spanId: 'x',
      docHash: good.docHash,
      start: -1,
      end: 1e12,
      tag: 'target',
      quote: '',
      note: '',
      created: '',
      modified: '',
    });
    await put({ _id: 'junk', hello: 'world' });
    const zhao = replicas[2]!.replica;
    await zhao.sync(db());
    const contents = await zhao.contents();
    expect(contents.refused.map((r) => r.id).sort()).toEqual([`doc:${sha256('x')}`, 'junk', 'span:evil:x', 'span:zhao:forged']);
    expect(contents.refused.find((r) => r.id === 'span:zhao:forged')!.problem).toBe('its quote is not the text at its offsets');
    expect(contents.spans.map((s) => s._id)).toContain('span:zhao:z1');
    expect(contents.documents).toHaveLength(2);
  }, 120_000);
});
