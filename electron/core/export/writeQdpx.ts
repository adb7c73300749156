import { XMLBuilder } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { Language } from '../../shared/model';
import type { ExportScope } from './exportScope';
import type { ExportSnapshot } from './exportTypes';
import { nameUuid } from './nameUuid';
import { xmlAttr, xmlText } from './xmlSafe';

const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';
const XSD_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** Attributes only for a valid xsd:dateTime: a malformed stored time is dropped rather than making the project invalid. */
function dateAttr(name: string, value: string): Record<string, string> {
  return XSD_DATE_TIME.test(value) ? { [`@_${name}`]: value } : {};
}

/**
 * A REFI-QDA project (.qdpx): project.qde in QDA-XML 1.0 plus each document
 * as sources/<guid>.txt, referenced by `plainTextPath` (the standard allows
 * the text inline or by path, never both). Tags become codes, spans become
 * PlainTextSelections with code-point positions, each coded with its tag and
 * carrying its note as Description. GUIDs are name-based, so a re-export of
 * the same session gives the same ids.
 */
export async function writeQdpx(scope: ExportScope, snapshot: ExportSnapshot, language: Language, date: Date): Promise<Uint8Array> {
  const user = nameUuid('user:pizhu');
  const codeGuid = new Map(scope.tags.map((t) => [t.id, nameUuid(`code:${t.id}`)]));
  const zip = new JSZip();

  const sources = scope.documents.map(({ doc, map, annotations }) => {
    const guid = nameUuid(`source:${doc.id}:${doc.hash}`);
    zip.file(`sources/${guid}.txt`, doc.text, { date });
    return {
      '@_guid': guid,
      '@_name': xmlAttr(doc.title),
      '@_plainTextPath': `internal://${guid}.txt`,
      '@_creatingUser': user,
      ...dateAttr('creationDateTime', doc.source.importedAt),
      PlainTextSelection: annotations.map((a) => ({
        '@_guid': nameUuid(`selection:${doc.id}:${a.id}`),
        '@_name': xmlAttr(map.slice(a.start, Math.min(a.end, a.start + 40))),
        '@_startPosition': a.start,
        '@_endPosition': a.end,
        '@_creatingUser': user,
        ...dateAttr('creationDateTime', a.created),
        ...dateAttr('modifiedDateTime', a.modified),
        ...(a.note ? { Description: xmlText(a.note) } : {}),
        Coding: {
          '@_guid': nameUuid(`coding:${doc.id}:${a.id}`),
          '@_creatingUser': user,
          CodeRef: { '@_targetGUID': codeGuid.get(a.tag)! },
        },
      })),
    };
  });

  const project = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    Project: {
      '@_xmlns': QDA_NAMESPACE,
      '@_name': xmlAttr(snapshot.sessionName),
      '@_origin': 'Pizhu',
      '@_creatingUserGUID': user,
      ...dateAttr('creationDateTime', snapshot.exportedAt),
      Users: { User: { '@_guid': user, '@_name': 'Pizhu' } },
      ...(scope.tags.length
        ? {
            CodeBook: {
              Codes: {
                Code: scope.tags.map((t) => ({
                  '@_guid': codeGuid.get(t.id)!,
                  '@_name': xmlAttr(t.label[language]),
                  '@_isCodable': 'true',
                  '@_color': t.color,
                  Description: xmlText(`${t.id}: ${t.label.zh} / ${t.label.en}`),
                })),
              },
            },
          }
        : {}),
      ...(sources.length ? { Sources: { TextSource: sources } } : {}),
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    suppressEmptyNode: true,
    // Otherwise isCodable="true" is written as a bare HTML-style attribute, which is not XML.
    suppressBooleanAttributes: false,
  });
  zip.file('project.qde', builder.build(project) as string, { date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
