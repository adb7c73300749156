import type { Language } from '../../shared/model';
import type { DocumentDate } from '../../shared/structure/documentDate';
import { sectionLine } from '../../shared/structure/sectionPath';
import type { TargetValue } from '../../shared/values/valueSchema';
import type { ExportScope } from './exportScope';
import { fragmentQuote, spanPieces } from '../../shared/fragments';
import { TextContext } from './textContext';
import { annotatorOf } from './annotatorOf';

export type SpanCell = string | number;

/**
 * The columns after `Created` came later (the clause path, value and date of
 * issue 12, region and issuer of issue 13, the annotator of issue 15, the
 * span id and relations of issue 14): appended, so that scripts that read
 * columns by position keep working.
 */
const HEADERS: Record<Language, string[]> = {
  zh: [
    ...['文档', '章节', '标签', '标签ID', '文本', '起', '止', '句子', '备注', '创建时间'],
    ...['章节路径', '指标', '数值', '数值上限', '单位', '比较', '约束', '期限', '文档日期'],
    ...['地区', '发文机关'],
    '标注者',
    ...['标注ID', '关系'],
  ],
  en: [
    ...['Document', 'Section', 'Tag', 'Tag id', 'Text', 'Start', 'End', 'Sentence', 'Note', 'Created'],
    ...['Section path', 'Indicator', 'Amount', 'Amount max', 'Unit', 'Comparator', 'Modality', 'Deadline', 'Document date'],
    ...['Region', 'Issuer'],
    'Annotator',
    ...['Span id', 'Relations'],
  ],
};

/** Longest quote a relations cell shows of the other span, in code points. */
const RELATED_QUOTE = 20;

function shortQuote(quote: string): string {
  const chars = Array.from(quote);
  return chars.length > RELATED_QUOTE ? `${chars.slice(0, RELATED_QUOTE).join('')}…` : quote;
}

/**
 * A span's relations in one cell, `serves → a_x (其他文本)` for each it goes
 * from and `serves ← a_y (…)` for each it goes to, by relation type id, in
 * the snapshot's order, one per line.
 */
function relationCell(scoped: ExportScope['documents'][number], spanId: string, quoteOf: Map<string, string>): string {
  return scoped.relations
    .flatMap((r) => [
      ...(r.from === spanId ? [`${r.type} → ${r.to} (${shortQuote(quoteOf.get(r.to) ?? '')})`] : []),
      ...(r.to === spanId ? [`${r.type} ← ${r.from} (${shortQuote(quoteOf.get(r.from) ?? '')})`] : []),
    ])
    .join('\n');
}

/** Column indexes of the code-point offsets, which stay numbers. */
export const OFFSET_COLUMNS = [5, 6];

/** The header row of the span table, in the request's language. */
export function spanHeader(language: Language): string[] {
  return HEADERS[language];
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A document's date as ISO 8601 says as much of it as is known: 2025-03-05, 2025-03 or 2025. */
export function isoDate(date: DocumentDate | null | undefined): string {
  if (!date) return '';
  return [String(date.year), ...(date.month ? [two(date.month)] : []), ...(date.month && date.day ? [two(date.day)] : [])].join('-');
}

/** A target's value in cells: indicator, amount, amount max (exact decimals, as text), unit, comparator, modality, deadline as written. */
function valueCells(value: TargetValue | null | undefined): string[] {
  if (!value) return ['', '', '', '', '', '', ''];
  return [
    value.indicator ?? '',
    value.amount ?? '',
    value.amountMax ?? '',
    value.unit ?? '',
    value.comparator ?? '',
    value.modality ?? '',
    value.deadline?.raw ?? '',
  ];
}

/**
 * One row per span for the csv and xlsx exports, in document then text
 * order: title, section (the heading above), tag label, tag id, text,
 * start, end (code points), sentence, note, created, then the clause path
 * joined with › , a target's value in seven cells, the document's date,
 * region and issuer, the annotator's name (empty outside a team), the span's
 * id and its relations. The text of a discontinuous span is its fragments'
 * texts joined with " … ".
 * The cells hold the text as it is: each writer guards it against formulas
 * as its format needs.
 */
export function spanRows(scope: ExportScope, language: Language): SpanCell[][] {
  const rows: SpanCell[][] = [];
  for (const scoped of scope.documents) {
    const { doc, map, annotations } = scoped;
    if (!annotations.length) continue;
    const context = new TextContext(map, doc.headings);
    const quoteOf = new Map(annotations.map((a) => [a.id, fragmentQuote(spanPieces(a), (s, e) => map.slice(s, e))]));
    for (const a of annotations) {
      const tag = scope.tagById.get(a.tag)!;
      rows.push([
        doc.title,
        context.section(a.start),
        tag.label[language],
        a.tag,
        quoteOf.get(a.id)!,
        a.start,
        a.end,
        context.sentence(a.start, a.end),
        a.note,
        a.created,
        sectionLine(a.section),
        ...valueCells(a.value),
        isoDate(doc.date),
        doc.region ?? '',
        doc.issuer ?? '',
        annotatorOf(scope, a)?.name ?? '',
        a.id,
        relationCell(scoped, a.id, quoteOf),
      ]);
    }
  }
  return rows;
}
