import { PizhuError } from '../../shared/errors';
import type { AgreementPair, DisagreementSpan } from '../../shared/agreement/agreementSchemas';
import { pairAgreement, type DocumentLayers } from '../../shared/agreement/pairAgreement';
import { pairDisagreements } from '../../shared/agreement/pairDisagreements';
import type { Annotation } from '../../shared/model';
import { keywordInContext } from '../../shared/search/keywordInContext';
import { withFields } from '../spans/spanFields';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { readTeamLayers } from './teamLayers';

/**
 * Every two analysts, over the documents both have spans in, as the CLI's `agreement` counts (teamAgreement.ts):
 * a document one of them never coded says nothing about how they agree.
 */
function pairsOver(
  analysts: readonly string[],
  documents: ReadonlyArray<{ length: number; layers: Map<string, Annotation[]> }>,
  tags: readonly string[] | undefined,
): AgreementPair[] {
  const pairs: AgreementPair[] = [];
  for (let i = 0; i < analysts.length; i++) {
    for (let j = i + 1; j < analysts.length; j++) {
      const [a, b] = [analysts[i]!, analysts[j]!];
      const both: DocumentLayers[] = [];
      for (const { length, layers } of documents) {
        const x = layers.get(a);
        const y = layers.get(b);
        if (x?.length && y?.length) both.push({ length, a: x, b: y });
      }
      pairs.push({ a, b, documents: both.length, ...pairAgreement(both, tags) });
    }
  }
  return pairs;
}

function requireDocs(ctx: CoreContext, docIds: readonly string[] | null): string[] {
  const store = ctx.requireStore();
  if (!docIds) return store.documents().map((d) => d.id);
  for (const id of docIds) store.document(id);
  return [...new Set(docIds)];
}

export const agreementOps: Handlers<'agreement.matrix' | 'agreement.disagreements'> = {
  'agreement.matrix': async ({ docIds, tag }, ctx) => {
    const store = ctx.requireStore();
    const ids = requireDocs(ctx, docIds);
    const team = await readTeamLayers(ctx);
    const analysts = team.analysts.map((a) => a.id);
    const tags = tag ? [tag] : undefined;
    const inScope = ids.map((docId) => ({
      docId,
      length: store.document(docId).length,
      layers: team.byDoc.get(docId) ?? new Map<string, Annotation[]>(),
    }));
    const spans = (id: string) => inScope.reduce((n, doc) => n + (doc.layers.get(id)?.length ?? 0), 0);
    return {
      analysts: team.analysts.map((a) => ({ ...a, own: a.id === team.own.id, spans: spans(a.id) })),
      corpus: pairsOver(analysts, inScope, tags),
      documents: inScope
        .filter((doc) => [...doc.layers.values()].filter((layer) => layer.length).length >= 2)
        .map((doc) => ({ docId: doc.docId, title: store.document(doc.docId).title, pairs: pairsOver(analysts, [doc], tags) })),
    };
  },

  'agreement.disagreements': async ({ a, b, docId, tag }, ctx) => {
    if (a === b) throw new PizhuError('INVALID_INPUT', 'agreement.disagreements: name two different analysts');
    const store = ctx.requireStore();
    const ids = requireDocs(ctx, docId ? [docId] : null);
    const team = await readTeamLayers(ctx);
    for (const id of [a, b]) {
      if (!team.analysts.some((analyst) => analyst.id === id)) throw new PizhuError('NOT_FOUND', `no analyst ${id} in this team`);
    }
    const out = [];
    for (const id of ids) {
      const layers = team.byDoc.get(id);
      const found = pairDisagreements(layers?.get(a) ?? [], layers?.get(b) ?? []).filter(
        (d) => !tag || d.a?.tag === tag || d.b?.tag === tag,
      );
      if (!found.length) continue;
      const { offsets } = await ctx.text(id);
      const facts = await ctx.facts(id);
      const side = (span: Annotation | null): DisagreementSpan | null => {
        if (!span) return null;
        const { before, hit, after, clippedBefore, clippedAfter } = keywordInContext(offsets, span);
        const { id: spanId, start, end, tag: spanTag, quote, note } = span;
        return { id: spanId, start, end, tag: spanTag, quote, note, context: { before, hit, after, clippedBefore, clippedAfter } };
      };
      const title = store.document(id).title;
      for (const d of found) {
        const first = d.a && d.b ? (d.a.start <= d.b.start ? d.a : d.b) : (d.a ?? d.b)!;
        out.push({ docId: id, title, section: withFields(first, facts).section ?? [], kind: d.kind, a: side(d.a), b: side(d.b) });
      }
    }
    return out;
  },
};
