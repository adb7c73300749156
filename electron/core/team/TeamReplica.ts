import { randomUUID } from 'node:crypto';
import PouchDB from 'pouchdb';
import type { Analyst, RelationType, Tag } from '../../shared/model';
import { PizhuError } from '../../shared/errors';
import {
  documentRecordId,
  recordSchema,
  relationRecordId,
  relationTypeRecordId,
  spanRecordId,
  TeamDocumentSchema,
  type TeamDocument,
  type TeamRelation,
  type TeamRelationType,
  type TeamSpan,
  type TeamTag,
} from './teamRecords';

/** One analyst's work as published: their documents' texts, their spans, the session's tags. */
export interface Layer {
  analyst: Analyst;
  documents: Array<{ hash: string; title: string; text: string }>;
  spans: Array<{
    id: string;
    docHash: string;
    start: number;
    end: number;
    tag: string;
    quote: string;
    note: string;
    created: string;
    modified: string;
  }>;
  tags: Tag[];
  /** The analyst's relations between their spans; left out, the relation records are not touched. */
  relations?: LayerRelation[];
  relationTypes?: RelationType[];
  /**
   * Which session on which machine published it. A full publish deletes only the analyst's spans this source
   * published (or that name none): the same analyst's spans from another machine are not this session's to delete.
   */
  source?: string;
}

/** A span as the journal holds it, to publish. */
export type LayerSpan = Layer['spans'][number];

/** A relation as the journal holds it, to publish: its document by hash, its ends by span id. */
export interface LayerRelation {
  id: string;
  docHash: string;
  type: string;
  from: string;
  to: string;
  note: string;
  created: string;
  modified: string;
}

/**
 * The team's database on the server. PouchDB's replication asks the source for its `info()` after each batch and
 * chains a `.then` on it without handling a failure, so a server that goes away at that moment is an unhandled
 * rejection, which ends a Node process; a handler on the promise itself does not reach the chained one. Replication
 * reads the answer only for its progress figures (`update_seq`, which nothing here shows), so a failed ask answers
 * a sequence of 0 instead: the replication's next request meets the same failure, and it pauses and retries.
 */
function serverDatabase(url: string, auth: { username: string; password: string } | undefined): PouchDB {
  const remote = new PouchDB(url, { skip_setup: true, ...(auth ? { auth } : {}) });
  const info = remote.info.bind(remote);
  remote.info = () => info().catch(() => ({ update_seq: 0 }));
  return remote;
}

/** What a live replication reports, for the team service to show. */
export interface LiveListener {
  change(direction: 'push' | 'pull', docs: Array<Record<string, unknown> & { _id: string }>): void;
  paused(direction: 'push' | 'pull', error?: { status?: number; message?: string }): void;
  active(direction: 'push' | 'pull'): void;
  denied(direction: 'push' | 'pull', id: string, reason: string): void;
}

const IDENTITY = '_local/pizhu-replica';

/**
 * How many records a replication round asks the server for at a time: PouchDB's 100 makes a fresh replica of a
 * million records ten thousand round trips and checkpoints; 1,000 took a third less time for a tenth more memory.
 */
const BATCH_SIZE = 1000;

/** Wait a second, then twice as long each time, up to a minute: a server that is down is not hammered. */
const backOff = (delay: number): number => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000));

/** What the replica holds that passed the checks, and what did not, by record id and reason. */
export interface ReplicaContents {
  documents: TeamDocument[];
  spans: TeamSpan[];
  tags: TeamTag[];
  relations: TeamRelation[];
  relationTypes: TeamRelationType[];
  refused: Array<{ id: string; problem: string }>;
  /** Records with conflicting revisions (the same analyst on two machines): shown, never resolved silently. */
  conflicts: string[];
}

type Stored = Record<string, unknown> & { _id: string; _rev: string };

/**
 * The local PouchDB copy of a team's database (LevelDB in the app's data folder). The session's journal stays the
 * source of truth: a layer is published from it, then replicated; what comes back is checked before anyone reads it.
 */
export class TeamReplica {
  private constructor(
    private readonly db: PouchDB,
    /** Its LevelDB folder; the layer index lives beside it. */
    readonly folder: string,
  ) {}

  static open(folder: string): TeamReplica {
    return new TeamReplica(new PouchDB(folder), folder);
  }

  /** A random id made once per replica, kept in a local record that never replicates: an index of a replica made again starts over. */
  async identity(): Promise<string> {
    try {
      const kept = await this.db.get(IDENTITY);
      if (typeof kept.id === 'string') return kept.id;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
    const id = randomUUID();
    await this.db.put({ _id: IDENTITY, id });
    return id;
  }

  /** The replica's changes after `since` (each record's current revision, or its deletion), at most `limit`. */
  async changesSince(
    since: number,
    limit: number,
  ): Promise<{ results: Array<{ id: string; deleted?: boolean; doc?: Record<string, unknown> & { _id: string } }>; last_seq: number }> {
    return this.db.changes({ since, limit, include_docs: true });
  }

  /** Write the analyst's layer into the replica: new and changed records, and deletions of their spans now gone. */
  async publish(layer: Layer): Promise<{ written: number; deleted: number }> {
    const wanted = new Map<string, Record<string, unknown>>();
    for (const doc of layer.documents) {
      wanted.set(documentRecordId(doc.hash), { type: 'document', hash: doc.hash, title: doc.title, text: doc.text });
    }
    for (const tag of layer.tags) wanted.set(`tag:${tag.id}`, { type: 'tag', tag });
    for (const span of layer.spans) wanted.set(spanRecordId(layer.analyst.id, span.id), spanBody(layer.analyst, span, layer.source));
    for (const type of layer.relationTypes ?? []) wanted.set(relationTypeRecordId(type.id), { type: 'relationType', relationType: type });
    for (const r of layer.relations ?? [])
      wanted.set(relationRecordId(layer.analyst.id, r.id), relationBody(layer.analyst, r, layer.source));
    const own = async (prefix: string) =>
      (
        await this.db.allDocs({
          startkey: `${prefix}:${layer.analyst.id}:`,
          endkey: `${prefix}:${layer.analyst.id}:\uffff`,
          include_docs: true,
        })
      ).rows;
    const mine = { rows: [...(await own('span')), ...(layer.relations ? await own('rel') : [])] };
    const existing = await this.db.allDocs({ keys: [...wanted.keys()], include_docs: true });
    const current = new Map<string, Stored>();
    for (const row of existing.rows) if (row.doc) current.set(row.id, row.doc);

    const writes: Array<Record<string, unknown>> = [];
    for (const [id, body] of wanted) {
      const old = current.get(id);
      // A document's text and title are the first importer's; a tag is the session's own and follows its last edit;
      // a relation type, as a tag on open, is not written over a teammate's later edit.
      if (old && (old.type === 'document' || old.type === 'relationType' || sameBody(old, body))) continue;
      writes.push({ _id: id, ...(old ? { _rev: old._rev } : {}), ...body });
    }
    const gone = mine.rows.filter((row) => !wanted.has(row.id) && (row.doc?.source === undefined || row.doc.source === layer.source));
    for (const row of gone) writes.push({ _id: row.id, _rev: row.value.rev, _deleted: true });
    if (writes.length === 0) return { written: 0, deleted: 0 };
    const results = await this.db.bulkDocs(writes);
    const failed = results.find((result) => result.error);
    if (failed) throw new PizhuError('INTERNAL', `team replica: ${failed.id}: ${failed.message}`);
    return { written: writes.length - gone.length, deleted: gone.length };
  }

  /**
   * Publish one change of a document's spans, as the journal wrote it: the spans put (the analyst's own) and the
   * ids removed. A record already as wanted is not written again. How many records were written.
   */
  async publishSpans(
    analyst: Analyst,
    source: string,
    docHash: string,
    put: readonly LayerSpan[],
    remove: readonly string[],
  ): Promise<number> {
    const writes: Array<Record<string, unknown>> = [];
    const ids = [...put.map((span) => spanRecordId(analyst.id, span.id)), ...remove.map((id) => spanRecordId(analyst.id, id))];
    const current = await this.current(ids);
    for (const span of put) {
      const id = spanRecordId(analyst.id, span.id);
      const body = spanBody(analyst, { ...span, docHash }, source);
      const old = current.get(id);
      if (!old || !sameBody(old, body)) writes.push({ _id: id, ...(old ? { _rev: old._rev } : {}), ...body });
    }
    for (const spanId of remove) {
      const old = current.get(spanRecordId(analyst.id, spanId));
      if (old) writes.push({ _id: old._id, _rev: old._rev, _deleted: true });
    }
    return this.write(writes);
  }

  /** Publish a document's text, unless the team has it (the first importer's title stays). */
  async publishDocument(doc: { hash: string; title: string; text: string }): Promise<number> {
    const id = documentRecordId(doc.hash);
    if ((await this.current([id])).has(id)) return 0;
    return this.write([{ _id: id, type: 'document', hash: doc.hash, title: doc.title, text: doc.text }]);
  }

  /** Publish one change of a document's relations, as publishSpans does for spans. How many records were written. */
  async publishRelations(analyst: Analyst, source: string, put: readonly LayerRelation[], remove: readonly string[]): Promise<number> {
    const ids = [...put.map((r) => relationRecordId(analyst.id, r.id)), ...remove.map((id) => relationRecordId(analyst.id, id))];
    const current = await this.current(ids);
    const writes: Array<Record<string, unknown>> = [];
    for (const r of put) {
      const id = relationRecordId(analyst.id, r.id);
      const body = relationBody(analyst, r, source);
      const old = current.get(id);
      if (!old || !sameBody(old, body)) writes.push({ _id: id, ...(old ? { _rev: old._rev } : {}), ...body });
    }
    for (const relationId of remove) {
      const old = current.get(relationRecordId(analyst.id, relationId));
      if (old) writes.push({ _id: old._id, _rev: old._rev, _deleted: true });
    }
    return this.write(writes);
  }

  /** Publish the session's relation types as edited here, as publishTags does; `onlyMissing` on open. */
  async publishRelationTypes(types: readonly RelationType[], onlyMissing = false): Promise<number> {
    const ids = types.map((type) => relationTypeRecordId(type.id));
    const current = await this.current(ids);
    const deleted = onlyMissing ? await this.deleted(ids) : new Set<string>();
    const writes = types
      .map((type) => ({ id: relationTypeRecordId(type.id), body: { type: 'relationType', relationType: type } }))
      .filter(({ id }) => !deleted.has(id))
      .filter(({ id, body }) => !current.has(id) || (!onlyMissing && !sameBody(current.get(id)!, body)))
      .map(({ id, body }) => ({ _id: id, ...(current.has(id) ? { _rev: current.get(id)!._rev } : {}), ...body }));
    return this.write(writes);
  }

  /**
   * The document records among `ids` (every one when none are named): those that pass the record check (the text
   * hashes to the id), and the others by id with the reason.
   */
  async documents(ids?: readonly string[]): Promise<{ documents: TeamDocument[]; refused: Array<{ id: string; problem: string }> }> {
    const all = ids
      ? await this.db.allDocs({ keys: [...ids], include_docs: true })
      : await this.db.allDocs({ startkey: 'doc:', endkey: 'doc:\uffff', include_docs: true });
    const out: { documents: TeamDocument[]; refused: Array<{ id: string; problem: string }> } = { documents: [], refused: [] };
    for (const row of all.rows) {
      if (!row.doc) continue;
      const parsed = TeamDocumentSchema.safeParse(row.doc);
      if (parsed.success) out.documents.push(parsed.data);
      else out.refused.push({ id: row.id, problem: parsed.error.issues[0]?.message ?? 'not a Pizhu record' });
    }
    return out;
  }

  /**
   * Publish the session's tags as edited here: each one that differs from the replica's; with `onlyMissing`, only
   * those the team does not have yet (on open, a session's tags must not write over a teammate's later edit, nor
   * bring back one a teammate deleted).
   */
  async publishTags(tags: readonly Tag[], onlyMissing = false): Promise<number> {
    const ids = tags.map((tag) => `tag:${tag.id}`);
    const current = await this.current(ids);
    const deleted = onlyMissing ? await this.deleted(ids) : new Set<string>();
    const writes = tags
      .map((tag) => ({ id: `tag:${tag.id}`, body: { type: 'tag', tag } }))
      .filter(({ id }) => !deleted.has(id))
      .filter(({ id, body }) => !current.has(id) || (!onlyMissing && !sameBody(current.get(id)!, body)))
      .map(({ id, body }) => ({ _id: id, ...(current.has(id) ? { _rev: current.get(id)!._rev } : {}), ...body }));
    return this.write(writes);
  }

  /** Delete the records among `ids` that the replica holds (tags and relation types deleted here). How many. */
  async remove(ids: readonly string[]): Promise<number> {
    const current = await this.current([...ids]);
    return this.write([...current.values()].map((doc) => ({ _id: doc._id, _rev: doc._rev, _deleted: true })));
  }

  /**
   * Each record among `ids` as it stands now: its current body, or null once deleted, and whether it has
   * conflicting revisions (then it waits for the user's choice). Ids the replica never held are left out.
   */
  async winners(ids: readonly string[]): Promise<Array<{ id: string; doc: Stored | null; conflicted: boolean }>> {
    if (ids.length === 0) return [];
    const all = await this.db.allDocs({ keys: [...ids], include_docs: true, conflicts: true });
    return all.rows
      .filter((row) => !row.error && (row.doc || row.value?.deleted))
      .map((row) => ({
        id: row.id,
        doc: row.value.deleted ? null : row.doc!,
        conflicted: Boolean((row.doc as { _conflicts?: string[] } | undefined)?._conflicts?.length),
      }));
  }

  /** The ids of an analyst's span records the replica holds (not the deleted). */
  async spanIdsOf(analystId: string): Promise<string[]> {
    const all = await this.db.allDocs({ startkey: `span:${analystId}:`, endkey: `span:${analystId}:\uffff` });
    return all.rows.map((row) => row.id);
  }

  /** The ids of an analyst's relation records the replica holds (not the deleted). */
  async relationIdsOf(analystId: string): Promise<string[]> {
    const all = await this.db.allDocs({ startkey: `rel:${analystId}:`, endkey: `rel:${analystId}:\uffff` });
    return all.rows.map((row) => row.id);
  }

  /** The records among `ids` that were deleted. */
  private async deleted(ids: readonly string[]): Promise<Set<string>> {
    return new Set((await this.winners(ids)).filter((w) => w.doc === null).map((w) => w.id));
  }

  private async current(ids: string[]): Promise<Map<string, Stored>> {
    const current = new Map<string, Stored>();
    if (ids.length === 0) return current;
    const existing = await this.db.allDocs({ keys: ids, include_docs: true });
    for (const row of existing.rows) if (row.doc) current.set(row.id, row.doc);
    return current;
  }

  private async write(writes: Array<Record<string, unknown>>): Promise<number> {
    if (writes.length === 0) return 0;
    const results = await this.db.bulkDocs(writes);
    const failed = results.find((result) => result.error);
    if (failed) throw new PizhuError('INTERNAL', `team replica: ${failed.id}: ${failed.message}`);
    return writes.length;
  }

  /**
   * Replicate both ways with the server until stopped, retrying with back-off while it cannot be reached. Each
   * direction is its own replication, so that one can tell an idle replica from one that cannot reach the server.
   */
  live(url: string, auth: { username: string; password: string } | undefined, listener: LiveListener): { stop(): void } {
    const remote = serverDatabase(url, auth);
    const options = { live: true, retry: true, back_off_function: backOff, batch_size: 500 } as const;
    const runs = [
      ['push', this.db.replicate.to(remote, options)],
      ['pull', this.db.replicate.from(remote, options)],
    ] as const;
    for (const [direction, run] of runs) {
      run.on('change', (info) => listener.change(direction, info.docs));
      run.on('paused', (error) => listener.paused(direction, error));
      run.on('active', () => listener.active(direction));
      run.on('denied', (error) => listener.denied(direction, error.id ?? '?', error.reason ?? error.message ?? 'refused'));
      run.on('error', (error) => listener.paused(direction, error));
    }
    return {
      stop: () => {
        for (const [, run] of runs) run.cancel();
        void remote.close().catch(() => undefined);
      },
    };
  }

  /** The records among `ids` (every record when none are named) that have conflicting revisions. */
  async conflicted(ids?: readonly string[]): Promise<string[]> {
    const all = await this.db.allDocs({ include_docs: true, conflicts: true, ...(ids ? { keys: [...ids] } : {}) });
    return all.rows.filter((row) => (row.doc as { _conflicts?: string[] } | undefined)?._conflicts?.length).map((row) => row.id);
  }

  /** Every revision of a record in conflict, the current one first. */
  async revisions(id: string): Promise<Array<{ rev: string; current: boolean; doc: Stored }>> {
    const winner = await this.db.get(id, { conflicts: true });
    const others = await Promise.all((winner._conflicts ?? []).map((rev) => this.db.get(id, { rev })));
    return [{ rev: winner._rev, current: true, doc: winner }, ...others.map((doc) => ({ rev: doc._rev, current: false, doc }))];
  }

  /** Keep one revision of a record in conflict: it becomes the current one and the others are deleted. Its body. */
  async resolve(id: string, rev: string): Promise<Stored> {
    const versions = await this.revisions(id);
    const chosen = versions.find((version) => version.rev === rev);
    if (!chosen) throw new PizhuError('NOT_FOUND', `team: ${id} has no revision ${rev} in conflict`);
    const writes: Array<Record<string, unknown>> = versions
      .filter((version) => !version.current && version.rev !== rev)
      .map((version) => ({ _id: id, _rev: version.rev, _deleted: true }));
    if (!chosen.current) {
      const { _rev, _conflicts, ...body } = chosen.doc as Stored & { _conflicts?: string[] };
      void _rev;
      void _conflicts;
      writes.push({ ...body, _rev: versions[0]!.rev }, { _id: id, _rev: rev, _deleted: true });
    }
    await this.write(writes);
    return chosen.doc;
  }

  /** How many records the replica holds that are not Pizhu records (what a hostile or damaged server put there). */
  async foreignRecords(): Promise<number> {
    const all = await this.db.allDocs({ include_docs: true });
    let foreign = 0;
    for (const row of all.rows) {
      const doc = row.doc;
      if (!doc || row.id.startsWith('_design/')) continue;
      if (!recordSchema(doc)?.safeParse(doc).success) foreign++;
    }
    return foreign;
  }

  /** One replication round both ways with the server: how many records went each way, and the ids of those the pull changed here. */
  async sync(
    url: string,
    auth?: { username: string; password: string },
  ): Promise<{ sent: number; received: number; refusedByServer: number; pulled: string[] }> {
    const remote = serverDatabase(url, auth);
    try {
      const push = await this.db.replicate.to(remote, { batch_size: BATCH_SIZE });
      const since = Number((await this.db.info()).update_seq);
      const pull = await this.db.replicate.from(remote, { batch_size: BATCH_SIZE });
      const pulled = await this.changedSince(since);
      return { sent: push.docs_written, received: pull.docs_written, refusedByServer: push.doc_write_failures, pulled };
    } catch (error) {
      throw new PizhuError('INTERNAL', `team server ${withoutCredentials(url)}: ${(error as Error).message}`);
    } finally {
      await remote.close();
    }
  }

  /** The ids of the records changed after `since`, read a page at a time without their bodies. */
  private async changedSince(since: number): Promise<string[]> {
    const ids: string[] = [];
    for (let seq = since; ;) {
      const page = await this.db.changes({ since: seq, limit: BATCH_SIZE });
      if (page.results.length === 0) return ids;
      for (const change of page.results) ids.push(change.id);
      seq = page.last_seq;
    }
  }

  async contents(): Promise<ReplicaContents> {
    const all = await this.db.allDocs({ include_docs: true, conflicts: true });
    const out: ReplicaContents = { documents: [], spans: [], tags: [], relations: [], relationTypes: [], refused: [], conflicts: [] };
    const candidates: TeamSpan[] = [];
    const relations: TeamRelation[] = [];
    for (const row of all.rows) {
      const doc = row.doc as (Stored & { _conflicts?: string[] }) | undefined;
      if (!doc || row.id.startsWith('_design/')) continue;
      if (doc._conflicts?.length) out.conflicts.push(row.id);
      const parsed = recordSchema(doc)?.safeParse(doc);
      if (!parsed?.success) {
        out.refused.push({
          id: row.id,
          problem: parsed ? (parsed.error.issues[0]?.message ?? 'not a Pizhu record') : 'not a Pizhu record',
        });
      } else if (doc.type === 'document') out.documents.push(parsed.data as TeamDocument);
      else if (doc.type === 'tag') out.tags.push(parsed.data as TeamTag);
      else if (doc.type === 'relationType') out.relationTypes.push(parsed.data as TeamRelationType);
      else if (doc.type === 'relation') relations.push(parsed.data as TeamRelation);
      else candidates.push(parsed.data as TeamSpan);
    }
    const texts = new Map(out.documents.map((doc) => [doc.hash, [...doc.text]]));
    for (const span of candidates) {
      const text = texts.get(span.docHash);
      if (!text) out.refused.push({ id: span._id, problem: 'its document is not here' });
      else if (span.end > text.length || text.slice(span.start, span.end).join('') !== span.quote) {
        out.refused.push({ id: span._id, problem: 'its quote is not the text at its offsets' });
      } else out.spans.push(span);
    }
    const ends = new Map(out.spans.map((span) => [span._id, span.docHash]));
    for (const r of relations) {
      const missing = [r.from, r.to].find((end) => ends.get(spanRecordId(r.annotator.id, end)) !== r.docHash);
      if (missing) out.refused.push({ id: r._id, problem: relationEndsProblem(r, missing) });
      else out.relations.push(r);
    }
    return out;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

function spanBody(analyst: Analyst, span: LayerSpan, source?: string): Record<string, unknown> {
  const { id, ...fields } = span;
  return { type: 'span', annotator: analyst, spanId: id, ...fields, ...(source ? { source } : {}) };
}

function relationBody(analyst: Analyst, r: LayerRelation, source?: string): Record<string, unknown> {
  const { id, type, ...fields } = r;
  return { type: 'relation', annotator: analyst, relationId: id, relationType: type, ...fields, ...(source ? { source } : {}) };
}

/** Why a relation record is set aside: one of its ends is not a span of its analyst's layer of its document. */
export function relationEndsProblem(r: TeamRelation, missing: string): string {
  return `its span ${missing} is not in ${r.annotator.name}'s layer of the document`;
}

/**
 * Whether a record already holds a body. Which session wrote it (`source`) is left out: a span the same analyst
 * made on another machine, merged into this session, is not written again as this one's.
 */
function sameBody(old: Stored, body: Record<string, unknown>): boolean {
  const { _id, _rev, source, ...rest } = old as Record<string, unknown>;
  const { source: bodySource, ...wanted } = body;
  void _id;
  void _rev;
  void source;
  void bodySource;
  return JSON.stringify(sortKeys(rest)) === JSON.stringify(sortKeys(wanted));
}

/** A value with every object's keys in order, for comparing records whatever order their fields were written in. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/** A server URL as it may be shown or logged: without a user name or password in it. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(an invalid URL)';
  }
}
