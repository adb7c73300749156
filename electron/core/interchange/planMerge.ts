import { PizhuError } from '../../shared/errors';
import type { Annotation, Relation, RelationType, Tag } from '../../shared/model';
import { spanPieces } from '../../shared/fragments';
import type { Interchange, InterchangeDocument, InterchangeRelation } from './interchangeTypes';
import { paletteColor } from './tagPalette';

export interface MergeSession {
  tags: Tag[];
  documents: Array<{ id: string; hash: string }>;
  /** A span without an id is one an earlier file of the same preview brings. */
  annotations: Array<Pick<Annotation, 'docId' | 'start' | 'end' | 'tag' | 'fragments'> & { id?: string }>;
  relationTypes?: RelationType[];
  relations?: Array<Pick<Relation, 'type' | 'from' | 'to'>>;
}

/** One end of a planned relation: a span the import adds (its index in `newAnnotations`) or one the session has (its id). */
export type SpanRef = { index: number } | { id: string };

/** A relation to add; `docKey` as for spans. */
export type PlannedRelation = Omit<InterchangeRelation, 'from' | 'to'> & { from: SpanRef; to: SpanRef };

export interface MergePlan {
  /** Tags the session lacks, to be created before the spans. */
  newTags: Tag[];
  /** Documents whose text the session does not hold yet, once each. */
  newDocuments: InterchangeDocument[];
  /** Incoming document keys whose text the session already holds, with that document's id. */
  existingDocIdByKey: Record<string, string>;
  /** Spans to add; `docKey` is a key of `newDocuments` or of `existingDocIdByKey`. */
  newAnnotations: Interchange['annotations'];
  /** Incoming spans the session (or the file itself) already has. */
  duplicateAnnotations: number;
  /** Relation types the session lacks, to be created before the relations. */
  newRelationTypes: RelationType[];
  newRelations: PlannedRelation[];
  /** Incoming relations the session (or the file itself) already has. */
  duplicateRelations: number;
}

/** What makes two spans the same: document, tag and the stretches covered (a discontinuous span's each fragment). */
function spanKey(doc: string, span: Pick<Annotation, 'start' | 'end' | 'tag' | 'fragments'>): string {
  const pieces = spanPieces(span).map((p) => `${p.start}-${p.end}`);
  return `${doc}\u0000${pieces.join(',')}\u0000${span.tag}`;
}

/**
 * Plans what importing an annotation export into a session adds, without
 * changing either: documents are matched by text hash, spans deduplicated by
 * (document, stretches covered, tag), unknown tags become new tags (keeping
 * the file's colour and labels; a hotkey the session uses is dropped).
 * Relations link the spans they name, whether added or already in the
 * session, and are deduplicated by (type, from, to); unknown relation types
 * become new types.
 */
export function planMerge(session: MergeSession, incoming: Interchange): MergePlan {
  const tagIds = new Set(session.tags.map((t) => t.id));
  const hotkeys = new Set(session.tags.map((t) => t.hotkey).filter((k) => k !== null));
  const newTags: Tag[] = [];
  const addTag = (tag: Tag) => {
    if (tagIds.has(tag.id)) return;
    tagIds.add(tag.id);
    const hotkey = tag.hotkey !== null && !hotkeys.has(tag.hotkey) ? tag.hotkey : null;
    if (hotkey !== null) hotkeys.add(hotkey);
    newTags.push({ ...tag, hotkey });
  };
  incoming.tags.forEach(addTag);
  for (const a of incoming.annotations) {
    addTag({ id: a.tag, label: { zh: a.tag, en: a.tag }, color: paletteColor(session.tags.length + newTags.length), hotkey: null });
  }

  const sessionDocByHash = new Map(session.documents.map((d) => [d.hash, d.id]));
  const newKeyByHash = new Map<string, string>();
  /** Each incoming key's document: `id:<session id>` or `key:<canonical new key>`. */
  const target = new Map<string, string>();
  // Keyed by the file's own document keys: without a prototype, a key named "__proto__" is an entry like any other.
  const existingDocIdByKey = Object.create(null) as Record<string, string>;
  const newDocuments: InterchangeDocument[] = [];
  for (const doc of incoming.documents) {
    const existing = sessionDocByHash.get(doc.hash);
    if (existing !== undefined) {
      existingDocIdByKey[doc.key] = existing;
      target.set(doc.key, `id:${existing}`);
      continue;
    }
    const canonical = newKeyByHash.get(doc.hash);
    if (canonical === undefined) {
      newKeyByHash.set(doc.hash, doc.key);
      newDocuments.push(doc);
    }
    target.set(doc.key, `key:${canonical ?? doc.key}`);
  }

  const seen = new Map<string, SpanRef>(session.annotations.map((a) => [spanKey(`id:${a.docId}`, a), { id: a.id ?? '' }]));
  const newAnnotations: Interchange['annotations'] = [];
  /** Each incoming span, by its document's key and its own: the span it is in the session once the import is in. */
  const refOf = new Map<string, SpanRef>();
  let duplicateAnnotations = 0;
  for (const a of incoming.annotations) {
    const doc = target.get(a.docKey);
    if (doc === undefined)
      throw new PizhuError('INVALID_INPUT', `a span refers to document ${a.docKey}, which the import does not contain`);
    const key = spanKey(doc, a);
    const known = seen.get(key);
    if (known) {
      duplicateAnnotations++;
      if (a.key !== undefined) refOf.set(`${a.docKey}\u0000${a.key}`, known);
      continue;
    }
    const ref = { index: newAnnotations.length };
    seen.set(key, ref);
    if (a.key !== undefined) refOf.set(`${a.docKey}\u0000${a.key}`, ref);
    newAnnotations.push(doc.startsWith('key:') ? { ...a, docKey: doc.slice(4) } : a);
  }

  const sessionTypes = session.relationTypes ?? [];
  const typeIds = new Set(sessionTypes.map((t) => t.id));
  const newRelationTypes: RelationType[] = [];
  const addType = (type: RelationType) => {
    if (typeIds.has(type.id)) return;
    typeIds.add(type.id);
    newRelationTypes.push(type);
  };
  incoming.relationTypes.forEach(addType);
  const refKey = (ref: SpanRef) => ('id' in ref ? `id:${ref.id}` : `new:${ref.index}`);
  const seenRelations = new Set((session.relations ?? []).map((r) => `${r.type}\u0000id:${r.from}\u0000id:${r.to}`));
  const newRelations: PlannedRelation[] = [];
  let duplicateRelations = 0;
  for (const r of incoming.relations) {
    const from = refOf.get(`${r.docKey}\u0000${r.from}`);
    const to = refOf.get(`${r.docKey}\u0000${r.to}`);
    if (!from || !to)
      throw new PizhuError('INVALID_INPUT', `a relation links span ${from ? r.to : r.from}, which the import does not contain`);
    const key = `${r.type}\u0000${refKey(from)}\u0000${refKey(to)}`;
    if (seenRelations.has(key) || refKey(from) === refKey(to)) {
      duplicateRelations++;
      continue;
    }
    seenRelations.add(key);
    addType({ id: r.type, label: { zh: r.type, en: r.type }, color: paletteColor(sessionTypes.length + newRelationTypes.length) });
    const doc = target.get(r.docKey)!;
    newRelations.push({ ...r, docKey: doc.startsWith('key:') ? doc.slice(4) : r.docKey, from, to });
  }
  return {
    newTags,
    newDocuments,
    existingDocIdByKey,
    newAnnotations,
    duplicateAnnotations,
    newRelationTypes,
    newRelations,
    duplicateRelations,
  };
}
