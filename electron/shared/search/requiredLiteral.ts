import type { PatternNode } from './patternTree';

/**
 * A literal that every match of a pattern contains, and at most how many
 * UTF-16 units before it a match can start: `[^，。]{0,30}就业` contains 就业
 * at most 30 units in. The engine then skips to 30 units before the next 就业
 * instead of starting a thread at every character, which is most of the
 * speed of the patterns analysts write: a phrase and a bounded context.
 */
export interface RequiredLiteral {
  literal: string;
  maxBefore: number;
}

/** The longest run of literal characters at the top level of `node` with a bounded prefix, or null when there is none. */
export function requiredLiteral(node: PatternNode): RequiredLiteral | null {
  const items = flatten(node);
  let best: RequiredLiteral | null = null;
  let before = 0;
  for (let i = 0; i < items.length && before < Infinity;) {
    let literal = '';
    let j = i;
    for (let item = items[j]; item?.type === 'char'; item = items[++j]) literal += String.fromCodePoint(item.cp);
    if (literal.length > (best?.literal.length ?? 0)) best = { literal, maxBefore: before };
    if (j === i) before += maxLength(items[j++]!);
    else before += literal.length;
    i = j;
  }
  return best;
}

/** The items of a top-level sequence, nested sequences spread out. */
function flatten(node: PatternNode): PatternNode[] {
  return node.type === 'seq' ? node.items.flatMap(flatten) : [node];
}

/** The most UTF-16 units `node` can match; Infinity when unbounded. */
function maxLength(node: PatternNode): number {
  switch (node.type) {
    case 'char':
      return node.cp > 0xffff ? 2 : 1;
    case 'set':
      return 2;
    case 'assert':
      return 0;
    case 'seq':
      return node.items.reduce((n, item) => n + maxLength(item), 0);
    case 'alt':
      return Math.max(...node.options.map(maxLength));
    case 'repeat': {
      // An empty body repeated without end still matches nothing: 0, not Infinity × 0.
      const body = maxLength(node.body);
      return node.max === 0 || body === 0 ? 0 : node.max * body;
    }
  }
}
