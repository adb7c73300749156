import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { initTeamDatabase } from '../../../electron/core/team/initTeamDatabase';
import type { Annotation, DocumentRecord, DocumentSummary, Relation } from '../../../electron/shared/model';
import type { TeamLayer, TeamStatus } from '../../../electron/shared/team/teamApi';
import { startTeamServer, type TestServer } from './teamServer';
import { call, eventually, importText, teamCore } from './teamCore';

const REPORT = '一、主要目标\n城镇新增就业1200万人以上。实施提振消费专项行动，服务于扩大内需。';
const SECOND = '二、重点任务\n推进新型城镇化，加快农业转移人口市民化。';
const THIRD = '三、保障措施\n加强组织领导，压实各级责任。';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Write a record straight into the server's database, as a hostile or damaged server holds it. */
async function plant(db: string, doc: Record<string, unknown> & { _id: string }): Promise<void> {
  const answer = await fetch(`${db}/${encodeURIComponent(doc._id)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(doc),
  });
  if (!answer.ok) throw new Error(`PUT ${doc._id}: ${answer.status} ${await answer.text()}`);
}

const titles = async (core: Core) => (await call<DocumentSummary[]>(core, 'documents.list')).map((d) => d.title).sort();

describe("a document one analyst imports comes to the others' sessions with its text, and relations travel with the layers", () => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-team-docs-'));
  let server: TestServer;
  let a: Core;
  let b: Core;
  const sessionB = join(root, 'b.pizhu');
  const db = () => `${server.url}/project-d`;

  beforeAll(async () => {
    server = await startTeamServer(mkdtempSync(join(root, 'server-')));
    await initTeamDatabase(db(), { guard: false });
    a = await teamCore(join(root, 'data-a'), join(root, 'a.pizhu'));
    b = await teamCore(join(root, 'data-b'), sessionB);
    for (const [core, name] of [
      [a, '王芳'],
      [b, 'Li Wei'],
    ] as const) {
      await call(core, 'team.join', { server: server.url, db: 'project-d', analystName: name });
    }
  }, 90_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.stop();
  });

  it("A imports a document: B's session gets it, text and all, once, and says so in the status", async () => {
    const before = await titles(b);
    const docA = await importText(a, '报告.txt', REPORT);
    const listed = await eventually(
      "A's document in B's session",
      () => call<DocumentSummary[]>(b, 'documents.list'),
      (docs) => docs.some((d) => d.hash === sha256(REPORT)),
    );
    const got = listed.find((d) => d.hash === sha256(REPORT))!;
    expect(got.title).toBe((await call<DocumentRecord>(a, 'documents.get', { id: docA })).title);
    expect(got.source.fileName).toBe(got.title);
    const record = await call<DocumentRecord>(b, 'documents.get', { id: got.id });
    expect(record.text).toBe(REPORT);
    expect((await call<TeamStatus>(b, 'team.status')).documentsFromTeam).toBeGreaterThanOrEqual(1);

    // Reopened (attach reads every document record again), B still has it once.
    await call(b, 'team.retry');
    await importText(a, '第二.txt', SECOND);
    const after = await eventually(
      "A's second document in B's session",
      () => call<DocumentSummary[]>(b, 'documents.list'),
      (docs) => docs.some((d) => d.hash === sha256(SECOND)),
    );
    expect(after.filter((d) => d.hash === sha256(REPORT))).toHaveLength(1);
    expect(after).toHaveLength(before.length + 2);
  }, 120_000);

  it('B deletes it locally: it does not come back, on reopening nor on later changes, and the deletion is kept in team-removed.json', async () => {
    const docs = await call<DocumentSummary[]>(b, 'documents.list');
    const gone = docs.find((d) => d.hash === sha256(REPORT))!;
    await call(b, 'documents.remove', { id: gone.id });
    const kept = JSON.parse(readFileSync(join(sessionB, 'team-removed.json'), 'utf8')) as { hashes: string[] };
    expect(kept.hashes).toContain(sha256(REPORT));

    await call(b, 'team.retry');
    // Additions of teammates' documents run one after another: once the third is in, the reopening's pass is done.
    await importText(a, '第三.txt', THIRD);
    const after = await eventually(
      "A's third document in B's session",
      () => call<DocumentSummary[]>(b, 'documents.list'),
      (list) => list.some((d) => d.hash === sha256(THIRD)),
    );
    expect(after.some((d) => d.hash === sha256(REPORT))).toBe(false);
    expect(after).toHaveLength(docs.length);
  }, 120_000);

  it("A's relations appear in B's team.layers with their spans", async () => {
    const docA = (await call<DocumentSummary[]>(a, 'documents.list')).find((d) => d.hash === sha256(SECOND))!.id;
    const policy = await call<Annotation>(a, 'annotations.create', { docId: docA, start: 7, end: 14, tag: 'policy' });
    const target = await call<Annotation>(a, 'annotations.create', { docId: docA, start: 15, end: 26, tag: 'target' });
    const relation = await call<Relation>(a, 'relations.create', {
      docId: docA,
      type: 'serves',
      from: policy.id,
      to: target.id,
      note: '城镇化',
    });
    const aId = (await call<TeamStatus>(a, 'team.status')).analyst!.id;
    expect(relation.annotator).toBe(aId);

    const docB = (await call<DocumentSummary[]>(b, 'documents.list')).find((d) => d.hash === sha256(SECOND))!.id;
    const layers = await eventually(
      "A's relation in B's layers",
      () => call<TeamLayer[]>(b, 'team.layers', { docId: docB }),
      (all) => all.some((l) => l.analyst.id === aId && l.relations?.length === 1),
    );
    const layer = layers.find((l) => l.analyst.id === aId)!;
    expect(layer.spans.map((s) => s.id).sort()).toEqual([policy.id, target.id].sort());
    expect(layer.relations).toEqual([{ id: relation.id, type: 'serves', from: policy.id, to: target.id, note: '城镇化' }]);

    await call(a, 'relations.remove', { id: relation.id });
    await eventually(
      "the relation's deletion on B's machine",
      () => call<TeamLayer[]>(b, 'team.layers', { docId: docB }),
      (all) => all.some((l) => l.analyst.id === aId && l.spans.length === 2 && l.relations?.length === 0),
    );
  }, 120_000);

  it('a document whose text does not hash to its id, and a relation to spans that are not there, are refused and listed', async () => {
    const aId = (await call<TeamStatus>(a, 'team.status')).analyst!;
    const forged = sha256('一份从未导入的文件');
    await plant(db(), { _id: `doc:${forged}`, type: 'document', hash: forged, title: '<script>alert(1)</script>', text: '别的文字' });
    const hash = sha256(SECOND);
    const badRelation = `rel:${aId.id}:r_forged`;
    await plant(db(), {
      _id: badRelation,
      type: 'relation',
      annotator: aId,
      relationId: 'r_forged',
      docHash: hash,
      relationType: 'serves',
      from: 'a_nowhere',
      to: 'a_nothere',
      note: '',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    });
    const docB = (await call<DocumentSummary[]>(b, 'documents.list')).find((d) => d.hash === hash)!.id;
    const status = await eventually(
      'both refusals in the status',
      async () => {
        await call<TeamLayer[]>(b, 'team.layers', { docId: docB });
        return call<TeamStatus>(b, 'team.status');
      },
      (s) =>
        s.problems.some((p) => p.includes(`doc:${forged}`) && p.includes('does not match its hash')) &&
        s.problems.some((p) => p.includes(badRelation) && p.includes('a_nowhere')),
    );
    expect(status.problems.join('\n')).not.toContain('<script>');
    expect((await call<DocumentSummary[]>(b, 'documents.list')).some((d) => d.hash === forged)).toBe(false);
    const layer = (await call<TeamLayer[]>(b, 'team.layers', { docId: docB })).find((l) => l.analyst.id === aId.id)!;
    expect(layer.relations).toEqual([]);
    expect(existsSync(join(sessionB, 'team-removed.json'))).toBe(true);
  }, 120_000);
});
