import type { LayerSpan } from './layerSpan';

export type DisagreementKind = 'missing' | 'boundary' | 'tag';

export interface PairDisagreement<S> {
  kind: DisagreementKind;
  a: S | null;
  b: S | null;
}

const overlap = (x: LayerSpan, y: LayerSpan): number => Math.min(x.end, y.end) - Math.max(x.start, y.start);

/**
 * How two analysts' spans of one document differ. Spans with the same range and tag agree and are left out; of the
 * rest, a span is paired first with one over the same range (a different tag), then with the same tag over the
 * range it overlaps most (a different boundary), then with any it overlaps (a different tag); what is left has
 * nothing on the other side. In text order.
 */
export function pairDisagreements<S extends LayerSpan>(a: readonly S[], b: readonly S[]): PairDisagreement<S>[] {
  const key = (s: LayerSpan) => `${s.start}:${s.end}:${s.tag}`;
  const unmatchedB = new Map<string, S[]>();
  for (const span of b) unmatchedB.set(key(span), [...(unmatchedB.get(key(span)) ?? []), span]);
  const restA: S[] = [];
  for (const span of a) {
    const same = unmatchedB.get(key(span));
    if (same?.length) same.shift();
    else restA.push(span);
  }
  let restB = [...unmatchedB.values()].flat();
  const out: PairDisagreement<S>[] = [];
  const pass = (kind: DisagreementKind, fits: (x: S, y: S) => boolean) => {
    for (let i = 0; i < restA.length; i++) {
      const x = restA[i]!;
      let best: S | null = null;
      for (const y of restB) if (fits(x, y) && (!best || overlap(x, y) > overlap(x, best))) best = y;
      if (!best) continue;
      out.push({ kind, a: x, b: best });
      restB = restB.filter((y) => y !== best);
      restA.splice(i--, 1);
    }
  };
  pass('tag', (x, y) => x.start === y.start && x.end === y.end);
  pass('boundary', (x, y) => x.tag === y.tag && overlap(x, y) > 0);
  pass('tag', (x, y) => overlap(x, y) > 0);
  for (const x of restA) out.push({ kind: 'missing', a: x, b: null });
  for (const y of restB) out.push({ kind: 'missing', a: null, b: y });
  const first = (d: PairDisagreement<S>) => Math.min(d.a?.start ?? Infinity, d.b?.start ?? Infinity);
  return out.sort((x, y) => first(x) - first(y));
}
