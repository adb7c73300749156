import type { Annotation } from '../../shared/model';
import { sectionLine } from '../../shared/structure/sectionPath';
import type { ExportScope, ScopedDocument } from './exportScope';
import { documentIri, W3C_DOCUMENTS_KEY, W3C_VALUE_FORMAT, type ExportSnapshot } from './exportTypes';
import { nameUuid } from './nameUuid';
import { annotatorOf } from './annotatorOf';

/** The model's `creator`: the analyst whose layer the span is in, as a Person with a stable IRI. */
function creator(scope: ExportScope, a: Annotation): Record<string, unknown> {
  const analyst = annotatorOf(scope, a);
  return analyst ? { creator: { id: `urn:pizhu:analyst:${analyst.id}`, type: 'Person', name: analyst.name } } : {};
}

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context kept before and after a quote, enough to tell repeated phrases apart. */
const CONTEXT_CHARS = 32;

/**
 * One Web Annotation: the tag as a tagging body, the note as a commenting
 * body, the clause path and a target's value as describing bodies (the path
 * as one line, the value as JSON), and the span by quote and by code-point position.
 */
function annotationLd(scoped: ScopedDocument, a: Annotation, scope: ExportScope): Record<string, unknown> {
  const { map, doc } = scoped;
  const body: Array<Record<string, string>> = [{ type: 'TextualBody', purpose: 'tagging', value: a.tag }];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
  if (a.section?.length) body.push({ type: 'TextualBody', purpose: 'describing', value: sectionLine(a.section) });
  if (a.value !== undefined)
    body.push({ type: 'TextualBody', purpose: 'describing', format: W3C_VALUE_FORMAT, value: JSON.stringify(a.value) });
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${nameUuid(`annotation:${doc.hash}:${a.id}`)}`,
    type: 'Annotation',
    ...creator(scope, a),
    created: a.created,
    modified: a.modified,
    body,
    target: {
      source: documentIri(doc.hash),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: map.slice(a.start, a.end),
          prefix: map.slice(Math.max(0, a.start - CONTEXT_CHARS), a.start),
          suffix: map.slice(a.end, a.end + CONTEXT_CHARS),
        },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    },
  };
}

/**
 * A W3C Web Annotation collection (JSON-LD) with every span as an embedded
 * first page. Besides the model's terms it carries the documents (with their
 * date, region and issuer, and the tags' labels and colours) under `pizhu:`
 * terms, so that the file can be imported into a session that does not yet hold the texts.
 */
export function writeW3c(scope: ExportScope, snapshot: ExportSnapshot): Uint8Array {
  const collectionId = `urn:uuid:${nameUuid(`collection:${snapshot.sessionName}:${snapshot.exportedAt}`)}`;
  const items = scope.documents.flatMap((scoped) => scoped.annotations.map((a) => annotationLd(scoped, a, scope)));
  const collection: Record<string, unknown> = {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: snapshot.sessionName,
    total: items.length,
    created: snapshot.exportedAt,
  };
  // The model wants no first page for an empty collection.
  // The page repeats the context so that it also validates when taken out on its own.
  if (items.length)
    collection.first = { '@context': ANNO_CONTEXT, id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items };
  collection[W3C_DOCUMENTS_KEY] = scope.documents.map(({ doc }) => ({
    id: documentIri(doc.hash),
    title: doc.title,
    text: doc.text,
    headings: doc.headings,
    ...(doc.date !== undefined && { date: doc.date }),
    ...(doc.region !== undefined && { region: doc.region }),
    ...(doc.issuer !== undefined && { issuer: doc.issuer }),
  }));
  collection['pizhu:tags'] = scope.tags;
  return Buffer.from(JSON.stringify(collection, null, 2) + '\n', 'utf8');
}
