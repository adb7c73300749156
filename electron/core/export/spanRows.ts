import type { Language } from '../../shared/model';
import type { ExportScope } from './exportScope';
import { TextContext } from './textContext';

export type SpanCell = string | number;

const HEADERS: Record<Language, string[]> = {
  zh: ['文档', '章节', '标签', '标签ID', '文本', '起', '止', '句子', '备注', '创建时间'],
  en: ['Document', 'Section', 'Tag', 'Tag id', 'Text', 'Start', 'End', 'Sentence', 'Note', 'Created'],
};

/** Column indexes of the code-point offsets, which stay numbers. */
export const OFFSET_COLUMNS = [5, 6];

/** The header row of the span table, in the request's language. */
export function spanHeader(language: Language): string[] {
  return HEADERS[language];
}

/**
 * One row per span for the csv and xlsx exports, in document then text
 * order: title, section path, tag label, tag id, text, start, end (code
 * points), sentence, note, created. The cells hold the text as it is: each
 * writer guards it against formulas as its format needs.
 */
export function spanRows(scope: ExportScope, language: Language): SpanCell[][] {
  const rows: SpanCell[][] = [];
  for (const { doc, map, annotations } of scope.documents) {
    if (!annotations.length) continue;
    const context = new TextContext(map, doc.headings);
    for (const a of annotations) {
      const tag = scope.tagById.get(a.tag)!;
      rows.push([
        doc.title,
        context.section(a.start),
        tag.label[language],
        a.tag,
        map.slice(a.start, a.end),
        a.start,
        a.end,
        context.sentence(a.start, a.end),
        a.note,
        a.created,
      ]);
    }
  }
  return rows;
}
