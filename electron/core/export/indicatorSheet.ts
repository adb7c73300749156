import { groupIndicators } from '../../shared/indicators/groupIndicators';
import type { IndicatorGroups } from '../../shared/indicators/indicatorGroupsSchema';
import { valueText } from '../../shared/indicators/valueText';
import type { Language } from '../../shared/model';
import { TARGET_TAG } from '../spans/spanFields';
import type { ExportScope } from './exportScope';
import { isoDate } from './spanRows';

const FIRST: Record<Language, string> = { zh: '指标', en: 'Indicator' };

/**
 * The xlsx export's sheet of indicators: one row per indicator (grouped and
 * named as in the app), one column per document of the export, oldest
 * first, headed by its title and date. A cell holds the document's values of
 * that indicator as parsed (≥900万人), or the quote where the text gives no
 * amount, several joined by "; ".
 */
export function indicatorSheet(scope: ExportScope, language: Language, groups: IndicatorGroups): string[][] {
  const documents = scope.documents.map(({ doc }) => ({ id: doc.id, title: doc.title, date: doc.date ?? null }));
  const spans = scope.documents.flatMap(({ annotations }) => annotations.filter((a) => a.tag === TARGET_TAG));
  const table = groupIndicators(documents, spans, groups);
  const header = [FIRST[language], ...table.documents.map((d) => (d.date ? `${d.title} (${isoDate(d.date)})` : d.title))];
  const rows = table.rows.map((row) => [
    row.name,
    ...table.documents.map((d) =>
      row.values
        .filter((v) => v.docId === d.id)
        .map((v) => valueText(v) || v.quote)
        .join('; '),
    ),
  ]);
  return [header, ...rows];
}
