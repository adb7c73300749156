import { z } from 'zod';
import { OffsetMap } from '../../shared/codePoints';
import { HeadingSchema, TagSchema } from '../../shared/model';
import { documentIri, W3C_DOCUMENTS_KEY } from '../export/exportTypes';
import { badFile } from './badFile';
import { interchangeDocument } from './interchangeDocument';
import type { Interchange } from './readInterchange';
import { checkSpan } from './spanCheck';
import { TagCollector } from './tagCollector';

type Json = Record<string, unknown>;

const CarriedDocumentsSchema = z.array(
  z.object({ id: z.string(), title: z.string(), text: z.string(), headings: z.array(HeadingSchema).default([]) }),
);

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

/** Finds a quote with no position selector: first where its prefix and suffix match too, else its first occurrence. */
function locateQuote(map: OffsetMap, quote: Json): number | null {
  const exact = quote.exact as string;
  const prefix = typeof quote.prefix === 'string' ? quote.prefix : '';
  const suffix = typeof quote.suffix === 'string' ? quote.suffix : '';
  const withContext = map.text.indexOf(prefix + exact + suffix);
  if (withContext >= 0) return map.toCodePoint(withContext + prefix.length);
  const bare = map.text.indexOf(exact);
  return bare >= 0 ? map.toCodePoint(bare) : null;
}

/**
 * Reads W3C Web Annotations as Pizhu's W3C export writes them: documents
 * from the collection's `pizhu:documents`, each annotation's tag from its
 * tagging body, note from its commenting bodies, and its span from the
 * TextPositionSelector, checked against the TextQuoteSelector.
 */
export function readW3c(name: string, value: unknown): Interchange {
  const carried = CarriedDocumentsSchema.safeParse(isObject(value) ? value[W3C_DOCUMENTS_KEY] : undefined);
  if (!carried.success) {
    throw badFile(name, `the annotations come without their documents' texts ("${W3C_DOCUMENTS_KEY}"), so there is nothing to attach them to`);
  }
  const collector = new TagCollector();
  const carriedTags = z.array(TagSchema).safeParse((value as Json)['pizhu:tags']);
  if (carriedTags.success) carriedTags.data.forEach((t) => collector.adopt(t));

  const result: Interchange = { kind: 'w3c', tags: [], documents: [], annotations: [] };
  const docs = new Map<string, { key: string; title: string; map: OffsetMap }>();
  for (const d of carried.data) {
    const doc = interchangeDocument(name, 'w3c', d.id, d.title, d.text, d.headings);
    if (d.id.startsWith('urn:pizhu:doc:') && d.id !== documentIri(doc.hash)) throw badFile(name, `the text of "${d.title}" does not match its id`);
    if (docs.has(d.id)) throw badFile(name, `document ${d.id} appears twice`);
    docs.set(d.id, { key: d.id, title: d.title, map: new OffsetMap(d.text) });
    result.documents.push(doc);
  }

  annotationsOf(name, value).forEach((item, i) => {
    if (!isObject(item) || !types(item).includes('Annotation')) throw badFile(name, `item ${i + 1} is not an Annotation`);
    const label = typeof item.id === 'string' ? item.id : `item ${i + 1}`;
    const target = asArray(item.target)[0];
    if (!isObject(target) || typeof target.source !== 'string') throw badFile(name, `annotation ${label} has no target with a source`);
    const doc = docs.get(target.source);
    if (!doc) throw badFile(name, `annotation ${label} points at ${target.source}, a document the file does not contain`);

    const selectors = asArray(target.selector).filter(isObject);
    const position = selectors.find((s) => types(s).includes('TextPositionSelector'));
    const quote = selectors.find((s) => types(s).includes('TextQuoteSelector') && typeof s.exact === 'string');
    let span: { start: number; end: number };
    if (position) span = checkSpan(name, `"${doc.title}"`, doc.map, position.start, position.end, quote?.exact as string | undefined);
    else if (quote) {
      const start = locateQuote(doc.map, quote);
      if (start === null) throw badFile(name, `annotation ${label} quotes text that is not in "${doc.title}"`);
      span = { start, end: start + Array.from(quote.exact as string).length };
    } else throw badFile(name, `annotation ${label} has neither a text position nor a text quote selector`);

    const bodies = asArray(item.body).filter(isObject);
    const tagging = bodies.find((b) => b.purpose === 'tagging' && bodyText(b)) ?? bodies.find((b) => b.purpose === undefined && bodyText(b));
    const tagName = tagging ? bodyText(tagging) : typeof item.bodyValue === 'string' ? item.bodyValue : null;
    if (!tagName) throw badFile(name, `annotation ${label} has no tagging body`);
    const note = bodies
      .filter((b) => b.purpose === 'commenting')
      .map(bodyText)
      .filter((t): t is string => t !== null)
      .join('\n');
    result.annotations.push({
      docKey: doc.key,
      ...span,
      tag: collector.idFor(tagName),
      note,
      ...(typeof item.created === 'string' ? { created: item.created } : {}),
      ...(typeof item.modified === 'string' ? { modified: item.modified } : {}),
    });
  });
  result.tags = collector.tags();
  return result;
}
