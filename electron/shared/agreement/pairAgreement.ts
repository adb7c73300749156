import { characterKappa } from './characterKappa';
import type { LayerSpan } from './layerSpan';
import { spanF1 } from './spanF1';
import { unitizingAlpha } from './unitizingAlpha';

export interface AgreementFigures {
  f1Exact: number | null;
  f1Overlap: number | null;
  kappa: number | null;
  alphaU: number | null;
}

export interface PairAgreement {
  perTag: Record<string, AgreementFigures>;
  overall: AgreementFigures;
}

/** One document as two analysts left it. */
export interface DocumentLayers {
  length: number;
  a: readonly LayerSpan[];
  b: readonly LayerSpan[];
}

/**
 * Agreement between two analysts over one document or a corpus. A corpus is read as its documents laid end to
 * end, so every figure pools the characters and spans of all of them (no span crosses a document's end).
 */
export function pairAgreement(documents: readonly DocumentLayers[], tags?: readonly string[]): PairAgreement {
  const a: LayerSpan[] = [];
  const b: LayerSpan[] = [];
  let length = 0;
  for (const document of documents) {
    for (const span of document.a) a.push({ ...span, start: span.start + length, end: span.end + length });
    for (const span of document.b) b.push({ ...span, start: span.start + length, end: span.end + length });
    length += document.length;
  }
  const categories = tags ?? [...new Set([...a, ...b].map((span) => span.tag))].sort();
  const alpha = unitizingAlpha([a, b], 0, length, categories);
  const perTag: Record<string, AgreementFigures> = {};
  for (const tag of categories) {
    const ofTag = (layer: LayerSpan[]) => layer.filter((span) => span.tag === tag);
    perTag[tag] = {
      f1Exact: spanF1(ofTag(a), ofTag(b), 'exact'),
      f1Overlap: spanF1(ofTag(a), ofTag(b), 'overlap'),
      kappa: characterKappa(a, b, length, tag),
      alphaU: alpha.perTag[tag]?.alpha ?? null,
    };
  }
  const inCategories = (layer: LayerSpan[]) => layer.filter((span) => categories.includes(span.tag));
  return {
    perTag,
    overall: {
      f1Exact: spanF1(inCategories(a), inCategories(b), 'exact'),
      f1Overlap: spanF1(inCategories(a), inCategories(b), 'overlap'),
      kappa: characterKappa(inCategories(a), inCategories(b), length),
      alphaU: alpha.alpha,
    },
  };
}
