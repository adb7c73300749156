import { NO_SPAN_FILTER, type SpanFilter } from '../../../electron/shared/table/filterSpans';
import type { SpanGrouping } from '../../../electron/shared/table/groupSpans';
import type { SpanSort } from '../../../electron/shared/table/sortSpans';

/**
 * What the table keeps between openings: its sort, filters and grouping.
 * Apart from the table, which is loaded when first opened, so that the
 * shell holds the settings without loading it.
 */
export interface TableSettings {
  sort: SpanSort | null;
  filter: SpanFilter;
  grouping: SpanGrouping;
}

export const NO_TABLE_SETTINGS: TableSettings = { sort: null, filter: NO_SPAN_FILTER, grouping: 'none' };
