import type { Annotation, Relation } from '../../shared/model';
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
import { spanPieces } from '../../shared/fragments';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context kept before and after a quote, enough to tell repeated phrases apart. */
const CONTEXT_CHARS = 32;

/** The IRI of a span's annotation, which a relation's annotation targets. */
function spanIri(scoped: ScopedDocument, spanId: string): string {
  return `urn:uuid:${nameUuid(`annotation:${scoped.doc.hash}:${spanId}`)}`;
}

/**
 * One Web Annotation: the tag as a tagging body, the note as a commenting
 * body, the clause path and a target's value as describing bodies (the path
 * as one line, the value as JSON), and the span by quote and by code-point
 * position. A discontinuous span has a target per fragment, each in the
 * same source: the model reads several selectors of one target as
 * alternative ways to the same text, never as pieces of it.
 */
function annotationLd(scoped: ScopedDocument, a: Annotation, scope: ExportScope): Record<string, unknown> {
  const { map, doc } = scoped;
  const body: Array<Record<string, string>> = [{ type: 'TextualBody', purpose: 'tagging', value: a.tag }];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
  if (a.section?.length) body.push({ type: 'TextualBody', purpose: 'describing', value: sectionLine(a.section) });
  if (a.value !== undefined)
    body.push({ type: 'TextualBody', purpose: 'describing', format: W3C_VALUE_FORMAT, value: JSON.stringify(a.value) });
  const targets = spanPieces(a).map(({ start, end }) => ({
    source: documentIri(doc.hash),
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: map.slice(start, end),
        prefix: map.slice(Math.max(0, start - CONTEXT_CHARS), start),
        suffix: map.slice(end, end + CONTEXT_CHARS),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  }));
  return {
    '@context': ANNO_CONTEXT,
    id: spanIri(scoped, a.id),
    type: 'Annotation',
    ...creator(scope, a),
    created: a.created,
    modified: a.modified,
    body,
    target: targets.length === 1 ? targets[0] : targets,
  };
}

/**
 * A relation as a linking annotation: its type as a tagging body, its note
 * as a commenting body, and as targets the annotations of its two spans,
 * the span it goes from first.
 */
function relationLd(scoped: ScopedDocument, r: Relation): Record<string, unknown> {
  const body: Array<Record<string, string>> = [{ type: 'TextualBody', purpose: 'tagging', value: r.type }];
  if (r.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: r.note });
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${nameUuid(`relation:${scoped.doc.hash}:${r.id}`)}`,
    type: 'Annotation',
    motivation: 'linking',
    created: r.created,
    modified: r.modified,
    body,
    target: [spanIri(scoped, r.from), spanIri(scoped, r.to)],
  };
}

/**
 * A W3C Web Annotation collection (JSON-LD) with every span, then every
 * relation, as an embedded first page. Besides the model's terms it carries
 * the documents (with their date, region and issuer, and the labels and colours of the tags and relation types)
 * under `pizhu:` terms, so that the file can be
 * imported into a session that does not yet hold the texts.
 */
export function writeW3c(scope: ExportScope, snapshot: ExportSnapshot): Uint8Array {
  const collectionId = `urn:uuid:${nameUuid(`collection:${snapshot.sessionName}:${snapshot.exportedAt}`)}`;
  const items = scope.documents.flatMap((scoped) => [
    ...scoped.annotations.map((a) => annotationLd(scoped, a, scope)),
    ...scoped.relations.map((r) => relationLd(scoped, r)),
  ]);
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
  collection['pizhu:relationTypes'] = scope.relationTypes;
  return Buffer.from(JSON.stringify(collection, null, 2) + '\n', 'utf8');
}
