import type { ReactNode } from 'react';
import type { Language, RelationType, Tag } from '../../../electron/shared/model';
import type { DocumentDate } from '../../../electron/shared/structure/documentDate';
import { sectionLine } from '../../../electron/shared/structure/sectionPath';
import { SPAN_COLUMN_IDS, type SpanColumnId } from '../../../electron/shared/table/spanColumns';
import type { SpanEntry } from '../../../electron/shared/table/spanEntries';
import type { SpanRowRelation } from '../../../electron/shared/table/spanTableSchema';
import { TagSwatch } from '../ui/TagChip';

/** What a cell may draw on besides its row. */
export interface CellContext {
  tags: ReadonlyMap<string, Tag>;
  relationTypes: ReadonlyMap<string, RelationType>;
  language: Language;
  /** The comparator's sign (≥, ≈, ≤), in the table's words. */
  comparator: (comparator: string) => string;
}

export interface SpanColumnView {
  id: SpanColumnId;
  /** The column's track in the grid's template. */
  width: string;
  cell: (entry: SpanEntry, ctx: CellContext) => ReactNode;
  /** The cell's whole text, for the tooltip of a cell cut short; none where the cell says it all. */
  full?: (entry: SpanEntry, ctx: CellContext) => string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A span's creation time in the analyst's own time zone, to the minute. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A document's date as much as is known of it: 2025-03-05, 2025-03 or 2025. */
function shortDate(date: DocumentDate | null): string {
  if (!date) return '';
  return [String(date.year), ...(date.month ? [two(date.month)] : []), ...(date.month && date.day ? [two(date.day)] : [])].join('-');
}

/** A relation as a line of text: its type, then an arrow to the span it goes to or from the span it comes from. */
function relationText(relation: SpanRowRelation, ctx: CellContext): string {
  const label = ctx.relationTypes.get(relation.type)?.label[ctx.language] ?? relation.type;
  return `${label} ${relation.direction === 'out' ? '→' : '←'} ${relation.otherQuote}`;
}

/**
 * The span table's columns, each paired by id with its sort key
 * (electron/shared/table/spanColumns.ts), shown in that file's order; the
 * type holds the two lists to the same ids, and the strings give each its
 * heading (`col_<id>`). A later column (relations, annotator) is one entry
 * here and one there.
 */
const VIEWS: { [K in SpanColumnId]: Omit<SpanColumnView, 'id'> } = {
  document: { width: 'minmax(120px, 1.2fr)', cell: (e) => e.doc.title, full: (e) => e.doc.title },
  date: { width: '96px', cell: (e) => shortDate(e.doc.date) },
  section: { width: 'minmax(120px, 1.2fr)', cell: (e) => sectionLine(e.row.section), full: (e) => sectionLine(e.row.section) },
  tag: {
    width: '108px',
    cell: (e, ctx) => {
      const tag = ctx.tags.get(e.row.tag);
      return (
        <>
          <TagSwatch color={tag?.color} />
          {tag?.label[ctx.language] ?? e.row.tag}
        </>
      );
    },
  },
  quote: { width: 'minmax(140px, 1.4fr)', cell: (e) => <span lang="zh">{e.row.quote}</span>, full: (e) => e.row.quote },
  context: {
    width: 'minmax(260px, 3fr)',
    cell: (e) => (
      <span lang="zh" className="span-context">
        <span className="span-context-before">
          <span>
            {e.row.context.clippedBefore && '…'}
            {e.row.context.before}
          </span>
        </span>
        <mark className="span-context-mark">{e.row.quote}</mark>
        <span className="span-context-after">
          {e.row.context.after}
          {e.row.context.clippedAfter && '…'}
        </span>
      </span>
    ),
    full: (e) => e.row.context.before + e.row.quote + e.row.context.after,
  },
  relations: {
    width: 'minmax(210px, 2fr)',
    cell: (e, ctx) => {
      const { relations } = e.row;
      if (!relations.length) return '';
      return (
        <span className="span-relations">
          {/* The count is for the eye; a screen reader hears every relation of the cell. */}
          {relations.length > 1 && (
            <span className="span-relations-count" aria-hidden="true">
              {relations.length}
            </span>
          )}
          {relations.map((relation, i) => (
            <span key={relation.id} className="span-relation">
              {i > 0 && '；'}
              <TagSwatch color={ctx.relationTypes.get(relation.type)?.color} />
              {relationText(relation, ctx)}
            </span>
          ))}
        </span>
      );
    },
    full: (e, ctx) => e.row.relations.map((relation) => relationText(relation, ctx)).join('\n'),
  },
  indicator: { width: 'minmax(96px, 1fr)', cell: (e) => e.row.value?.indicator ?? '', full: (e) => e.row.value?.indicator ?? '' },
  amount: {
    width: '112px',
    cell: (e) => {
      const value = e.row.value;
      if (!value?.amount) return '';
      return value.amountMax ? `${value.amount}–${value.amountMax}` : value.amount;
    },
  },
  unit: { width: '72px', cell: (e) => e.row.value?.unit ?? '' },
  comparator: { width: '72px', cell: (e, ctx) => (e.row.value?.comparator ? ctx.comparator(e.row.value.comparator) : '') },
  deadline: { width: '96px', cell: (e) => e.row.value?.deadline?.raw ?? '' },
  note: { width: 'minmax(96px, 1fr)', cell: (e) => e.row.note, full: (e) => e.row.note },
  created: { width: '132px', cell: (e) => localTime(e.row.created) },
};

export const SPAN_COLUMN_VIEWS: readonly SpanColumnView[] = SPAN_COLUMN_IDS.map((id) => ({ id, ...VIEWS[id] }));
