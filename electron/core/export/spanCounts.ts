import type { Language } from '../../shared/model';
import type { ExportScope } from './exportScope';

const FIRST: Record<Language, { document: string; total: string }> = {
  zh: { document: '文档', total: '合计' },
  en: { document: 'Document', total: 'Total' },
};

/** A table of span counts: one row per document in scope, one column per tag, a total column and a total row. */
export function spanCounts(scope: ExportScope, language: Language): Array<Array<string | number>> {
  const words = FIRST[language];
  const tagIndex = new Map(scope.tags.map((t, i) => [t.id, i]));
  const header = [words.document, ...scope.tags.map((t) => t.label[language]), words.total];
  const totals = new Array<number>(scope.tags.length + 1).fill(0);
  const rows: Array<Array<string | number>> = [header];
  for (const { doc, annotations } of scope.documents) {
    const counts = new Array<number>(scope.tags.length + 1).fill(0);
    for (const a of annotations) counts[tagIndex.get(a.tag)!]! += 1;
    counts[scope.tags.length] = annotations.length;
    counts.forEach((n, i) => (totals[i]! += n));
    rows.push([doc.title, ...counts]);
  }
  rows.push([words.total, ...totals]);
  return rows;
}
