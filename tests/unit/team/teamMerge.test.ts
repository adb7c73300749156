import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { SettingsStore } from '../../../electron/core/settingsStore';
import { initTeamDatabase } from '../../../electron/core/team/initTeamDatabase';
import type { Annotation, DocumentSummary, Relation, RelationType, Tag } from '../../../electron/shared/model';
import type { TeamConflict, TeamLayer, TeamStatus } from '../../../electron/shared/team/teamApi';
import { startTeamServer, type TestServer } from './teamServer';
import { call, eventually, importText, teamCore } from './teamCore';

const TEXT = '一、主要目标\n城镇新增就业1200万人以上，居民消费价格涨幅2%左右。实施提振消费专项行动。';
const ANALYST = { id: 'a-0123456789ab', name: '王芳' };

const spansOf = (core: Core, docId: string) => call<Annotation[]>(core, 'annotations.list', { docId });
const docOf = async (core: Core) => (await call<DocumentSummary[]>(core, 'documents.list'))[0]?.id;

describe('the same analyst on two machines, and the shared tag set, merged into the session as they are pulled (127.0.0.1)', () => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-team-merge-'));
  let server: TestServer;
  let serverDir: string;
  let office: Core;
  let laptop: Core;
  let other: Core;

  beforeAll(async () => {
    serverDir = mkdtempSync(join(root, 'server-'));
    server = await startTeamServer(serverDir);
    await initTeamDatabase(`${server.url}/project-m`, { guard: false });
    // One analyst, two data folders and two sessions: the office's machine and the laptop.
    for (const data of ['data-office', 'data-laptop']) {
      const settings = await SettingsStore.open(join(root, data));
      await settings.update((s) => void (s.analyst = ANALYST));
    }
    office = await teamCore(join(root, 'data-office'), join(root, 'office.pizhu'));
    laptop = await teamCore(join(root, 'data-laptop'), join(root, 'laptop.pizhu'));
    other = await teamCore(join(root, 'data-other'), join(root, 'other.pizhu'));
    await importText(office, '报告.txt', TEXT);
    for (const [core, name] of [
      [office, ANALYST.name],
      [laptop, ANALYST.name],
      [other, 'Li Wei'],
    ] as const) {
      await call(core, 'team.join', { server: server.url, db: 'project-m', analystName: name });
    }
    for (const core of [laptop, other])
      await eventually(
        'the document',
        () => docOf(core),
        (id) => id !== undefined,
      );
  }, 120_000);
  afterAll(async () => {
    for (const core of [office, laptop, other]) await core?.close();
    await server?.stop();
  });

  it("a span made on one machine is in the same analyst's session on the other, with its id; an edit and a deletion follow", async () => {
    const officeDoc = (await docOf(office))!;
    const laptopDoc = (await docOf(laptop))!;
    const made = await call<Annotation>(office, 'annotations.create', { docId: officeDoc, start: 7, end: 21, tag: 'target' });
    expect(made.annotator).toBe(ANALYST.id);

    const merged = await eventually(
      "the office's span in the laptop's session",
      () => spansOf(laptop, laptopDoc),
      (spans) => spans.length === 1,
    );
    expect(merged[0]).toMatchObject({ id: made.id, start: 7, end: 21, tag: 'target', quote: made.quote, annotator: ANALYST.id });
    // Merged as a span of the session, with its section and a target's value as every new span has.
    expect(merged[0]!.section).toEqual(made.section);
    expect(merged[0]!.value).toEqual(made.value);
    // The own layer is the session's, never a teammate's layer beside it.
    expect(await call<TeamLayer[]>(laptop, 'team.layers', { docId: laptopDoc })).toEqual([]);
    const status = await call<TeamStatus>(laptop, 'team.status');
    expect(status.spansFromTeam).toBeGreaterThanOrEqual(1);
    expect(status.conflicts).toBe(0);

    await call(laptop, 'annotations.update', { id: made.id, note: '就业目标' });
    await eventually(
      "the laptop's edit in the office's session",
      () => spansOf(office, officeDoc),
      (spans) => spans.length === 1 && spans[0]!.note === '就业目标',
    );
    const seen = await eventually(
      "the office's span in the other analyst's layers",
      async () => call<TeamLayer[]>(other, 'team.layers', { docId: (await docOf(other))! }),
      (layers) => layers.length === 1 && layers[0]!.spans[0]?.note === '就业目标',
    );
    expect(seen[0]!.spans).toHaveLength(1);

    await call(office, 'annotations.remove', { id: made.id });
    await eventually(
      "the office's deletion on the laptop",
      () => spansOf(laptop, laptopDoc),
      (spans) => spans.length === 0,
    );
    // Nothing comes back: the laptop's merged copy was never published as its own.
    await eventually(
      'both sessions settled',
      async () => [(await call<TeamStatus>(office, 'team.status')).state, (await call<TeamStatus>(laptop, 'team.status')).state],
      (states) => states.every((s) => s === 'connected'),
    );
    expect(await spansOf(office, officeDoc)).toEqual([]);
    expect(await spansOf(laptop, laptopDoc)).toEqual([]);
  }, 180_000);

  it("a relation made on one machine is in the same analyst's session on the other, with its spans; its deletion follows", async () => {
    const officeDoc = (await docOf(office))!;
    const laptopDoc = (await docOf(laptop))!;
    const from = await call<Annotation>(office, 'annotations.create', { docId: officeDoc, start: 36, end: 46, tag: 'policy' });
    const to = await call<Annotation>(office, 'annotations.create', { docId: officeDoc, start: 7, end: 21, tag: 'target' });
    const link = await call<Relation>(office, 'relations.create', { docId: officeDoc, type: 'serves', from: from.id, to: to.id });
    const merged = await eventually(
      "the office's relation on the laptop",
      () => call<Relation[]>(laptop, 'relations.list', { docId: laptopDoc }),
      (list) => list.some((r) => r.id === link.id),
    );
    expect(merged.find((r) => r.id === link.id)).toMatchObject({ type: 'serves', from: from.id, to: to.id, annotator: ANALYST.id });
    await call(office, 'relations.remove', { id: link.id });
    await eventually(
      'the relation gone on the laptop',
      () => call<Relation[]>(laptop, 'relations.list', { docId: laptopDoc }),
      (list) => !list.some((r) => r.id === link.id),
    );
    for (const span of [from, to]) await call(office, 'annotations.remove', { id: span.id });
    await eventually(
      'the spans gone on the laptop',
      () => spansOf(laptop, laptopDoc),
      (list) => list.length === 0,
    );
  }, 180_000);

  it('a span made on one machine while the other was closed is in its session once it is opened again', async () => {
    await laptop.close();
    const officeDoc = (await docOf(office))!;
    const made = await call<Annotation>(office, 'annotations.create', { docId: officeDoc, start: 0, end: 6, tag: 'policy' });
    await eventually(
      'the office synced',
      () => call<TeamStatus>(office, 'team.status'),
      (s) => s.state === 'connected' && s.pending === 0,
    );
    laptop = await teamCore(join(root, 'data-laptop'), join(root, 'laptop.pizhu'));
    const laptopDoc = (await docOf(laptop))!;
    const spans = await eventually(
      'the span on the laptop',
      () => spansOf(laptop, laptopDoc),
      (list) => list.some((s) => s.id === made.id),
    );
    expect(spans.find((s) => s.id === made.id)).toMatchObject({ start: 0, end: 6, tag: 'policy', quote: made.quote });
    await call(office, 'annotations.remove', { id: made.id });
    await eventually(
      'the span gone on the laptop',
      () => spansOf(laptop, laptopDoc),
      (list) => !list.some((s) => s.id === made.id),
    );
  }, 180_000);

  it('the same span edited on both machines while apart is a conflict: neither session changes until one version is chosen', async () => {
    const officeDoc = (await docOf(office))!;
    const laptopDoc = (await docOf(laptop))!;
    const made = await call<Annotation>(office, 'annotations.create', { docId: officeDoc, start: 22, end: 35, tag: 'target' });
    await eventually(
      'the span on the laptop',
      () => spansOf(laptop, laptopDoc),
      (spans) => spans.some((s) => s.id === made.id),
    );
    const port = Number(new URL(server.url).port);
    await server.stop();
    await call(office, 'annotations.update', { id: made.id, note: '办公室' });
    await call(laptop, 'annotations.update', { id: made.id, note: '笔记本' });
    server = await startTeamServer(serverDir, port);
    for (const core of [office, laptop]) await call(core, 'team.retry');
    const statuses = await eventually(
      'a conflict on one of the machines',
      () => Promise.all([office, laptop].map((core) => call<TeamStatus>(core, 'team.status'))),
      (all) => all.every((s) => s.state === 'connected') && all.some((s) => s.conflicts === 1),
      120_000,
    );
    expect((await spansOf(office, officeDoc)).find((s) => s.id === made.id)!.note).toBe('办公室');
    expect((await spansOf(laptop, laptopDoc)).find((s) => s.id === made.id)!.note).toBe('笔记本');
    const torn = statuses[0]!.conflicts === 1 ? office : laptop;
    const [conflict] = await call<TeamConflict[]>(torn, 'team.conflicts');
    expect(conflict!.id).toBe(`span:${ANALYST.id}:${made.id}`);
    const chosen = conflict!.versions.find((v) => v.span?.note === '办公室')!;
    await call<TeamStatus>(torn, 'team.resolve', { id: conflict!.id, rev: chosen.rev });
    for (const [core, docId] of [
      [office, officeDoc],
      [laptop, laptopDoc],
    ] as const) {
      await eventually(
        'the choice in both sessions',
        async () => [
          (await call<TeamStatus>(core, 'team.status')).conflicts,
          (await spansOf(core, docId)).find((s) => s.id === made.id)?.note,
        ],
        ([conflicts, note]) => conflicts === 0 && note === '办公室',
      );
    }
    await call(office, 'annotations.remove', { id: made.id });
    await eventually(
      'the span gone on the laptop',
      () => spansOf(laptop, laptopDoc),
      (spans) => !spans.some((s) => s.id === made.id),
    );
  }, 240_000);

  it("a teammate's edit of the tags and relation types is applied; a tag deleted there is deleted here unless spans here have it", async () => {
    const label = { zh: '政策目标', en: 'Policy goal' };
    await call<Tag>(other, 'tags.update', { id: 'target', label });
    const fresh = await call<Tag>(other, 'tags.create', { label: { zh: '指标', en: 'Indicator' }, color: '#336699', hotkey: null });
    const type = await call<RelationType>(other, 'relationTypes.create', { label: { zh: '落实', en: 'Implements' }, color: '#884422' });
    for (const core of [office, laptop]) {
      const tags = await eventually(
        'the edited and the new tag',
        () => call<Tag[]>(core, 'tags.list'),
        (list) => list.some((t) => t.id === fresh.id) && list.find((t) => t.id === 'target')?.label.en === label.en,
      );
      expect(tags.find((t) => t.id === fresh.id)).toEqual(fresh);
      await eventually(
        'the new relation type',
        () => call<RelationType[]>(core, 'relationTypes.list'),
        (list) => list.some((t) => t.id === type.id && t.label.en === 'Implements'),
      );
      expect((await call<TeamStatus>(core, 'team.status')).tagsFromTeam).toBeGreaterThanOrEqual(2);
    }

    await call(other, 'relationTypes.update', { id: type.id, color: '#112233' });
    await eventually(
      'the recoloured relation type',
      () => call<RelationType[]>(laptop, 'relationTypes.list'),
      (list) => list.find((t) => t.id === type.id)?.color === '#112233',
    );
    await call(other, 'relationTypes.remove', { id: type.id });
    await eventually(
      'the relation type deleted',
      () => call<RelationType[]>(office, 'relationTypes.list'),
      (list) => !list.some((t) => t.id === type.id),
    );
  }, 180_000);

  it('a tag deleted by a teammate goes from a session where no span has it, and stays, said in the status, where one has', async () => {
    const made = await call<Tag>(other, 'tags.create', { label: { zh: '试点', en: 'Pilot' }, color: '#228844', hotkey: null });
    for (const core of [office, laptop]) {
      await eventually(
        'the pilot tag',
        () => call<Tag[]>(core, 'tags.list'),
        (list) => list.some((t) => t.id === made.id),
      );
    }
    const officeDoc = (await docOf(office))!;
    const kept = await call<Annotation>(office, 'annotations.create', { docId: officeDoc, start: 0, end: 6, tag: made.id });
    await eventually(
      "the office's pilot span on the laptop",
      async () => spansOf(laptop, (await docOf(laptop))!),
      (spans) => spans.some((s) => s.id === kept.id),
    );
    await call(other, 'tags.remove', { id: made.id, moveTo: null });
    const status = await eventually(
      'the deletion said where spans have the tag',
      () => call<TeamStatus>(office, 'team.status'),
      (s) => s.problems.some((p) => p.includes(`tag ${made.id}`)),
    );
    expect(status.problems.find((p) => p.includes(`tag ${made.id}`))).toMatch(/1 spans here still have it/);
    expect((await call<Tag[]>(office, 'tags.list')).some((t) => t.id === made.id)).toBe(true);

    const plain = await call<Tag>(other, 'tags.create', { label: { zh: '其他', en: 'Other' }, color: '#555555', hotkey: null });
    await eventually(
      'the other tag',
      () => call<Tag[]>(laptop, 'tags.list'),
      (list) => list.some((t) => t.id === plain.id),
    );
    await call(other, 'tags.remove', { id: plain.id, moveTo: null });
    for (const core of [office, laptop]) {
      await eventually(
        'the other tag deleted',
        () => call<Tag[]>(core, 'tags.list'),
        (list) => !list.some((t) => t.id === plain.id),
      );
    }
    // Not brought back by the sessions that had it: it stays deleted on the server.
    const record = await fetch(`${server.url}/project-m/${encodeURIComponent(`tag:${plain.id}`)}`);
    expect(record.status).toBe(404);
  }, 180_000);
});
