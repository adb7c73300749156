import type { Outline, Section } from '../../../../electron/shared/structure/outline';

/** One heading of the outline tree: its section, where it hangs, and what hangs under it (indexes into the outline's sections). */
export interface OutlineNode {
  index: number;
  section: Section;
  parent: number | null;
  children: number[];
  /** 1 for the outermost headings: the tree's aria-level, whatever numbering level the section has. */
  depth: number;
  /** Its place among its siblings, from 1, and how many they are: aria-posinset and aria-setsize. */
  position: number;
  siblings: number;
}

/** The tree of an outline's sections: a section hangs under the nearest one before it that encloses it. */
export function outlineNodes(outline: Outline): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const roots: number[] = [];
  const open: number[] = [];
  outline.sections.forEach((section, index) => {
    while (open.length && nodes[open[open.length - 1]!]!.section.bodyEnd <= section.start) open.pop();
    const parent = open.length ? open[open.length - 1]! : null;
    const node: OutlineNode = { index, section, parent, children: [], depth: open.length + 1, position: 0, siblings: 0 };
    nodes.push(node);
    (parent === null ? roots : nodes[parent]!.children).push(index);
    open.push(index);
  });
  for (const group of [roots, ...nodes.map((n) => n.children)]) {
    group.forEach((index, i) => {
      nodes[index]!.position = i + 1;
      nodes[index]!.siblings = group.length;
    });
  }
  return nodes;
}

/** The indexes of the headings shown, in text order: all but those under a folded heading. Folded headings are named by where they start. */
export function visibleNodes(nodes: readonly OutlineNode[], folded: ReadonlySet<number>): number[] {
  const shown: number[] = [];
  let hiddenUntil = -1;
  for (const node of nodes) {
    if (node.section.start < hiddenUntil) continue;
    shown.push(node.index);
    if (node.children.length && folded.has(node.section.start)) hiddenUntil = node.section.bodyEnd;
  }
  return shown;
}

/** The innermost section holding code-point offset `position`, or -1 before the first heading and between sections. */
export function sectionAt(nodes: readonly OutlineNode[], position: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid]!.section.start <= position) lo = mid + 1;
    else hi = mid;
  }
  let index: number | null = lo - 1;
  while (index !== null && index >= 0 && nodes[index]!.section.bodyEnd <= position) index = nodes[index]!.parent;
  return index ?? -1;
}

/** The heading that stands for `index` in the tree as shown: itself, or the folded heading it is hidden under. */
export function shownAncestor(nodes: readonly OutlineNode[], index: number, folded: ReadonlySet<number>): number {
  let shown = index;
  for (let at = nodes[index]?.parent ?? null; at !== null; at = nodes[at]!.parent) {
    if (folded.has(nodes[at]!.section.start)) shown = at;
  }
  return shown;
}

/** What a key does on heading `index` of the tree (WAI-ARIA tree view): move to another heading, fold or unfold this one, or nothing. */
export type TreeMove = { focus: number } | { fold: number } | { unfold: number } | null;

export function treeKey(
  nodes: readonly OutlineNode[],
  shown: readonly number[],
  index: number,
  key: string,
  folded: ReadonlySet<number>,
): TreeMove {
  const node = nodes[index]!;
  const at = shown.indexOf(index);
  const isFolded = folded.has(node.section.start);
  switch (key) {
    case 'ArrowDown':
      return at >= 0 && at + 1 < shown.length ? { focus: shown[at + 1]! } : null;
    case 'ArrowUp':
      return at > 0 ? { focus: shown[at - 1]! } : null;
    case 'Home':
      return shown.length ? { focus: shown[0]! } : null;
    case 'End':
      return shown.length ? { focus: shown[shown.length - 1]! } : null;
    case 'ArrowRight':
      if (!node.children.length) return null;
      return isFolded ? { unfold: index } : { focus: node.children[0]! };
    case 'ArrowLeft':
      if (node.children.length && !isFolded) return { fold: index };
      return node.parent === null ? null : { focus: node.parent };
    default:
      return null;
  }
}
