import { OffsetMap } from '../../shared/codePoints';
import type { Analyst, Annotation, Relation, RelationType, Tag } from '../../shared/model';
import type { SessionStore } from '../store/SessionStore';
import { sortKeys } from './TeamReplica';
import { TeamRelationSchema, TeamRelationTypeSchema, TeamSpanSchema, TeamTagSchema } from './teamRecords';

/** What the team service needs of the core to merge pulled records into the open session. */
export interface TeamHost {
  /** Run `work` between operations, only while `store` is still the open session (null when it no longer is). */
  between<T>(store: SessionStore, work: () => Promise<T>): Promise<T | null>;
  /** A span with its section (and a target's value) read from its document, as the core gives every new span. */
  withFields(docId: string, span: Annotation): Promise<Annotation>;
}

/** A pulled record as the replica holds it now: its body, null once deleted, and whether it waits for a choice. */
export interface Winner {
  id: string;
  doc: Record<string, unknown> | null;
  conflicted: boolean;
}

/** What a merge changed in the session, and what it left alone and why, each under a key the status lists it by. */
export interface Merged {
  changed: number;
  problems: Array<{ key: string; message: string }>;
}

const fields = (a: Pick<Annotation, 'start' | 'end' | 'tag' | 'quote' | 'note'>) => `${a.start}:${a.end}:${a.tag}:${a.note}:${a.quote}`;

/**
 * Whether merging a record could change the session: an own span it lacks, holds otherwise or holds while the record
 * is deleted; any tag or relation type (few). A cheap look before the merge proper, which looks again.
 */
export function mayChange(store: SessionStore, analyst: Analyst, winner: Winner): boolean {
  const prefix = `span:${analyst.id}:`;
  if (winner.id.startsWith(`rel:${analyst.id}:`)) return !winner.conflicted;
  if (!winner.id.startsWith(prefix)) return winner.id.startsWith('tag:') || winner.id.startsWith('reltype:');
  if (winner.conflicted) return false;
  const spanId = winner.id.slice(prefix.length);
  const held = store.documents().find((entry) => store.annotationOf(entry.id, spanId));
  if (winner.doc === null) return held !== undefined;
  const span = TeamSpanSchema.safeParse(winner.doc);
  if (!span.success) return false;
  const old = held && store.annotationOf(held.id, spanId);
  return !old || fields(old) !== fields(span.data);
}

/**
 * Bring into the session the analyst's own spans written on another machine (the same analyst id, another
 * session): a span the journal lacks is added, one it holds in another version takes the replica's (every change
 * of the journal is in the replica by then, so the replica's is the later one, or the one chosen in a conflict),
 * one deleted there is deleted here. A record in conflict is left for the user's choice (team.resolve), one whose
 * quote is not the session's text at its offsets is set aside, and one of a document the session lacks waits.
 */
export async function mergeOwnSpans(store: SessionStore, host: TeamHost, analyst: Analyst, winners: readonly Winner[]): Promise<Merged> {
  const prefix = `span:${analyst.id}:`;
  const byHash = new Map(store.documents().map((entry) => [entry.hash, entry.id]));
  const texts = new Map<string, OffsetMap>();
  const changes = new Map<string, { put: Annotation[]; remove: string[] }>();
  const change = (docId: string) => {
    let found = changes.get(docId);
    if (!found) changes.set(docId, (found = { put: [], remove: [] }));
    return found;
  };
  const problems: Merged['problems'] = [];
  for (const winner of winners) {
    if (!winner.id.startsWith(prefix) || winner.conflicted) continue;
    if (winner.doc === null) {
      const spanId = winner.id.slice(prefix.length);
      const holder = store.documents().find((entry) => {
        const held = store.annotationOf(entry.id, spanId);
        return held !== undefined && (held.annotator ?? analyst.id) === analyst.id;
      });
      if (holder) change(holder.id).remove.push(spanId);
      continue;
    }
    const parsed = TeamSpanSchema.safeParse(winner.doc);
    if (!parsed.success) continue;
    const span = parsed.data;
    const docId = byHash.get(span.docHash);
    if (docId === undefined) continue;
    let offsets = texts.get(docId);
    if (!offsets) texts.set(docId, (offsets = new OffsetMap((await store.readDocument(docId)).text)));
    if (span.end > offsets.length || offsets.slice(span.start, span.end) !== span.quote) {
      problems.push({
        key: `merge:${winner.id}`,
        message: `${winner.id} from the server was set aside: its quote is not the text at its offsets`,
      });
      continue;
    }
    const old = store.annotationOf(docId, span.spanId);
    if (old && fields(old) === fields(span)) continue;
    const { start, end, tag, quote, note, created, modified } = span;
    const merged: Annotation = {
      ...(old ?? {}),
      id: span.spanId,
      docId,
      start,
      end,
      tag,
      quote,
      note,
      created,
      modified,
      annotator: analyst.id,
    };
    change(docId).put.push(await host.withFields(docId, merged));
  }
  let changed = 0;
  for (const [docId, { put, remove }] of changes) {
    try {
      await store.applyAnnotations(docId, { put, remove });
      changed += put.length + remove.length;
    } catch (error) {
      problems.push({
        key: `merge:${docId}`,
        message: `spans of yours from another machine could not be merged into ${docId}: ${(error as Error).message}`,
      });
    }
  }
  return { changed, problems };
}

/**
 * Bring into the session the analyst's own relations written on another machine, as mergeOwnSpans does their
 * spans (after them, so that a relation finds its ends): one whose spans the session's document lacks waits.
 */
export async function mergeOwnRelations(store: SessionStore, analyst: Analyst, winners: readonly Winner[]): Promise<Merged> {
  const prefix = `rel:${analyst.id}:`;
  const byHash = new Map(store.documents().map((entry) => [entry.hash, entry.id]));
  const changes = new Map<string, { put: Relation[]; remove: string[] }>();
  const change = (docId: string) => {
    let found = changes.get(docId);
    if (!found) changes.set(docId, (found = { put: [], remove: [] }));
    return found;
  };
  const held = (docId: string, id: string) => store.listRelations(docId).find((r) => r.id === id);
  for (const winner of winners) {
    if (!winner.id.startsWith(prefix) || winner.conflicted) continue;
    const relationId = winner.id.slice(prefix.length);
    if (winner.doc === null) {
      const holder = store.documents().find((entry) => {
        const relation = held(entry.id, relationId);
        return relation !== undefined && (relation.annotator ?? analyst.id) === analyst.id;
      });
      if (holder) change(holder.id).remove.push(relationId);
      continue;
    }
    const parsed = TeamRelationSchema.safeParse(winner.doc);
    if (!parsed.success) continue;
    const r = parsed.data;
    const docId = byHash.get(r.docHash);
    if (docId === undefined || !store.annotationOf(docId, r.from) || !store.annotationOf(docId, r.to)) continue;
    const old = held(docId, relationId);
    if (old && old.type === r.relationType && old.from === r.from && old.to === r.to && old.note === r.note) continue;
    const { from, to, note, created, modified } = r;
    change(docId).put.push({ id: relationId, docId, type: r.relationType, from, to, note, created, modified, annotator: analyst.id });
  }
  const problems: Merged['problems'] = [];
  let changed = 0;
  for (const [docId, { put, remove }] of changes) {
    try {
      await store.applyAnnotations(docId, { put: [], remove: [], relations: { put, remove } });
      changed += put.length + remove.length;
    } catch (error) {
      problems.push({
        key: `merge:${docId}:relations`,
        message: `relations of yours from another machine could not be merged into ${docId}: ${(error as Error).message}`,
      });
    }
  }
  return { changed, problems };
}

/** How one of the team's shared lists (the tags, the relation types) is read from its records and kept in the session. */
interface SharedList<T extends { id: string }> {
  /** The records' id prefix: `tag:`, `reltype:`. */
  prefix: string;
  current: readonly T[];
  /** The item a record holds, or null when it is no such record. */
  read(doc: Record<string, unknown>): T | null;
  /** How many spans or relations of the session still have the item. */
  inUse(id: string): number;
  /** Why an item a teammate deleted stays, `using` things here still having it. */
  kept(id: string, using: number): string;
  /** The item of record `id` as this session takes it, beside the others it keeps (`at`: where it is, or -1): by default as it came. */
  fit?(item: T, list: readonly T[], at: number, id: string): T;
  save(list: T[]): Promise<void>;
}

/**
 * Apply a teammate's edits of a shared list: an item added or changed there is added or changed here, one deleted
 * there is deleted here unless the session still uses it (then it stays, and the status says so). A record in
 * conflict waits for the user's choice.
 */
async function mergeShared<T extends { id: string }>(winners: readonly Winner[], shared: SharedList<T>): Promise<Merged> {
  const list = [...shared.current];
  const problems: Merged['problems'] = [];
  let changed = 0;
  for (const winner of winners) {
    if (!winner.id.startsWith(shared.prefix) || winner.conflicted) continue;
    const id = winner.id.slice(shared.prefix.length);
    const at = list.findIndex((item) => item.id === id);
    if (winner.doc === null) {
      if (at < 0) continue;
      const using = shared.inUse(id);
      if (using > 0) {
        problems.push({ key: winner.id, message: shared.kept(id, using) });
        continue;
      }
      list.splice(at, 1);
      changed++;
      continue;
    }
    const read = shared.read(winner.doc);
    if (read === null) continue;
    const item = shared.fit ? shared.fit(read, list, at, id) : read;
    if (at >= 0 && sameJson(list[at], item)) continue;
    if (at >= 0) list[at] = item;
    else list.push(item);
    changed++;
  }
  if (changed) await shared.save(list);
  return { changed, problems };
}

/** Apply a teammate's edits of the tag set, as mergeShared says; a hotkey another tag of the session has is not taken. */
export function mergeTags(store: SessionStore, winners: readonly Winner[]): Promise<Merged> {
  return mergeShared<Tag>(winners, {
    prefix: 'tag:',
    current: store.tags(),
    read: (doc) => {
      const parsed = TeamTagSchema.safeParse(doc);
      return parsed.success ? parsed.data.tag : null;
    },
    inUse: (id) => store.documents().reduce((n, entry) => n + store.annotations(entry.id).filter((a) => a.tag === id).length, 0),
    kept: (id, using) =>
      `a teammate deleted the tag ${id}; ${using} spans here still have it, so it stays (delete it in the tag editor to follow)`,
    fit: (tag, tags, at, id) =>
      tag.hotkey !== null && tags.some((other) => other.id !== id && other.hotkey === tag.hotkey)
        ? { ...tag, hotkey: at >= 0 ? tags[at]!.hotkey : null }
        : tag,
    save: (tags) => store.setTags(tags),
  });
}

/** Apply a teammate's edits of the relation types, as mergeShared says (a type stays while relations have it). */
export function mergeRelationTypes(store: SessionStore, winners: readonly Winner[]): Promise<Merged> {
  return mergeShared<RelationType>(winners, {
    prefix: 'reltype:',
    current: store.relationTypes(),
    read: (doc) => {
      const parsed = TeamRelationTypeSchema.safeParse(doc);
      return parsed.success ? parsed.data.relationType : null;
    },
    inUse: (id) => store.documents().reduce((n, entry) => n + store.listRelations(entry.id).filter((r) => r.type === id).length, 0),
    kept: (id, using) => `a teammate deleted the relation type ${id}; ${using} relations here still have it, so it stays`,
    save: (types) => store.setRelationTypes(types),
  });
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
