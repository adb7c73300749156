import leveldown from 'leveldown';
import levelup, { type LevelUp, type Operation } from 'levelup';
import type { TeamReplica } from './TeamReplica';
import { TeamRelationSchema, TeamSpanSchema, type TeamRelation, type TeamSpan } from './teamRecords';

/** How many of the replica's changes are read and indexed at a time: big enough to be cheap, small enough to stay light. */
const BATCH = 2000;
const STATE = 'state';
const recordKey = (docHash: string, id: string): string => `r!${docHash}!${id}`;
const whereKey = (id: string): string => `w!${id}`;

/** Where the index stands: the replica it follows (a replica made again starts it over) and the last change it has read. */
interface State {
  replica: string;
  seq: number;
}

/**
 * The replica's span and relation records by document, in a LevelDB of its own beside the replica and kept up from
 * the replica's changes feed: each change read is checked again (zod) and written with the sequence it was read up
 * to, in one batch, so that the index is never ahead of or behind what it says. Opening a document reads its
 * records alone; reopening the app reads only the changes since; a million spans are never held in memory.
 */
export class LayerIndex {
  private state: State;
  /** The last catch-up asked for; they run one at a time. */
  private tail: Promise<number> = Promise.resolve(0);
  /** A catch-up that has not started reading yet: whoever asks meanwhile shares it. */
  private waiting: Promise<number> | null = null;

  private constructor(
    private readonly db: LevelUp,
    private readonly replica: TeamReplica,
    state: State,
  ) {
    this.state = state;
  }

  static async open(folder: string, replica: TeamReplica): Promise<LayerIndex> {
    const db = levelup(leveldown(folder));
    const id = await replica.identity();
    let state: State | null = null;
    try {
      state = JSON.parse(await db.get(STATE, { asBuffer: false })) as State;
    } catch (error) {
      if (!(error as { notFound?: boolean }).notFound) throw error;
    }
    if (!state || state.replica !== id || !Number.isInteger(state.seq)) {
      await db.clear();
      state = { replica: id, seq: 0 };
      await db.batch([{ type: 'put', key: STATE, value: JSON.stringify(state) }]);
    }
    return new LayerIndex(db, replica, state);
  }

  /** Read the replica's changes since the last one indexed, up to its end. How many records it took in or dropped. */
  catchUp(): Promise<number> {
    if (this.waiting) return this.waiting;
    const next = this.tail
      .catch(() => 0)
      .then(() => {
        this.waiting = null;
        return this.readChanges();
      });
    this.waiting = next;
    this.tail = next;
    return next;
  }

  /** The index's span records of a document (checked as they came; their quotes are the reader's to check against its text). */
  spans(docHash: string): Promise<TeamSpan[]> {
    return this.read(docHash, 'span:') as Promise<TeamSpan[]>;
  }

  relations(docHash: string): Promise<TeamRelation[]> {
    return this.read(docHash, 'rel:') as Promise<TeamRelation[]>;
  }

  get seq(): number {
    return this.state.seq;
  }

  async close(): Promise<void> {
    await this.tail.catch(() => undefined);
    await this.db.close();
  }

  private async readChanges(): Promise<number> {
    let taken = 0;
    for (;;) {
      const { results, last_seq } = await this.replica.changesSince(this.state.seq, BATCH);
      if (results.length === 0) return taken;
      const ops: Operation[] = [];
      const where = await Promise.all(results.map((change) => this.where(change.id)));
      results.forEach((change, i) => {
        const kind = change.id.startsWith('span:') ? TeamSpanSchema : change.id.startsWith('rel:') ? TeamRelationSchema : null;
        if (!kind) return;
        const old = where[i] ?? null;
        if (old !== null) ops.push({ type: 'del', key: recordKey(old, change.id) }, { type: 'del', key: whereKey(change.id) });
        const parsed = change.deleted || !change.doc ? null : kind.safeParse(change.doc);
        if (parsed?.success) {
          const { _rev, ...record } = parsed.data;
          void _rev;
          ops.push(
            { type: 'put', key: recordKey(record.docHash, change.id), value: JSON.stringify(record) },
            { type: 'put', key: whereKey(change.id), value: record.docHash },
          );
        }
        taken++;
      });
      const state = { replica: this.state.replica, seq: last_seq };
      ops.push({ type: 'put', key: STATE, value: JSON.stringify(state) });
      await this.db.batch(ops);
      this.state = state;
    }
  }

  private async where(id: string): Promise<string | null> {
    if (!id.startsWith('span:') && !id.startsWith('rel:')) return null;
    try {
      return await this.db.get(whereKey(id), { asBuffer: false });
    } catch (error) {
      if ((error as { notFound?: boolean }).notFound) return null;
      throw error;
    }
  }

  private read(docHash: string, prefix: string): Promise<unknown[]> {
    const from = recordKey(docHash, prefix);
    return new Promise((resolve, reject) => {
      const out: unknown[] = [];
      this.db
        .createValueStream({ gte: from, lt: `${from}\uffff`, asBuffer: false })
        .on('data', (value: string) => out.push(JSON.parse(value)))
        .on('error', reject)
        .on('end', () => resolve(out));
    });
  }
}
