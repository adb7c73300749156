import { z } from 'zod';
import { carriedOrigin } from './carriedOrigin';
import { OffsetMap } from '../../shared/codePoints';
import { HeadingSchema, RelationTypeSchema, TagSchema, type DocumentRecord } from '../../shared/model';
import { DocumentDateSchema } from '../../shared/structure/documentDate';
import { TargetValueSchema, type TargetValue } from '../../shared/values/valueSchema';
import { documentIri, W3C_DOCUMENTS_KEY, W3C_VALUE_FORMAT } from '../export/exportTypes';
import { badFile } from './badFile';
import { interchangeDocument } from './interchangeDocument';
import { matchTextSelectors, type QuoteSelector } from './matchTextSelectors';
import { NoticeTally } from './noticeTally';
import type { Interchange, InterchangeAnnotation } from './interchangeTypes';
import { emptyInterchange } from './interchangeTypes';
import { RelationTypeCollector } from './relationTypeCollector';
import { checkSpan } from './spanCheck';
import { fragmentProblem } from '../../shared/fragments';
import { TagCollector } from './tagCollector';

type Json = Record<string, unknown>;

const CarriedDocumentsSchema = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    text: z.string(),
    headings: z.array(HeadingSchema).default([]),
    date: DocumentDateSchema.nullable().optional(),
    region: z.unknown().optional(),
    issuer: z.unknown().optional(),
  }),
);

/** A target's value from the describing body Pizhu's export writes it in; undefined when there is none, or none that reads as one. */
function valueBody(bodies: Json[]): TargetValue | null | undefined {
  for (const b of bodies) {
    if (b.purpose !== 'describing' || b.format !== W3C_VALUE_FORMAT || typeof b.value !== 'string') continue;
    try {
      const parsed = TargetValueSchema.nullable().safeParse(JSON.parse(b.value));
      if (parsed.success) return parsed.data;
    } catch {
      // Another tool's JSON body is its own business: the value is parsed from the quote instead.
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(value: unknown): string[] {
  if (!isObject(value)) return [];
  const t = value.type ?? value['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Whether parsed JSON is a Web Annotation, a page or collection of them, or an array of annotations. */
export function isW3cAnnotations(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  const t = types(first);
  return t.includes('Annotation') || t.includes('AnnotationCollection') || t.includes('AnnotationPage');
}

/** The annotations of a collection (its embedded pages, followed by `next`), of a page, of an array, or a single one. */
function annotationsOf(name: string, value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const t = types(value);
  if (t.includes('Annotation')) return [value];
  if (t.includes('AnnotationPage')) return asArray((value as Json).items);
  const items: unknown[] = [];
  let page = (value as Json).first;
  while (page !== undefined) {
    if (!isObject(page)) throw badFile(name, 'the collection links to pages instead of embedding them');
    items.push(...asArray(page.items));
    page = page.next;
  }
  return items;
}

function bodyText(body: Json): string | null {
  if (typeof body.value === 'string') return body.value;
  return typeof body.chars === 'string' ? body.chars : null;
}

function quoteOf(selector: Json): QuoteSelector {
  return {
    exact: selector.exact as string,
    prefix: typeof selector.prefix === 'string' ? selector.prefix : '',
    suffix: typeof selector.suffix === 'string' ? selector.suffix : '',
  };
}

/** A document annotations can be matched to: one the file carries, or one of the session's. */
interface Candidate {
  key: string;
  title: string;
  hash: string;
  map: OffsetMap;
}

/** `pieces`: several targets that are not all pieces of one text, so no one span. */
type Unmatched = 'several' | 'nowhere' | 'unchecked' | 'pieces';
type Placed = { docKey: string; start: number; end: number } | { unmatched: Exclude<Unmatched, 'pieces'> };

const UNMATCHED_WORDING: Record<Unmatched, string> = {
  several: 'found in several places',
  nowhere: 'found nowhere',
  unchecked: 'without a quote to check their position',
  pieces: 'with several targets that are not pieces of one text',
};

/**
 * Reads W3C Web Annotations. Pizhu's own export carries its documents' texts
 * (`pizhu:documents`) and tags (`pizhu:tags`): an annotation pointing at one
 * of those documents must quote it exactly. An annotation from another tool
 * points at some URL instead: it is matched to a document of the session (or
 * of the file) by its selectors, and one that matches no single place is
 * reported, not imported. The tag comes from the tagging body, the note from
 * the commenting bodies.
 */
export async function readW3c(name: string, value: unknown, sessionDocuments: () => Promise<DocumentRecord[]>): Promise<Interchange> {
  const carriedValue = isObject(value) ? value[W3C_DOCUMENTS_KEY] : undefined;
  const carried = CarriedDocumentsSchema.safeParse(carriedValue ?? []);
  if (!carried.success) throw badFile(name, `its documents' texts ("${W3C_DOCUMENTS_KEY}") are not a list of {id, title, text}`);
  const collector = new TagCollector();
  const carriedTags = z.array(TagSchema).safeParse(isObject(value) ? value['pizhu:tags'] : undefined);
  if (carriedTags.success) carriedTags.data.forEach((t) => collector.adopt(t));

  const relationTypes = new RelationTypeCollector();
  const carriedTypes = z.array(RelationTypeSchema).safeParse(isObject(value) ? value['pizhu:relationTypes'] : undefined);
  if (carriedTypes.success) carriedTypes.data.forEach((t) => relationTypes.adopt(t));

  const result = emptyInterchange('w3c');
  const docs = new Map<string, Candidate>();
  for (const d of carried.data) {
    const read = interchangeDocument(name, 'w3c', d.id, d.title, d.text, d.headings);
    const doc = { ...(d.date === undefined ? read : { ...read, date: d.date }), ...carriedOrigin(d) };
    if (d.id.startsWith('urn:pizhu:doc:') && d.id !== documentIri(doc.hash))
      throw badFile(name, `the text of "${d.title}" does not match its id`);
    if (docs.has(d.id)) throw badFile(name, `document ${d.id} appears twice`);
    docs.set(d.id, { key: d.id, title: d.title, hash: doc.hash, map: new OffsetMap(d.text) });
    result.documents.push(doc);
  }

  let candidates: Candidate[] | null = null;
  const sessionRecords = new Map<string, DocumentRecord>();
  const allCandidates = async (): Promise<Candidate[]> => {
    if (candidates) return candidates;
    // One candidate per text: the same text twice would make every match look ambiguous.
    const seen = new Set([...docs.values()].map((d) => d.hash));
    const list = [...docs.values()];
    for (const r of await sessionDocuments()) {
      if (seen.has(r.hash)) continue;
      seen.add(r.hash);
      sessionRecords.set(r.id, r);
      list.push({ key: r.id, title: r.title, hash: r.hash, map: new OffsetMap(r.text) });
    }
    candidates = list;
    return list;
  };
  const unmatched: Record<Unmatched, string[]> = { several: [], nowhere: [], unchecked: [], pieces: [] };

  /** Where an annotation's selectors put it: exactly, in a document the file carries; by matching, anywhere else. */
  const place = async (label: string, source: string, selectors: Json[]): Promise<Placed> => {
    const position = selectors.find((s) => types(s).includes('TextPositionSelector'));
    const quote = selectors.find((s) => types(s).includes('TextQuoteSelector') && typeof s.exact === 'string');
    if (!position && !quote) throw badFile(name, `annotation ${label} has neither a text position nor a text quote selector`);
    const own = docs.get(source);
    if (own && position) {
      const exact = quote?.exact as string | undefined;
      return { docKey: own.key, ...checkSpan(name, `"${own.title}"`, own.map, position.start, position.end, exact) };
    }
    if (!quote) return { unmatched: 'unchecked' };
    const pool = own ? [own] : await allCandidates();
    const byIri = pool.filter((c) => documentIri(c.hash) === source);
    const at =
      position && typeof position.start === 'number' && typeof position.end === 'number'
        ? { start: position.start, end: position.end }
        : null;
    const match = matchTextSelectors(byIri.length ? byIri : pool, at, quoteOf(quote));
    return 'unmatched' in match ? match : { docKey: match.doc.key, start: match.start, end: match.end };
  };

  const items = annotationsOf(name, value);
  const byIri = new Map<string, InterchangeAnnotation>();
  const links: Array<{ label: string; item: Json; targets: unknown[] }> = [];
  for (const [i, item] of items.entries()) {
    if (!isObject(item) || !types(item).includes('Annotation')) throw badFile(name, `item ${i + 1} is not an Annotation`);
    const label = typeof item.id === 'string' ? item.id : `item ${i + 1}`;
    const targets = asArray(item.target);
    if (asArray(item.motivation).includes('linking')) {
      links.push({ label, item, targets });
      continue;
    }
    const [first, ...more] = targets;
    if (!isObject(first) || typeof first.source !== 'string') throw badFile(name, `annotation ${label} has no target with a source`);

    const placed = await place(label, first.source, asArray(first.selector).filter(isObject));
    if ('unmatched' in placed) {
      unmatched[placed.unmatched].push(label);
      continue;
    }
    // Further targets are the other fragments of a discontinuous span: each in the same text.
    const pieces = [{ start: placed.start, end: placed.end }];
    for (const target of more) {
      if (!isObject(target) || target.source !== first.source) break;
      const next = await place(label, first.source, asArray(target.selector).filter(isObject));
      if ('unmatched' in next || next.docKey !== placed.docKey) break;
      pieces.push({ start: next.start, end: next.end });
    }
    if (pieces.length !== targets.length) {
      unmatched.pieces.push(label);
      continue;
    }
    const length = docs.get(placed.docKey)?.map.length ?? Infinity;
    const fragments = pieces.length > 1 && !fragmentProblem(pieces, length) ? pieces : null;

    const bodies = asArray(item.body).filter(isObject);
    const tagging =
      bodies.find((b) => b.purpose === 'tagging' && bodyText(b)) ?? bodies.find((b) => b.purpose === undefined && bodyText(b));
    const tagName = tagging ? bodyText(tagging) : typeof item.bodyValue === 'string' ? item.bodyValue : null;
    if (!tagName) throw badFile(name, `annotation ${label} has no tagging body`);
    const note = bodies
      .filter((b) => b.purpose === 'commenting')
      .map(bodyText)
      .filter((t): t is string => t !== null)
      .join('\n');
    const targetValue = valueBody(bodies);
    const span: InterchangeAnnotation = {
      docKey: placed.docKey,
      start: placed.start,
      end: fragments ? fragments[fragments.length - 1]!.end : placed.end,
      tag: collector.idFor(tagName),
      note,
      ...(targetValue !== undefined && { value: targetValue }),
      ...(typeof item.created === 'string' ? { created: item.created } : {}),
      ...(typeof item.modified === 'string' ? { modified: item.modified } : {}),
      ...(fragments && { fragments }),
      ...(typeof item.id === 'string' && { key: item.id }),
    };
    if (typeof item.id === 'string') {
      if (byIri.has(item.id)) throw badFile(name, `annotation ${item.id} appears twice`);
      byIri.set(item.id, span);
    }
    result.annotations.push(span);
  }

  const relationNotices: string[] = [];
  for (const { label, item, targets } of links) {
    const ends = targets.map((t) => byIri.get(typeof t === 'string' ? t : isObject(t) && typeof t.id === 'string' ? t.id : ''));
    const [from, to] = ends;
    const bodies = asArray(item.body).filter(isObject);
    const tagging =
      bodies.find((b) => b.purpose === 'tagging' && bodyText(b)) ?? bodies.find((b) => b.purpose === undefined && bodyText(b));
    const type = tagging ? bodyText(tagging) : typeof item.bodyValue === 'string' ? item.bodyValue : null;
    if (ends.length !== 2 || !from || !to || from === to || from.docKey !== to.docKey || !type) {
      relationNotices.push(label);
      continue;
    }
    result.relations.push({
      docKey: from.docKey,
      type: relationTypes.idFor(type),
      from: from.key!,
      to: to.key!,
      note: bodies
        .filter((b) => b.purpose === 'commenting')
        .map(bodyText)
        .filter((t): t is string => t !== null)
        .join('\n'),
      ...(typeof item.created === 'string' ? { created: item.created } : {}),
      ...(typeof item.modified === 'string' ? { modified: item.modified } : {}),
    });
  }

  // The session's documents the annotations landed in come along, so that the merge finds them by their hash.
  const used = new Set(result.annotations.map((a) => a.docKey));
  for (const { id, ...record } of sessionRecords.values()) if (used.has(id)) result.documents.push({ ...record, key: id });

  const notices = new NoticeTally();
  const groups = (Object.keys(UNMATCHED_WORDING) as Unmatched[]).filter((k) => unmatched[k].length);
  notices.put(
    'unmatched-annotations',
    groups.reduce((n, k) => n + unmatched[k].length, 0),
    groups.map((k) => `${UNMATCHED_WORDING[k]}: ${unmatched[k].join(', ')}`).join('; '),
  );
  notices.put(
    'relations',
    relationNotices.length,
    `linking annotations that do not link two annotated spans of one text: ${relationNotices.join(', ')}`,
  );
  result.tags = collector.tags();
  result.labelledTags = collector.labelledTags();
  result.relationTypes = relationTypes.types();
  result.notices = notices.notices();
  return result;
}
