import { PizhuError } from '../../shared/errors';
import type { Annotation, Tag } from '../../shared/model';
import type { Interchange, InterchangeDocument } from './interchangeTypes';
import { paletteColor } from './tagPalette';

export interface MergeSession {
  tags: Tag[];
  documents: Array<{ id: string; hash: string }>;
  annotations: Array<Pick<Annotation, 'docId' | 'start' | 'end' | 'tag'>>;
}

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
}

function spanKey(doc: string, start: number, end: number, tag: string): string {
  return `${doc}\u0000${start}\u0000${end}\u0000${tag}`;
}

/**
 * Plans what importing an annotation export into a session adds, without
 * changing either: documents are matched by text hash, spans deduplicated by
 * (document, start, end, tag), unknown tags become new tags (keeping the
 * file's colour and labels; a hotkey the session uses is dropped).
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

  const seen = new Set(session.annotations.map((a) => spanKey(`id:${a.docId}`, a.start, a.end, a.tag)));
  const newAnnotations: Interchange['annotations'] = [];
  let duplicateAnnotations = 0;
  for (const a of incoming.annotations) {
    const doc = target.get(a.docKey);
    if (doc === undefined)
      throw new PizhuError('INVALID_INPUT', `a span refers to document ${a.docKey}, which the import does not contain`);
    const key = spanKey(doc, a.start, a.end, a.tag);
    if (seen.has(key)) {
      duplicateAnnotations++;
      continue;
    }
    seen.add(key);
    newAnnotations.push(doc.startsWith('key:') ? { ...a, docKey: doc.slice(4) } : a);
  }
  return { newTags, newDocuments, existingDocIdByKey, newAnnotations, duplicateAnnotations };
}
