import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { Annotation, Relation } from '../../../electron/shared/model';
import { filterSpans, NO_SPAN_FILTER } from '../../../electron/shared/table/filterSpans';
import { sortSpans } from '../../../electron/shared/table/sortSpans';
import { spanEntries, type SpanEntry } from '../../../electron/shared/table/spanEntries';
import type { SpanRowRelation, SpanTable, SpanTableRow } from '../../../electron/shared/table/spanTableSchema';
import { call, closeCores, startCore, stopCore } from '../core/coreCalls';
import { tempDir } from '../store/storeFixture';

afterEach(closeCores);

async function start(root: string): Promise<Core> {
  const core = await startCore({ dataDir: join(root, 'data'), sessionPath: join(root, 'work.pizhu'), warn: () => undefined });
  return core;
}

const A = '实施就业优先政策，城镇新增就业4万人。推进专精特新企业培育工程，带动新增就业1万人。';
const B = '落实减税降费政策。';

const at = (text: string, phrase: string) => [...text.slice(0, text.indexOf(phrase))].length;

/** Two documents; in the first a policy and a project each serving the target, in the second a lone policy. */
async function session() {
  const root = tempDir('pizhu-table-rel-');
  const core = await start(root);
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [
      { name: 'a.txt', data: Buffer.from(A).toString('base64') },
      { name: 'b.txt', data: Buffer.from(B).toString('base64') },
    ],
    cleanup: false,
  });
  const [a, b] = (await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId })).created.map((d) => d.id);
  const span = (docId: string, text: string, phrase: string, tag: string) =>
    call<Annotation>(core, 'annotations.create', { docId, start: at(text, phrase), end: at(text, phrase) + [...phrase].length, tag });
  const policy = await span(a!, A, '实施就业优先政策', 'policy');
  const target = await span(a!, A, '城镇新增就业4万人', 'target');
  const project = await span(a!, A, '推进专精特新企业培育工程', 'project');
  const other = await span(b!, B, '落实减税降费政策', 'policy');
  const link = (from: Annotation, to: Annotation) =>
    call<Relation>(core, 'relations.create', { docId: a!, type: 'serves', from: from.id, to: to.id });
  const r1 = await link(policy, target);
  const r2 = await link(project, target);
  // In the order relations.list and the table give them: by creation time, then id (two made in one millisecond tie on time).
  const relations = [r1, r2].sort((x, y) => x.created.localeCompare(y.created) || x.id.localeCompare(y.id));
  return { core, root, a: a!, spans: { policy, target, project, other }, relations };
}

const rowsById = async (core: Core) => new Map((await call<SpanTable>(core, 'annotations.listAll')).rows.map((r) => [r.id, r]));

describe('the span table and relations', () => {
  it('lists with each row the relations that join its span, from either end, with the other span quoted', async () => {
    const { core, spans, relations } = await session();
    const rows = await rowsById(core);
    const quotes = new Map([
      [spans.policy.id, '实施就业优先政策'],
      [spans.project.id, '推进专精特新企业培育工程'],
    ]);
    expect(rows.get(spans.policy.id)!.relations).toEqual([
      {
        id: relations.find((r) => r.from === spans.policy.id)!.id,
        type: 'serves',
        direction: 'out',
        other: spans.target.id,
        otherQuote: '城镇新增就业4万人',
      },
    ]);
    expect(rows.get(spans.target.id)!.relations).toEqual(
      relations.map((r) => ({ id: r.id, type: 'serves', direction: 'in', other: r.from, otherQuote: quotes.get(r.from) })),
    );
    expect(rows.get(spans.other.id)!.relations).toEqual([]);
  });

  it('removeMany takes the spans relations with them, and its undo step brings back both, after a restart too', async () => {
    const { core, root, a, spans, relations } = await session();
    await call(core, 'annotations.removeMany', { ids: [spans.target.id, spans.other.id] });
    expect(await call<Relation[]>(core, 'relations.list', { docId: a })).toEqual([]);
    let rows = await rowsById(core);
    expect(rows.get(spans.policy.id)!.relations).toEqual([]);
    expect(rows.has(spans.target.id)).toBe(false);

    await stopCore(core);
    const again = await start(root);
    expect(await call<Relation[]>(again, 'relations.list', { docId: a })).toEqual([]);
    await call(again, 'history.undo');
    expect(await call<Relation[]>(again, 'relations.list', { docId: a })).toEqual(relations);
    rows = await rowsById(again);
    expect(rows.get(spans.target.id)!.relations.map((r) => r.other)).toEqual(relations.map((r) => r.from));
    expect(rows.has(spans.other.id)).toBe(true);

    await call(again, 'history.redo');
    expect(await call<Relation[]>(again, 'relations.list', { docId: a })).toEqual([]);
  });

  it('retagMany keeps the relations of the spans it retags', async () => {
    const { core, a, spans, relations } = await session();
    await call(core, 'annotations.retagMany', { ids: [spans.policy.id, spans.target.id], tag: 'project' });
    expect(await call<Relation[]>(core, 'relations.list', { docId: a })).toEqual(relations);
    expect((await rowsById(core)).get(spans.target.id)!.relations).toHaveLength(2);
    await call(core, 'history.undo');
    expect(await call<Relation[]>(core, 'relations.list', { docId: a })).toEqual(relations);
  });
});

describe('the relations column and filter', () => {
  const rel = (type: string, direction: 'out' | 'in', other: string): SpanRowRelation => ({
    id: `r_${type}_${other}`,
    type,
    direction,
    other,
    otherQuote: other,
  });
  const row = (id: string, relations: SpanRowRelation[]): SpanTableRow => ({
    id,
    docId: 'd_a',
    start: 0,
    end: 1,
    quote: id,
    tag: 'policy',
    note: '',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    context: { before: '', after: '', clippedBefore: false, clippedAfter: false },
    relations,
  });
  const entries = spanEntries({
    documents: [{ id: 'd_a', title: 'A', date: null }],
    rows: [
      row('a_none', []),
      row('a_two', [rel('serves', 'out', 'a_t'), rel('funds', 'in', 'a_f')]),
      row('a_one', [rel('part-of', 'out', 'a_two')]),
    ],
  });
  const ids = (list: readonly SpanEntry[]) => list.map((e) => e.row.id);
  const ctx = { tagOrder: new Map<string, number>() };

  it('sorts by the number of relations, rows without any last either way', () => {
    expect(ids(sortSpans(entries, { column: 'relations', direction: 'ascending' }, ctx))).toEqual(['a_one', 'a_two', 'a_none']);
    expect(ids(sortSpans(entries, { column: 'relations', direction: 'descending' }, ctx))).toEqual(['a_two', 'a_one', 'a_none']);
  });

  it('filters rows with relations, without, or with one of a type from either end', () => {
    expect(ids(filterSpans(entries, NO_SPAN_FILTER))).toHaveLength(3);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, relations: 'with' }))).toEqual(['a_two', 'a_one']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, relations: 'without' }))).toEqual(['a_none']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, relations: { type: 'funds' } }))).toEqual(['a_two']);
    expect(ids(filterSpans(entries, { ...NO_SPAN_FILTER, relations: { type: 'nosuch' } }))).toEqual([]);
  });
});
