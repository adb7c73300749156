import PouchDB from 'pouchdb';
import type { Analyst, Tag } from '../../shared/model';
import { PizhuError } from '../../shared/errors';
import {
  documentRecordId,
  spanRecordId,
  TeamDocumentSchema,
  TeamSpanSchema,
  TeamTagSchema,
  type TeamDocument,
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
}

/** What the replica holds that passed the checks, and what did not, by record id and reason. */
export interface ReplicaContents {
  documents: TeamDocument[];
  spans: TeamSpan[];
  tags: TeamTag[];
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
  private constructor(private readonly db: PouchDB) {}

  static open(folder: string): TeamReplica {
    return new TeamReplica(new PouchDB(folder));
  }

  /** Write the analyst's layer into the replica: new and changed records, and deletions of their spans now gone. */
  async publish(layer: Layer): Promise<{ written: number; deleted: number }> {
    const wanted = new Map<string, Record<string, unknown>>();
    for (const doc of layer.documents) {
      wanted.set(documentRecordId(doc.hash), { type: 'document', hash: doc.hash, title: doc.title, text: doc.text });
    }
    for (const tag of layer.tags) wanted.set(`tag:${tag.id}`, { type: 'tag', tag });
    for (const span of layer.spans) {
      const { id, ...fields } = span;
      wanted.set(spanRecordId(layer.analyst.id, id), { type: 'span', annotator: layer.analyst, spanId: id, ...fields });
    }
    const mine = await this.db.allDocs({ startkey: `span:${layer.analyst.id}:`, endkey: `span:${layer.analyst.id}:\uffff` });
    const existing = await this.db.allDocs({ keys: [...wanted.keys()], include_docs: true });
    const current = new Map<string, Stored>();
    for (const row of existing.rows) if (row.doc) current.set(row.id, row.doc);

    const writes: Array<Record<string, unknown>> = [];
    for (const [id, body] of wanted) {
      const old = current.get(id);
      // A document's text and title are the first importer's; a tag is the session's own and follows its last edit.
      if (old && (old.type === 'document' || sameBody(old, body))) continue;
      writes.push({ _id: id, ...(old ? { _rev: old._rev } : {}), ...body });
    }
    const gone = mine.rows.filter((row) => !wanted.has(row.id));
    for (const row of gone) writes.push({ _id: row.id, _rev: row.value.rev, _deleted: true });
    if (writes.length === 0) return { written: 0, deleted: 0 };
    const results = await this.db.bulkDocs(writes);
    const failed = results.find((result) => result.error);
    if (failed) throw new PizhuError('INTERNAL', `team replica: ${failed.id}: ${failed.message}`);
    return { written: writes.length - gone.length, deleted: gone.length };
  }

  /** One replication round both ways with the server; how many records went each way. */
  async sync(
    url: string,
    auth?: { username: string; password: string },
  ): Promise<{ sent: number; received: number; refusedByServer: number }> {
    const remote = new PouchDB(url, { skip_setup: true, ...(auth ? { auth } : {}) });
    try {
      const push = await this.db.replicate.to(remote);
      const pull = await this.db.replicate.from(remote);
      return { sent: push.docs_written, received: pull.docs_written, refusedByServer: push.doc_write_failures };
    } catch (error) {
      throw new PizhuError('INTERNAL', `team server ${withoutCredentials(url)}: ${(error as Error).message}`);
    } finally {
      await remote.close();
    }
  }

  async contents(): Promise<ReplicaContents> {
    const all = await this.db.allDocs({ include_docs: true, conflicts: true });
    const out: ReplicaContents = { documents: [], spans: [], tags: [], refused: [], conflicts: [] };
    const candidates: TeamSpan[] = [];
    for (const row of all.rows) {
      const doc = row.doc as (Stored & { _conflicts?: string[] }) | undefined;
      if (!doc || row.id.startsWith('_design/')) continue;
      if (doc._conflicts?.length) out.conflicts.push(row.id);
      const schema =
        doc.type === 'document' ? TeamDocumentSchema : doc.type === 'span' ? TeamSpanSchema : doc.type === 'tag' ? TeamTagSchema : null;
      const parsed = schema?.safeParse(doc);
      if (!parsed?.success) {
        out.refused.push({
          id: row.id,
          problem: parsed ? (parsed.error.issues[0]?.message ?? 'not a Pizhu record') : 'not a Pizhu record',
        });
      } else if (doc.type === 'document') out.documents.push(parsed.data as TeamDocument);
      else if (doc.type === 'tag') out.tags.push(parsed.data as TeamTag);
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
    return out;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

function sameBody(old: Stored, body: Record<string, unknown>): boolean {
  const { _id, _rev, ...rest } = old as Record<string, unknown>;
  void _id;
  void _rev;
  return JSON.stringify(sortKeys(rest)) === JSON.stringify(sortKeys(body));
}

function sortKeys(value: unknown): unknown {
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
