import { DEFAULT_RELATION_TYPES } from '../../../electron/shared/defaultTags';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { fragmentQuote } from '../../../electron/shared/fragments';
import type { Annotation, Relation, RelationType } from '../../../electron/shared/model';
import type { ExportSnapshot } from '../../../electron/core/export/exportTypes';
import { buildSnapshot } from '../export/exportFixture';

export const RISK_OF: RelationType = { id: 'risk-of', label: { zh: '风险', en: 'Risk of' }, color: '#495057' };

/**
 * The export tests' snapshot with two discontinuous spans (one over astral
 * characters) and relations of the default types and a type of the
 * session's own, with notes that need escaping, across the documents.
 */
export function relationSnapshot(): ExportSnapshot {
  const snapshot = buildSnapshot();
  const span = (n: number) => snapshot.annotations.find((a) => a.id === `ann-${n}`)!;
  const fragmented = (id: string, docId: string, phrases: string[], tag: string, note: string): Annotation => {
    const doc = snapshot.documents.find((d) => d.id === docId)!;
    const map = new OffsetMap(doc.text);
    const fragments = phrases.map((p) => {
      const start = map.toCodePoint(doc.text.indexOf(p));
      return { start, end: start + Array.from(p).length };
    });
    return {
      id,
      docId,
      start: fragments[0]!.start,
      end: fragments[fragments.length - 1]!.end,
      quote: fragmentQuote(fragments, (s, e) => map.slice(s, e)),
      tag,
      note,
      created: '2026-01-04T00:00:00.000Z',
      modified: '2026-01-05T00:00:00.000Z',
      fragments,
    };
  };
  const gapped = fragmented('ann-frag-a', 'doc-a', ['发力', '内需战场'], 'target', '不连续, "两段"');
  const astral = fragmented('ann-frag-c', 'doc-c', ['𠮷野', '😀早'], 'project', '');
  const relation = (n: number, docId: string, type: string, from: string, to: string, note: string): Relation => ({
    id: `r_${n}`,
    docId,
    type,
    from,
    to,
    note,
    created: `2026-01-06T00:00:0${n}.000Z`,
    modified: `2026-01-07T00:00:0${n}.000Z`,
  });
  return {
    ...snapshot,
    annotations: [...snapshot.annotations, gapped, astral],
    relationTypes: [...DEFAULT_RELATION_TYPES, RISK_OF],
    relations: [
      relation(1, 'doc-a', 'serves', span(2).id, span(1).id, '政策服务于目标 <b>&</b> "引号"'),
      relation(2, 'doc-a', 'funds', span(3).id, gapped.id, ''),
      relation(3, 'doc-a', 'risk-of', span(7).id, span(3).id, '=SUM(A1)'),
      relation(4, 'doc-c', 'part-of', span(11).id, astral.id, '星辰'),
      relation(5, 'doc-c', 'serves', astral.id, span(12).id, ''),
    ],
  };
}
