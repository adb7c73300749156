import JSZip from 'jszip';
import type { Language, RelationType, Tag } from '../../shared/model';
import type { ExportScope } from './exportScope';
import type { ExportSnapshot } from './exportTypes';
import { nameUuid } from './nameUuid';
import { annotatorOf } from './annotatorOf';
import { selectionDescription } from './qdpxSection';
import { sourceDescription } from './qdpxSourceDescription';
import { spanPieces } from '../../shared/fragments';
import { startTag, textElement } from './xmlMarkup';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

/**
 * The name of the Links that join the selections of one discontinuous span,
 * from its first fragment to each further one. QDA-XML's selection is one
 * stretch of text and it has no grouping of selections (a Set holds codes,
 * sources and notes only), so the pieces are selections coded alike, and a
 * Link, the standard's one tie between two selections, says they belong together.
 */
export const FRAGMENT_LINK_NAME = 'fragment';
/** Fragment Links have no direction; relation Links go from the relation's first span to its second. */
export const FRAGMENT_LINK_DIRECTION = 'Associative';
export const RELATION_LINK_DIRECTION = 'OneWay';

/** The user Pizhu's projects name for what no analyst of a team made: the project itself, spans outside a team. */
export const PIZHU_USER_GUID = nameUuid('user:pizhu');

/** A team's analyst as a REFI-QDA User: the same id gives the same GUID in every export. */
export const analystUserGuid = (analystId: string): string => nameUuid(`user:analyst:${analystId}`);

/** A tag's id and both labels, as its code's Description: the code's name holds one label only, and a re-import finds the tag by this. */
export function codeDescription(tag: Tag): string {
  return `${tag.id}: ${tag.label.zh} / ${tag.label.en}`;
}
const XSD_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** A valid xsd:dateTime or nothing: a malformed stored time is dropped rather than making the project invalid. */
function dateTime(value: string): string | undefined {
  return XSD_DATE_TIME.test(value) ? value : undefined;
}

/**
 * A REFI-QDA project (.qdpx): project.qde in QDA-XML 1.0 plus each document
 * as sources/<guid>.txt, referenced by `plainTextPath` (the standard allows
 * the text inline or by path, never both). Tags become codes, spans become
 * PlainTextSelections with code-point positions, each coded with its tag and
 * carrying its note and clause path as Description; a source's Description
 * gives the document's date, region and issuer. A discontinuous span is a
 * selection per fragment, all coded with its tag and tied by Links named
 * `fragment` (see FRAGMENT_LINK_NAME). A relation is a Link from its first
 * span's selection to its second's, named with its type's label, in its
 * colour, its note a Note the Link refers to. GUIDs are name-based, so a
 * re-export of the same session gives the same ids.
 *
 * The XML is written by hand from a fixed, shallow structure with every
 * value escaped (see xmlMarkup): fast-xml-parser's builder took most of the
 * time of a 50,000-span export.
 */
export async function writeQdpx(scope: ExportScope, snapshot: ExportSnapshot, language: Language, date: Date): Promise<Uint8Array> {
  const user = PIZHU_USER_GUID;
  const codeGuid = new Map(scope.tags.map((t) => [t.id, nameUuid(`code:${t.id}`)]));
  const zip = new JSZip();
  const xml: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  xml.push(
    startTag('Project', {
      xmlns: QDA_NAMESPACE,
      name: snapshot.sessionName,
      origin: 'Pizhu',
      creatingUserGUID: user,
      creationDateTime: dateTime(snapshot.exportedAt),
    }),
  );
  const analysts = new Map<string, string>();
  for (const { annotations } of scope.documents) {
    for (const a of annotations) {
      const analyst = annotatorOf(scope, a);
      if (analyst && !analysts.has(analyst.id)) analysts.set(analyst.id, analyst.name);
    }
  }
  xml.push('<Users>', startTag('User', { guid: user, name: 'Pizhu' }, true));
  for (const [id, name] of analysts) xml.push(startTag('User', { guid: analystUserGuid(id), name, id }, true));
  xml.push('</Users>');
  if (scope.tags.length) {
    xml.push('<CodeBook>', '<Codes>');
    for (const t of scope.tags) {
      xml.push(
        startTag('Code', { guid: codeGuid.get(t.id)!, name: t.label[language], isCodable: 'true', color: t.color }),
        textElement('Description', codeDescription(t)),
        '</Code>',
      );
    }
    xml.push('</Codes>', '</CodeBook>');
  }
  const links: string[] = [];
  const linkNotes: string[] = [];
  const relationType = new Map<string, RelationType>(scope.relationTypes.map((t) => [t.id, t]));
  if (scope.documents.length) {
    xml.push('<Sources>');
    for (const { doc, map, annotations, relations } of scope.documents) {
      const guid = nameUuid(`source:${doc.id}:${doc.hash}`);
      zip.file(`sources/${guid}.txt`, Buffer.from(doc.text, 'utf8'), { date });
      xml.push(
        startTag('TextSource', {
          guid,
          name: doc.title,
          plainTextPath: `internal://${guid}.txt`,
          creatingUser: user,
          creationDateTime: dateTime(doc.source.importedAt),
        }),
      );
      const about = sourceDescription(doc);
      if (about) xml.push(textElement('Description', about));
      const selectionGuid = (spanId: string, piece = 0) => nameUuid(`selection:${doc.id}:${spanId}${piece ? `:${piece}` : ''}`);
      for (const a of annotations) {
        const by = a.annotator ? analystUserGuid(a.annotator) : user;
        spanPieces(a).forEach(({ start, end }, piece) => {
          const guid = selectionGuid(a.id, piece);
          xml.push(
            startTag('PlainTextSelection', {
              guid,
              name: map.slice(start, Math.min(end, start + 40)),
              startPosition: start,
              endPosition: end,
              creatingUser: by,
              creationDateTime: dateTime(a.created),
              modifiedDateTime: dateTime(a.modified),
            }),
          );
          const description = piece ? '' : selectionDescription(a.note, a.section);
          if (description) xml.push(textElement('Description', description));
          xml.push(
            startTag('Coding', { guid: nameUuid(`coding:${doc.id}:${a.id}${piece ? `:${piece}` : ''}`), creatingUser: by }),
            startTag('CodeRef', { targetGUID: codeGuid.get(a.tag)! }, true),
            '</Coding>',
            '</PlainTextSelection>',
          );
          if (piece) {
            links.push(
              startTag(
                'Link',
                {
                  guid: nameUuid(`fragment:${doc.id}:${a.id}:${piece}`),
                  name: FRAGMENT_LINK_NAME,
                  direction: FRAGMENT_LINK_DIRECTION,
                  originGUID: selectionGuid(a.id),
                  targetGUID: guid,
                },
                true,
              ),
            );
          }
        });
      }
      for (const r of relations) {
        const type = relationType.get(r.type)!;
        const attrs = {
          guid: nameUuid(`link:${doc.id}:${r.id}`),
          name: type.label[language],
          direction: RELATION_LINK_DIRECTION,
          color: type.color,
          originGUID: selectionGuid(r.from),
          targetGUID: selectionGuid(r.to),
        };
        if (!r.note) {
          links.push(startTag('Link', attrs, true));
          continue;
        }
        const note = nameUuid(`link-note:${doc.id}:${r.id}`);
        links.push(startTag('Link', attrs), startTag('NoteRef', { targetGUID: note }, true), '</Link>');
        linkNotes.push(
          startTag('Note', { guid: note, name: type.label[language], creatingUser: user, creationDateTime: dateTime(r.created) }),
          textElement('PlainTextContent', r.note),
          '</Note>',
        );
      }
      xml.push('</TextSource>');
    }
    xml.push('</Sources>');
  }
  if (linkNotes.length) xml.push('<Notes>', ...linkNotes, '</Notes>');
  if (links.length) xml.push('<Links>', ...links, '</Links>');
  xml.push('</Project>', '');
  zip.file('project.qde', Buffer.from(xml.join('\n'), 'utf8'), { date });
  // As in the brat zip: UTF-8 buffers in, fast deflate.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
