import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PizhuError } from '../../shared/errors';
import type { Analyst, Annotation, Relation, RelationType, Tag } from '../../shared/model';
import { analystColor } from '../../shared/team/analystColor';
import type { TeamLayer, TeamState, TeamStatus } from '../../shared/team/teamApi';
import type { OffsetMap } from '../../shared/codePoints';
import type { SettingsStore } from '../settingsStore';
import type { SessionStore, StoreChange } from '../store/SessionStore';
import type { TeamCredentialStore } from './teamCredentials';
import {
  relationEndsProblem,
  sortKeys,
  TeamReplica,
  withoutCredentials,
  type Layer,
  type LayerRelation,
  type LayerSpan,
} from './TeamReplica';
import { LayerIndex } from './LayerIndex';
import { mayChange, mergeOwnRelations, mergeOwnSpans, mergeRelationTypes, mergeTags, type Merged, type TeamHost } from './mergeFromTeam';
import { markRemoved, removedDocuments } from './removedDocuments';
import { relationTypeRecordId, type TeamDocument } from './teamRecords';
import {
  analystIn,
  databaseUrl,
  layerSource,
  openReplica,
  readTeamConfig,
  TeamConfigSchema,
  writeTeamConfig,
  type TeamConfig,
} from './teamSession';

/** The most problems the status lists: a server refusing thousands of records is said in a few lines, not thousands. */
const MAX_PROBLEMS = 20;

interface Direction {
  active: boolean;
  error: { status?: number; message?: string } | null;
}

interface Running {
  store: SessionStore;
  config: TeamConfig;
  analyst: Analyst;
  replica: TeamReplica;
  /** This session on this machine, as its span records name it. */
  source: string;
  unsubscribe: () => void;
  live: { stop(): void } | null;
  /** The tags and relation types as last published or merged: an edit here publishes what differs from them. */
  tags: Tag[];
  relationTypes: RelationType[];
  /** While records pulled from the team are merged into the session: what that writes is not published back. */
  merging: boolean;
  /** What publishing the whole layer on opening wrote to the replica (a change left unpublished by a crash, or everything the first time). */
  published: { written: number; deleted: number };
}

/** A journal's span as published: the fields the team sees. */
function layerSpan(span: Annotation, docHash: string): LayerSpan {
  const { id, start, end, tag, quote, note, created, modified } = span;
  return { id, docHash, start, end, tag, quote, note, created, modified };
}

/** A journal's relation as published. */
function layerRelation(relation: Relation, docHash: string): LayerRelation {
  const { id, type, from, to, note, created, modified } = relation;
  return { id, docHash, type, from, to, note, created, modified };
}

/** Whether a span or relation of the session is in the analyst's own layer: theirs, or made before anyone was named. */
const isOwn = (item: Annotation | Relation, analyst: Analyst): boolean => item.annotator === undefined || item.annotator === analyst.id;

/**
 * How the host adds teammates' documents to the open session (the import's path, between operations), leaving out
 * those `skip` names. The ids added and what could not be added.
 */
export type AdoptDocuments = (
  store: SessionStore,
  documents: readonly TeamDocument[],
  skip: (hash: string) => boolean,
) => Promise<{ added: string[]; errors: string[] }>;

/**
 * The open session's team work in the background: its layer published to the local replica after each change is
 * on disk (the journal stays the source of truth; on open, the whole layer is published again, so that a change a
 * crash kept from being published is published then), and the replica kept in step with the server both ways,
 * retrying with back-off while it cannot be reached. What comes back is checked before anything reads it.
 */
export class TeamService {
  private running: Running | null = null;
  private problem: string | null = null;
  private readonly refusals = new Map<string, string>();
  private push: Direction = { active: true, error: null };
  private pull: Direction = { active: true, error: null };
  private pending = 0;
  private lastSyncedAt: string | null = null;
  private readonly conflicts = new Set<string>();
  private foreign = 0;
  /** The replica's spans and relations by document, on disk beside it and caught up after each pulled batch. */
  private index: Promise<LayerIndex> | null = null;
  /** Documents imported by teammates added to the open session. */
  private documentsFromTeam = 0;
  /** The own spans from other machines, and the tags and relation types, the team changed in the open session. */
  private spansFromTeam = 0;
  private tagsFromTeam = 0;
  /**
   * The tail of the additions of teammates' documents: apart from the replica's queue, since each waits for the
   * operations before it, and an operation may wait for that queue (team.resolve does).
   */
  private adopting: Promise<unknown> = Promise.resolve();
  /** The tail of the queue of writes to the replica: one at a time, in the order of the journal's changes. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly settings: SettingsStore,
    private readonly credentials: TeamCredentialStore,
    /** Whether to replicate continuously (the app); the CLI replicates by explicit rounds instead. */
    private readonly background: boolean,
    private readonly warn: (message: string) => void,
    private readonly adoptDocuments: AdoptDocuments,
    /** How pulled records are merged into the open session between operations; without it, none are. */
    private readonly host?: TeamHost,
  ) {}

  /** Follow the open session: stop the old one's replication, start the new one's if it belongs to a team. Never throws. */
  async attach(store: SessionStore | null): Promise<void> {
    await this.stop();
    this.problem = null;
    if (!store || store.readOnly || !existsSync(join(store.path, 'team.json'))) return;
    try {
      await this.start(store, readTeamConfig(store.path));
    } catch (error) {
      this.problem = (error as Error).message;
    }
  }

  async join(
    store: SessionStore,
    input: { server: string; db: string; analystName: string; username?: string; password?: string },
  ): Promise<void> {
    const parsed = TeamConfigSchema.safeParse({ server: input.server.trim(), db: input.db.trim() });
    if (!parsed.success) throw new PizhuError('INVALID_INPUT', `team: ${parsed.error.issues[0]?.message}`);
    const config = parsed.data;
    const analyst = await analystIn(this.settings, input.analystName);
    writeTeamConfig(store.path, config);
    if (input.username && input.password) await this.credentials.set(config.server, { username: input.username, password: input.password });
    this.warn(`team: ${store.path} joined ${withoutCredentials(config.server)} ${config.db} as ${analyst.name} (${analyst.id})`);
    await this.attach(store);
  }

  /** Stop replicating and forget the session's team; its spans stay, in the session and on the server. */
  async leave(store: SessionStore): Promise<void> {
    const config = this.running?.config;
    await this.stop();
    rmSync(join(store.path, 'team.json'), { force: true });
    if (config) await this.credentials.set(config.server, null);
    this.problem = null;
  }

  async retry(): Promise<void> {
    const store = this.running?.store;
    if (store) await this.attach(store);
  }

  /** Wait for every publish queued so far (and the checks after it). */
  async settled(): Promise<void> {
    await this.queue;
  }

  status(): TeamStatus {
    const run = this.running;
    const problems = [
      ...(this.problem ? [this.problem] : []),
      ...[this.push.error, this.pull.error].filter((e, i, all) => e && all.indexOf(e) === i).map((e) => serverProblem(e!)),
      ...(this.foreign ? [`${this.foreign} records from the server are not Pizhu records and were set aside`] : []),
      ...this.refusals.values(),
    ];
    return {
      joined: run !== null || this.problem !== null,
      server: run ? withoutCredentials(run.config.server) : null,
      db: run?.config.db ?? null,
      analyst: run?.analyst ?? this.settings.data.analyst,
      state: this.state(),
      pending: this.pending,
      conflicts: this.conflicts.size,
      lastSyncedAt: this.lastSyncedAt,
      problems: [...new Set(problems)].slice(0, MAX_PROBLEMS),
      documentsFromTeam: this.documentsFromTeam,
      spansFromTeam: this.spansFromTeam,
      tagsFromTeam: this.tagsFromTeam,
    };
  }

  /** The other analysts' layers of a document, each span checked against the text it claims to quote. */
  async layers(docHash: string, offsets: OffsetMap): Promise<TeamLayer[]> {
    const run = this.running;
    if (!run) return [];
    const index = await this.caughtUp(run);
    const spans = await index.spans(docHash);
    const byAnalyst = new Map<string, TeamLayer>();
    for (const span of spans) {
      if (span.annotator.id === run.analyst.id) continue;
      if (span.end > offsets.length || offsets.slice(span.start, span.end) !== span.quote) continue;
      let layer = byAnalyst.get(span.annotator.id);
      if (!layer) {
        layer = { analyst: span.annotator, color: analystColor(span.annotator.id), spans: [], relations: [] };
        byAnalyst.set(span.annotator.id, layer);
      }
      layer.spans.push({ id: span.spanId, start: span.start, end: span.end, tag: span.tag, quote: span.quote, note: span.note });
    }
    const layers = [...byAnalyst.values()].sort(
      (a, b) => a.analyst.name.localeCompare(b.analyst.name) || a.analyst.id.localeCompare(b.analyst.id),
    );
    for (const layer of layers) layer.spans.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const relation of await index.relations(docHash)) {
      if (relation.annotator.id === run.analyst.id) continue;
      const layer = byAnalyst.get(relation.annotator.id);
      const missing = [relation.from, relation.to].find((end) => !layer?.spans.some((span) => span.id === end));
      // Its spans may still be on their way: the refusal goes when they have come.
      const key = `pull:${relation._id}`;
      if (missing) {
        this.refuse(key, `${relation._id} from the server was set aside: ${relationEndsProblem(relation, missing)}`);
        continue;
      }
      this.refusals.delete(key);
      const { relationId: id, relationType: type, from, to, note } = relation;
      layer!.relations!.push({ id, type, from, to, note });
    }
    return layers;
  }

  /** The replica the running team keeps open for `store`, or null: LevelDB takes one opener at a time, so readers of that session's replica go through it. */
  replicaOf(store: SessionStore): TeamReplica | null {
    return this.running?.store === store ? this.running.replica : null;
  }

  /** The replica of the running team, for its conflicts. */
  requireRunning(): Running {
    if (!this.running) throw new PizhuError('NOT_FOUND', 'this session is not replicating with a team (join one in the Team dialog)');
    return this.running;
  }

  /** After a conflict was resolved: recount the record (the layer index reads the resolution from the replica's changes). */
  async recheck(id: string): Promise<void> {
    const run = this.requireRunning();
    if ((await run.replica.conflicted([id])).length) this.conflicts.add(id);
    else this.conflicts.delete(id);
  }

  /** The layer index of the running team, with every change the replica holds now read into it. */
  private async caughtUp(run: Running): Promise<LayerIndex> {
    const index = this.index;
    if (!index || this.running !== run) throw new PizhuError('NOT_FOUND', 'team: the session stopped replicating');
    const opened = await index;
    await opened.catchUp();
    return opened;
  }

  private state(): TeamState {
    if (!this.running || !this.background) return this.problem ? 'error' : 'offline';
    const errors = [this.push.error, this.pull.error].filter((e) => e !== null);
    if (errors.some((e) => e!.status === 401 || e!.status === 403)) return 'error';
    if (errors.length) return 'offline';
    if (this.push.active || this.pull.active || this.pending > 0) return 'syncing';
    return 'connected';
  }

  private refuse(key: string, message: string): void {
    if (this.refusals.has(key) || this.refusals.size < MAX_PROBLEMS) this.refusals.set(key, message);
  }

  private enqueue(work: (run: Running) => Promise<void>): void {
    const run = this.running;
    if (!run) return;
    this.queue = this.queue
      .then(() => work(run))
      .catch((error: unknown) => {
        // The journal holds the change: the next open publishes it again.
        if (this.running === run) this.problem = `team replica: ${(error as Error).message}`;
      });
  }

  private async start(store: SessionStore, config: TeamConfig): Promise<void> {
    const analyst = this.settings.data.analyst;
    if (!analyst) throw new PizhuError('INVALID_INPUT', 'team: no analyst is named yet: join again in the Team dialog with your name');
    const replica = openReplica(this.dataDir, config);
    const source = layerSource(store);
    const run: Running = {
      store,
      config,
      analyst,
      replica,
      source,
      unsubscribe: () => undefined,
      live: null,
      tags: structuredClone(store.tags()),
      relationTypes: structuredClone(store.relationTypes()),
      merging: false,
      published: { written: 0, deleted: 0 },
    };
    this.running = run;
    this.push = { active: true, error: null };
    this.pull = { active: true, error: null };
    this.pending = 0;
    this.conflicts.clear();
    this.index = layerIndexOf(replica);
    // Whoever reads the layers sees a failure to open it; until then it is no unhandled rejection.
    this.index.catch(() => undefined);
    this.documentsFromTeam = 0;
    this.spansFromTeam = 0;
    this.tagsFromTeam = 0;
    this.refusals.clear();
    run.unsubscribe = store.onChange((change) => this.published(run, change));
    this.enqueue(async () => {
      run.published = await replica.publish(ownLayer(store, analyst, source, await texts(store)));
      this.pending += run.published.written;
      this.pending += await replica.publishTags(store.tags(), true);
      this.pending += await replica.publishRelationTypes(store.relationTypes(), true);
    });
    this.adopt(run);
    this.merge(run, async () => [...(await replica.spanIdsOf(analyst.id)), ...(await replica.relationIdsOf(analyst.id))]);
    this.enqueue(async () => {
      for (const id of await this.torn(run)) this.conflicts.add(id);
      this.foreign = await replica.foreignRecords();
    });
    if (this.background) run.live = replica.live(databaseUrl(config), await this.credentials.get(config.server), this.listener(run));
  }

  /**
   * The records in conflict that are the user's to settle. Two analysts who import the same text each write its
   * record: the versions hold the same text (a record's id is its text's hash, checked on reading), so nothing is
   * lost by keeping the revision PouchDB picks on every replica alike, and the user is not asked about a title.
   */
  private async torn(run: Running, ids?: readonly string[]): Promise<string[]> {
    const torn: string[] = [];
    for (const id of await run.replica.conflicted(ids)) {
      if (!id.startsWith('doc:')) torn.push(id);
      else await run.replica.resolve(id, (await run.replica.revisions(id))[0]!.rev);
    }
    return torn;
  }

  /** Queue the publishing of one change the journal or index has just written. */
  private published(run: Running, change: StoreChange): void {
    const { store, analyst, replica, source } = run;
    if (run.merging) {
      run.tags = structuredClone(store.tags());
      run.relationTypes = structuredClone(store.relationTypes());
      return;
    }
    if (change.kind === 'spans') {
      const docHash = store.document(change.docId).hash;
      const put = change.change.put.filter((span) => isOwn(span, analyst)).map((span) => layerSpan(span, docHash));
      const remove = [...change.change.remove];
      const relations = change.change.relations;
      const relationsPut = (relations?.put ?? []).filter((r) => isOwn(r, analyst)).map((r) => layerRelation(r, docHash));
      const relationsRemoved = [...(relations?.remove ?? [])];
      this.enqueue(async () => {
        this.pending += await replica.publishSpans(analyst, source, docHash, put, remove);
        // After the spans, so that a teammate's replica gets a relation's ends no later than the relation.
        if (relationsPut.length || relationsRemoved.length) {
          this.pending += await replica.publishRelations(analyst, source, relationsPut, relationsRemoved);
        }
      });
    } else if (change.kind === 'documentRemoved') {
      this.remember(run, change.hash, true);
      const remove = [...change.spanIds];
      const relationsRemoved = [...change.relationIds];
      this.enqueue(async () => {
        this.pending += await replica.publishRelations(analyst, source, [], relationsRemoved);
        this.pending += await replica.publishSpans(analyst, source, '', [], remove);
      });
    } else if (change.kind === 'tags') {
      const { put, removed } = edited(run.tags, (run.tags = structuredClone(store.tags())));
      this.enqueue(async () => {
        this.pending += await replica.publishTags(put);
        this.pending += await replica.remove(removed.map((id) => `tag:${id}`));
      });
    } else if (change.kind === 'relationTypes') {
      const { put, removed } = edited(run.relationTypes, (run.relationTypes = structuredClone(store.relationTypes())));
      this.enqueue(async () => {
        this.pending += await replica.publishRelationTypes(put);
        this.pending += await replica.remove(removed.map((id) => relationTypeRecordId(id)));
      });
    } else {
      const added = [...change.added];
      for (const id of added) this.remember(run, store.document(id).hash, false);
      this.enqueue(async () => {
        for (const id of added) {
          const record = await store.readDocument(id);
          this.pending += await replica.publishDocument({ hash: record.hash, title: record.title, text: record.text });
        }
      });
    }
  }

  /** Keep (or forget) a document's deletion from the session, on disk before the next addition of teammates' documents. */
  private remember(run: Running, hash: string, removed: boolean): void {
    try {
      markRemoved(run.store.path, hash, removed);
      this.refusals.delete('removed');
    } catch (error) {
      this.refuse('removed', (error as Error).message);
    }
  }

  /**
   * Add to the session the documents among `ids` (all when none are named) that a teammate imported: each checked
   * (its text hashes to its id), none the session has (by hash), none the user deleted from it.
   */
  private adopt(run: Running, ids?: readonly string[]): void {
    this.adopting = this.adopting
      .then(async () => {
        if (this.running !== run) return;
        const { documents, refused } = await run.replica.documents(ids);
        for (const r of refused) this.refuse(`pull:${r.id}`, `${r.id} from the server was set aside: ${r.problem}`);
        const have = new Set(run.store.documents().map((entry) => entry.hash));
        const fresh = documents.filter((doc) => !have.has(doc.hash));
        if (fresh.length === 0) return;
        const skip = (hash: string) => this.running !== run || removedDocuments(run.store.path).has(hash);
        const { added, errors } = await this.adoptDocuments(run.store, fresh, skip);
        this.refusals.delete('documents');
        if (errors.length) this.refuse('documents', `a teammate's document could not be added: ${errors[0]}`);
        this.documentsFromTeam += added.length;
        const titles = new Map(run.store.documents().map((entry) => [entry.id, entry.title]));
        for (const id of added) this.warn(`team: added "${titles.get(id) ?? id}" (${id}), imported by a teammate`);
      })
      .catch((error: unknown) => {
        if (this.running === run) this.refuse('documents', `teammates' documents: ${(error as Error).message}`);
      });
  }

  /**
   * Merge into the session, after the documents being added, the records among those `ids` gives that the team
   * changed: the own spans from other machines, the tags and the relation types (see mergeFromTeam). Between
   * operations, once every change of the journal before it is in the replica, so that what it compares is current.
   */
  private merge(run: Running, ids: () => Promise<string[]>): void {
    const host = this.host;
    if (!host) return;
    this.adopting = this.adopting
      .then(async () => {
        // Read first, outside the operations' turn: on opening, the own layer may be tens of thousands of records,
        // and only those that differ from the session are read again in it.
        const maybe = (await run.replica.winners(await ids())).filter((winner) => mayChange(run.store, run.analyst, winner));
        if (maybe.length === 0) return;
        await host.between(run.store, async () => {
          if (this.running !== run) return;
          await this.queue;
          const winners = await run.replica.winners(maybe.map((winner) => winner.id));
          run.merging = true;
          try {
            const tags = await mergeTags(run.store, winners);
            const types = await mergeRelationTypes(run.store, winners);
            const spans = await mergeOwnSpans(run.store, host, run.analyst, winners);
            const relations = await mergeOwnRelations(run.store, run.analyst, winners);
            this.spansFromTeam += spans.changed + relations.changed;
            this.tagsFromTeam += tags.changed + types.changed;
            this.noted(winners, [spans, relations, tags, types]);
          } finally {
            run.merging = false;
          }
        });
      })
      .catch((error: unknown) => {
        if (this.running === run)
          this.refuse('merge', `the team's changes could not be merged into the session: ${(error as Error).message}`);
      });
  }

  /** Keep the problems of a merge in the status; a record merged since loses its old one. */
  private noted(winners: readonly { id: string }[], results: readonly Merged[]): void {
    for (const winner of winners) {
      this.refusals.delete(`merge:${winner.id}`);
      this.refusals.delete(winner.id);
    }
    for (const { problems } of results) for (const { key, message } of problems) this.refuse(key, message);
  }

  /**
   * One replication round with the server now, both ways, once the journal's changes are in the replica; resolves
   * when what it pulled has been added and merged into the session. For a host that does not replicate in the
   * background (the CLI); it must not be awaited inside an operation's turn, since the merge takes one.
   */
  async syncRound(): Promise<{ published: Running['published']; sent: number; received: number; refusedByServer: number }> {
    // Why the team did not start (no analyst named, a damaged team.json) says more than that it is not running.
    if (!this.running && this.problem) throw new PizhuError('NOT_FOUND', `team: ${this.problem}`);
    const run = this.requireRunning();
    await this.queue;
    const { pulled, ...round } = await run.replica.sync(databaseUrl(run.config), await this.credentials.get(run.config.server));
    this.pulled(run, pulled);
    await this.adopting;
    await this.queue;
    this.lastSyncedAt = new Date().toISOString();
    return { published: run.published, ...round };
  }

  /** What follows records pulled from the server: the index catches up, teammates' documents are added, the own records and the shared tags merged, conflicts counted. */
  private pulled(run: Running, ids: readonly string[]): void {
    void this.caughtUp(run).catch((error: unknown) => this.refuse('index', `team layer index: ${(error as Error).message}`));
    const documents = ids.filter((id) => id.startsWith('doc:'));
    if (documents.length) this.adopt(run, documents);
    const own = [`span:${run.analyst.id}:`, `rel:${run.analyst.id}:`, 'tag:', 'reltype:'];
    const merged = ids.filter((id) => own.some((prefix) => id.startsWith(prefix)));
    if (merged.length) this.merge(run, async () => merged);
    this.enqueue(async () => {
      // A conflict resolved elsewhere arrives as a change too: the record is counted afresh either way.
      const torn = new Set(await this.torn(run, ids));
      for (const id of ids) {
        if (torn.has(id)) this.conflicts.add(id);
        else this.conflicts.delete(id);
      }
    });
  }

  private listener(run: Running): Parameters<TeamReplica['live']>[2] {
    const side = (direction: 'push' | 'pull') => (direction === 'push' ? this.push : this.pull);
    const current = () => this.running === run;
    return {
      change: (direction, docs) => {
        if (!current()) return;
        const ids = docs.map((doc) => doc._id);
        if (direction === 'push') this.pending = Math.max(0, this.pending - ids.length);
        else this.pulled(run, ids);
      },
      paused: (direction, error) => {
        if (!current()) return;
        side(direction).active = false;
        side(direction).error = error ? { status: error.status, message: error.message } : null;
        if (!this.push.active && !this.pull.active && !this.push.error && !this.pull.error) {
          this.pending = 0;
          this.lastSyncedAt = new Date().toISOString();
        }
      },
      active: (direction) => {
        if (!current()) return;
        side(direction).active = true;
      },
      denied: (direction, id, reason) => {
        if (!current()) return;
        const what = direction === 'push' ? `the server refused ${id}` : `${id} could not be written here`;
        if (this.refusals.size < MAX_PROBLEMS) this.refusals.set(`${direction}:${id}`, `${what}: ${reason}`);
        if (direction === 'push') this.pending = Math.max(0, this.pending - 1);
      },
    };
  }

  private async stop(): Promise<void> {
    const run = this.running;
    if (!run) return;
    run.unsubscribe();
    run.live?.stop();
    await this.queue;
    this.running = null;
    const index = this.index;
    this.index = null;
    await index?.then((opened) => opened.close()).catch((error: unknown) => this.warn(`team layer index: ${(error as Error).message}`));
    await run.replica.close().catch((error: unknown) => this.warn(`team replica: ${(error as Error).message}`));
  }
}

/** The replica's layer index, beside it; one that cannot be opened is set aside and built again from the replica. */
async function layerIndexOf(replica: TeamReplica): Promise<LayerIndex> {
  const folder = `${replica.folder}.layers`;
  try {
    return await LayerIndex.open(folder, replica);
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return LayerIndex.open(folder, replica);
  }
}

/** What an edit of the tags (or relation types) changed against what was published: those put, and the ids removed. */
function edited<T extends { id: string }>(before: readonly T[], after: readonly T[]): { put: T[]; removed: string[] } {
  const old = new Map(before.map((item) => [item.id, JSON.stringify(sortKeys(item))]));
  return {
    put: after.filter((item) => old.get(item.id) !== JSON.stringify(sortKeys(item))),
    removed: [...old.keys()].filter((id) => !after.some((item) => item.id === id)),
  };
}

function serverProblem(error: { status?: number; message?: string }): string {
  if (error.status === 401 || error.status === 403) return `the team server refused the user name or password (${error.status})`;
  if (error.status === 404) return 'the team database is not on the server (team init creates it)';
  return `the team server cannot be reached (${error.message ?? 'no answer'}); working offline, retrying`;
}

async function texts(store: SessionStore): Promise<Layer['documents']> {
  const documents: Layer['documents'] = [];
  for (const entry of store.documents()) {
    const record = await store.readDocument(entry.id);
    documents.push({ hash: record.hash, title: record.title, text: record.text });
  }
  return documents;
}

/** The analyst's whole layer as the journal holds it now. */
function ownLayer(store: SessionStore, analyst: Analyst, source: string, documents: Layer['documents']): Layer {
  const spans: LayerSpan[] = [];
  for (const entry of store.documents()) {
    for (const span of store.annotations(entry.id)) if (isOwn(span, analyst)) spans.push(layerSpan(span, entry.hash));
  }
  const relations: LayerRelation[] = [];
  for (const entry of store.documents()) {
    for (const r of store.listRelations(entry.id)) if (isOwn(r, analyst)) relations.push(layerRelation(r, entry.hash));
  }
  return { analyst, documents, spans, tags: [], relations, source };
}
