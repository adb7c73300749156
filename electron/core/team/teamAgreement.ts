import { pairAgreement, type PairAgreement } from '../../shared/agreement/pairAgreement';
import type { ReplicaContents } from './TeamReplica';

export interface TeamAgreement {
  pairs: Array<{ a: string; b: string; documents: number } & PairAgreement>;
}

/**
 * Agreement between every two analysts, over the documents both have spans in (a document one of them never
 * coded says nothing about how they agree). Analysts are named by id, in order.
 */
export function teamAgreement(
  contents: ReplicaContents,
  options: { docHash?: string; annotators?: readonly string[]; tags?: readonly string[] } = {},
): TeamAgreement {
  const lengths = new Map(contents.documents.map((doc) => [doc.hash, [...doc.text].length]));
  const byAnalyst = new Map<string, Map<string, Array<{ start: number; end: number; tag: string }>>>();
  for (const span of contents.spans) {
    if (options.docHash && span.docHash !== options.docHash) continue;
    const docs = byAnalyst.get(span.annotator.id) ?? new Map();
    byAnalyst.set(span.annotator.id, docs);
    docs.set(span.docHash, [...(docs.get(span.docHash) ?? []), { start: span.start, end: span.end, tag: span.tag }]);
  }
  const analysts = (options.annotators ?? [...byAnalyst.keys()]).slice().sort();
  const pairs: TeamAgreement['pairs'] = [];
  for (let i = 0; i < analysts.length; i++) {
    for (let j = i + 1; j < analysts.length; j++) {
      const a = byAnalyst.get(analysts[i]!) ?? new Map();
      const b = byAnalyst.get(analysts[j]!) ?? new Map();
      const shared = [...a.keys()].filter((hash) => b.has(hash) && lengths.has(hash)).sort();
      const documents = shared.map((hash) => ({ length: lengths.get(hash)!, a: a.get(hash)!, b: b.get(hash)! }));
      pairs.push({ a: analysts[i]!, b: analysts[j]!, documents: documents.length, ...pairAgreement(documents, options.tags) });
    }
  }
  return { pairs };
}
