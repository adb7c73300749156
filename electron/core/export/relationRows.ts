import type { Language } from '../../shared/model';
import type { ExportScope } from './exportScope';
import type { SpanCell } from './spanRows';
import { fragmentQuote, spanPieces } from '../../shared/fragments';

const HEADERS: Record<Language, string[]> = {
  zh: ['关系', '关系ID', '起点文本', '起点标签', '终点文本', '终点标签', '备注', '文档', '起点标注ID', '终点标注ID', '创建时间'],
  en: [
    'Relation',
    'Relation type id',
    'From text',
    'From tag',
    'To text',
    'To tag',
    'Note',
    'Document',
    'From span id',
    'To span id',
    'Created',
  ],
};

/** The header row of the relations table, in the request's language. */
export function relationHeader(language: Language): string[] {
  return HEADERS[language];
}

/**
 * One row per relation for the xlsx export's relations sheet, in document
 * order: the type's label and id, the text and tag label of the span it goes
 * from and of the one it goes to, the note, the document, both spans' ids
 * (as the span sheet gives them) and when it was made.
 */
export function relationRows(scope: ExportScope, language: Language): SpanCell[][] {
  const typeById = new Map(scope.relationTypes.map((t) => [t.id, t]));
  const rows: SpanCell[][] = [];
  for (const { doc, map, annotations, relations } of scope.documents) {
    const spanById = new Map(annotations.map((a) => [a.id, a]));
    for (const r of relations) {
      const [from, to] = [spanById.get(r.from)!, spanById.get(r.to)!];
      rows.push([
        typeById.get(r.type)!.label[language],
        r.type,
        fragmentQuote(spanPieces(from), (s, e) => map.slice(s, e)),
        scope.tagById.get(from.tag)!.label[language],
        fragmentQuote(spanPieces(to), (s, e) => map.slice(s, e)),
        scope.tagById.get(to.tag)!.label[language],
        r.note,
        doc.title,
        r.from,
        r.to,
        r.created,
      ]);
    }
  }
  return rows;
}
