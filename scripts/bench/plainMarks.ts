import { DEFAULT_TAGS } from '../../electron/shared/defaultTags';

/** A span as the plain page takes it: UTF-16 offsets into the text, and its tag's index in DEFAULT_TAGS. */
export interface PlainSpan {
  start: number;
  end: number;
  tag: number;
}

interface PlainData {
  text: string;
  /** start, end, tag of each span in turn. */
  spans: number[];
}

/**
 * Runs in the plain page: the text as one <p> per line, each span a <mark>
 * (its id in data-ids), nested where spans nest and cut into segments where
 * they cross, all built at once with the DOM API. The hotkey "1" adds a span
 * over the selection: the lines it touches are built again and swapped in,
 * which is the least a page must do to show a new mark among nested ones.
 */
function plainPage(): void {
  const { text, spans: flat } = JSON.parse(document.getElementById('data')!.textContent!) as PlainData;
  const doc = document.getElementById('doc')!;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; ;) {
    const nl = text.indexOf('\n', at);
    starts.push(at);
    ends.push(nl < 0 ? text.length : nl);
    if (nl < 0) break;
    at = nl + 1;
  }
  interface Span {
    id: string;
    start: number;
    end: number;
    tag: number;
  }
  const byLine: Span[][] = starts.map(() => []);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const addSpan = (span: Span) => {
    const touched: number[] = [];
    for (let i = lineAt(span.start), last = lineAt(Math.max(span.start, span.end - 1)); i <= last; i++) {
      byLine[i]!.push(span);
      touched.push(i);
    }
    return touched;
  };
  for (let k = 0; k < flat.length; k += 3) addSpan({ id: `s${k / 3}`, start: flat[k]!, end: flat[k + 1]!, tag: flat[k + 2]! });

  // The order in which marks open: a longer span encloses a shorter one, and of two as long the earlier encloses.
  const outerFirst = (a: Span, b: Span) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : 1);
  const lineOf = new WeakMap<Element, number>();
  const buildLine = (i: number) => {
    const p = document.createElement('p');
    lineOf.set(p, i);
    const start = starts[i]!;
    const end = ends[i]!;
    const spans = byLine[i]!;
    const cuts = new Set([start, end]);
    for (const span of spans) {
      cuts.add(Math.max(start, span.start));
      cuts.add(Math.min(end, span.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const open: { element: Element; span: Span | null }[] = [{ element: p, span: null }];
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!;
      const to = points[k + 1]!;
      const covering = spans.filter((span) => span.start <= from && span.end >= to).sort(outerFirst);
      // Keep the marks already open that still cover this piece, close the rest, open the missing ones inside.
      let depth = 0;
      while (depth < covering.length && depth + 1 < open.length && open[depth + 1]!.span === covering[depth]) depth++;
      open.length = depth + 1;
      for (const span of covering.slice(depth)) {
        const mark = document.createElement('mark');
        mark.className = `t${span.tag}`;
        mark.dataset.ids = span.id;
        open[open.length - 1]!.element.append(mark);
        open.push({ element: mark, span });
      }
      open[open.length - 1]!.element.append(text.slice(from, to));
    }
    return p;
  };
  const all = document.createDocumentFragment();
  for (let i = 0; i < starts.length; i++) all.append(buildLine(i));
  doc.append(all);

  const offsetOf = (node: Node, offset: number) => {
    const p = node.parentElement!.closest('p')!;
    let at = starts[lineOf.get(p)!]!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t && t !== node; t = walker.nextNode()) at += (t as Text).length;
    return at + offset;
  };
  let added = 0;
  addEventListener('keydown', (event) => {
    const selection = getSelection();
    if (event.key !== '1' || !selection || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const span = {
      id: `added-${++added}`,
      start: offsetOf(range.startContainer, range.startOffset),
      end: offsetOf(range.endContainer, range.endOffset),
      tag: 0,
    };
    selection.removeAllRanges();
    for (const i of addSpan(span)) doc.children[i]!.replaceWith(buildLine(i));
  });
}

/** A tag's colour as Pizhu fills a span with it: #RRGGBB at 20 % opacity. */
function fill(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, 0.2)`;
}

/** Pizhu's reading column and fills, without its overlap bars or off-screen skipping: what plain CSS gives. */
const STYLE = `
body { margin: 0; background: #f7f6f3; color: #1f2328; }
#doc { max-width: 46em; margin: 24px auto 64px; padding: 40px 56px 56px; background: #fff;
  font-family: 'Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif;
  font-size: 17px; line-height: 1.9; letter-spacing: 0.02em; white-space: pre-wrap; overflow-wrap: anywhere; text-align: justify; }
#doc p { margin: 0 0 0.7em; }
mark { color: inherit; background: transparent; padding: 2px 0; }
${DEFAULT_TAGS.map((tag, i) => `mark.t${i} { background: ${fill(tag.color)}; }`).join('\n')}
`;

/** The plain-marks page for `text` and `spans`: the data inline, the page built by its own script as it loads. */
export function plainMarksHtml(text: string, spans: readonly PlainSpan[]): string {
  const data: PlainData = { text, spans: spans.flatMap((span) => [span.start, span.end, span.tag]) };
  // Inside a <script> element only "</script" could end the data early; escaping every "<" rules it out.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>plain marks</title><style>${STYLE}</style>
<body><div id="doc"></div><script type="application/json" id="data">${json}</script><script>(${plainPage.toString()})();</script></body></html>`;
}
