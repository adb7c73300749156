import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { initTeamDatabase } from '../../../electron/core/team/initTeamDatabase';
import type { Annotation } from '../../../electron/shared/model';
import type { TeamConflict, TeamLayer, TeamStatus } from '../../../electron/shared/team/teamApi';
import { startTeamServer, type TestServer } from './teamServer';
import { call, eventually, importText, teamCore } from './teamCore';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const TEXT = '一、主要目标\n城镇新增就业1200万人以上，居民消费价格涨幅2%左右。实施提振消费专项行动。';

/** The span records of the server's database, by id (deleted ones left out). */
async function serverSpans(db: string): Promise<Map<string, Record<string, unknown>>> {
  const answer = (await (await fetch(`${db}/_all_docs?include_docs=true`)).json()) as {
    rows: Array<{ id: string; doc: Record<string, unknown> }>;
  };
  return new Map(answer.rows.filter((row) => row.id.startsWith('span:')).map((row) => [row.id, row.doc]));
}

describe('the core replicates a team session in the background, with a CouchDB-compatible server on 127.0.0.1', () => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-team-bg-'));
  let server: TestServer;
  const cores: Core[] = [];
  const db = () => `${server.url}/project-b`;

  beforeAll(async () => {
    server = await startTeamServer(mkdtempSync(join(root, 'server-')));
    await initTeamDatabase(db(), { guard: false });
  }, 90_000);
  afterAll(async () => {
    for (const core of cores) await core.close();
    await server?.stop();
  });

  it("two analysts in two sessions: each one's spans appear as the other's layer, with status connected", async () => {
    const people = ['王芳', 'Li Wei'].map((name, i) => ({ name, data: join(root, `data-${i}`), session: join(root, `s-${i}.pizhu`) }));
    const opened = await Promise.all(people.map((p) => teamCore(p.data, p.session)));
    cores.push(...opened);
    const [wang, li] = opened as [Core, Core];
    const [wangDoc, liDoc] = [await importText(wang, 'a.txt', TEXT), await importText(li, 'b.txt', TEXT)];
    for (const [i, core] of opened.entries()) {
      const status = await call<TeamStatus>(core, 'team.join', { server: server.url, db: 'project-b', analystName: people[i]!.name });
      expect(status.joined).toBe(true);
      expect(status.analyst?.name).toBe(people[i]!.name);
    }
    const made = await call<Annotation>(wang, 'annotations.create', { docId: wangDoc, start: 7, end: 21, tag: 'target' });
    const wangId = (await call<TeamStatus>(wang, 'team.status')).analyst!.id;
    expect(made.annotator).toBe(wangId);
    await call<Annotation>(li, 'annotations.create', { docId: liDoc, start: 22, end: 35, tag: 'target', note: '价格' });

    const seenByLi = await eventually(
      "Wang's layer on Li's machine",
      () => call<TeamLayer[]>(li, 'team.layers', { docId: liDoc }),
      (layers) => layers.some((l) => l.analyst.id === wangId && l.spans.length === 1),
    );
    expect(seenByLi).toHaveLength(1);
    expect(seenByLi[0]!.analyst.name).toBe('王芳');
    expect(seenByLi[0]!.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(seenByLi[0]!.spans[0]).toMatchObject({ id: made.id, start: 7, end: 21, tag: 'target', quote: made.quote });
    const seenByWang = await eventually(
      "Li's layer on Wang's machine",
      () => call<TeamLayer[]>(wang, 'team.layers', { docId: wangDoc }),
      (layers) => layers.length === 1 && layers[0]!.spans.length === 1,
    );
    expect(seenByWang[0]!.spans[0]).toMatchObject({ start: 22, end: 35, note: '价格' });

    for (const core of opened) {
      const status = await eventually(
        'connected',
        () => call<TeamStatus>(core, 'team.status'),
        (s) => s.state === 'connected',
      );
      expect(status).toMatchObject({ server: `${server.url}/`, db: 'project-b', pending: 0, conflicts: 0, problems: [] });
      expect(status.lastSyncedAt).not.toBeNull();
    }

    // A span its analyst deletes leaves the other's view.
    await call(wang, 'annotations.remove', { id: made.id });
    await eventually(
      "the deletion on Li's machine",
      () => call<TeamLayer[]>(li, 'team.layers', { docId: liDoc }),
      (layers) => layers.length === 0,
    );
  }, 180_000);

  it('with the server down the status says offline and the work goes on; back up, it converges', async () => {
    const [wang, li] = cores as [Core, Core];
    const port = Number(new URL(server.url).port);
    await server.stop();
    await eventually(
      'offline',
      () => call<TeamStatus>(wang, 'team.status'),
      (s) => s.state === 'offline' && s.problems.some((p) => p.includes('cannot be reached')),
    );
    const wangDoc = (await call<Array<{ id: string }>>(wang, 'documents.list'))[0]!.id;
    const offline = await call<Annotation>(wang, 'annotations.create', { docId: wangDoc, start: 36, end: 46, tag: 'policy' });
    server = await startTeamServer(
      join(
        root,
        readdirSync(root).find((n) => n.startsWith('server-'))!,
      ),
      port,
    );
    await call(wang, 'team.retry');
    const liDoc = (await call<Array<{ id: string }>>(li, 'documents.list'))[0]!.id;
    await eventually(
      "the offline span on Li's machine",
      () => call<TeamLayer[]>(li, 'team.layers', { docId: liDoc }),
      (layers) => layers.some((l) => l.spans.some((s) => s.id === offline.id)),
      120_000,
    );
  }, 240_000);

  it('a tag edited on two machines while apart is a conflict, listed with both versions, and kept as chosen', async () => {
    const [wang, li] = cores as [Core, Core];
    const port = Number(new URL(server.url).port);
    const serverDir = join(
      root,
      readdirSync(root).find((n) => n.startsWith('server-'))!,
    );
    await server.stop();
    await call(wang, 'tags.update', { id: 'policy', color: '#111111' });
    await call(li, 'tags.update', { id: 'policy', color: '#222222' });
    server = await startTeamServer(serverDir, port);
    await call(wang, 'team.retry');
    await call(li, 'team.retry');
    const status = await eventually(
      'a conflict on one of the machines',
      async () => Promise.all(cores.map((core) => call<TeamStatus>(core, 'team.status'))),
      (all) => all.every((s) => s.state === 'connected') && all.some((s) => s.conflicts === 1),
      120_000,
    );
    const torn = cores[status.findIndex((s) => s.conflicts === 1)]!;
    const [conflict] = await call<TeamConflict[]>(torn, 'team.conflicts');
    expect(conflict!.id).toBe('tag:policy');
    expect(conflict!.kind).toBe('tag');
    expect(conflict!.versions.map((v) => v.tag?.color).sort()).toEqual(['#111111', '#222222']);
    const chosen = conflict!.versions.find((v) => v.tag?.color === '#222222')!;
    const after = await call<TeamStatus>(torn, 'team.resolve', { id: conflict!.id, rev: chosen.rev });
    expect(after.conflicts).toBe(0);
    const tags = await call<Array<{ id: string; color: string }>>(torn, 'tags.list');
    expect(tags.find((t) => t.id === 'policy')!.color).toBe('#222222');
    for (const core of cores) {
      await eventually(
        'the choice everywhere',
        async () => (await call<TeamStatus>(core, 'team.status')).conflicts,
        (n) => n === 0,
      );
    }
  }, 240_000);

  it('a SIGKILL during a sync loses no acknowledged span and duplicates none: reopened, the session publishes them', async () => {
    const data = join(root, 'data-crash');
    const session = join(root, 'crash.pizhu');
    const text = '一二三四五六七八九十'.repeat(40);
    const first = await teamCore(data, session);
    await importText(first, 'report.txt', text);
    await call(first, 'team.join', { server: server.url, db: 'project-b', analystName: '赵' });
    await first.close();

    // tsx's loader in this very process: its command line would run the script in a grandchild that a SIGKILL of the child leaves running.
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/unit/team/writeThenSync.ts'), data, session, text], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked = new Set<string>();
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) if (line.startsWith('ack ')) acked.add(line.slice(4));
        // Killed while spans are still being made and replicated: some acknowledged ones are surely not on the server yet.
        if (acked.size >= 60 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(acked.size).toBeGreaterThanOrEqual(60);

    const reopened = await teamCore(data, session);
    cores.push(reopened);
    const docId = (await call<Array<{ id: string }>>(reopened, 'documents.list'))[0]!.id;
    const journal = await call<Annotation[]>(reopened, 'annotations.list', { docId });
    for (const id of acked) expect(journal.some((s) => s.id === id)).toBe(true);
    const analyst = (await call<TeamStatus>(reopened, 'team.status')).analyst!.id;
    const mine = await eventually(
      'every acknowledged span on the server',
      async () => [...(await serverSpans(db())).values()].filter((doc) => (doc.annotator as { id: string }).id === analyst),
      (docs) => docs.length === journal.length,
      120_000,
    );
    expect(new Set(mine.map((doc) => doc.spanId)).size).toBe(mine.length);
    expect(mine.map((doc) => doc.spanId).sort()).toEqual(journal.map((s) => s.id).sort());
  }, 240_000);
});
