import { codePointLength } from '../codePoints';
import type { DocumentLine } from './documentLines';
import { endsComplete, isSalutation } from './lineLooks';
import type { LineSection } from './numberedSections';
import { numberingAt } from './numbering';
import type { Section } from './outline';

/**
 * A paragraph that opens with a titled sentence: a short first sentence
 * without commas, colons or brackets, ending in 。, then the elaboration.
 * Enumeration commas (、) and quotes may stand in it: '促进大众创业、万众创新上水平。'
 */
const TITLED_SENTENCE = /^\p{Script=Han}[^，,；;：:！？!?（(。]{3,23}(?=。)/u;
/**
 * Words of a statement rather than a title: what something is ('台湾是我国的
 * 神圣领土'), what we do ('我们高度重视…'). A title names a measure and has
 * no subject.
 */
const STATEMENT = /[是我]/u;
/** Shortest elaboration after the titled sentence, in code points: a title with a word or two after it is a plain sentence. */
const MIN_ELABORATION = 10;
/** Numbering kinds whose sections may hold titled sentences; the paragraphs of an article are its 款, never titled. */
const TITLED_PARENTS = new Set(['chinese-dun', 'paren-chinese', 'arabic', 'paren-arabic', 'circled']);

/** The UTF-16 length of the titled sentence (without its 。) that opens `paragraph`, or null when it opens with none. */
export function titledSentenceLength(paragraph: string): number | null {
  const match = TITLED_SENTENCE.exec(paragraph);
  if (!match || STATEMENT.test(match[0])) return null;
  const elaboration = paragraph.slice(match[0].length + 1);
  return codePointLength(elaboration) >= MIN_ELABORATION ? match[0].length : null;
}

/**
 * The lines of `parent`'s body that start a paragraph: not a line that
 * continues an unfinished one (files cut paragraphs at links and page
 * breaks), nor a salutation, nor a numbered line.
 */
function paragraphStarts(lines: readonly DocumentLine[], parent: LineSection): number[] {
  const starts: number[] = [];
  for (let i = parent.line + 1; i < lines.length && lines[i]!.start < parent.bodyEnd; i++) {
    const text = lines[i]!.text;
    const continues = i - 1 !== parent.line && !endsComplete(lines[i - 1]!.text) && !isSalutation(lines[i - 1]!.text);
    if (!continues && !isSalutation(text) && numberingAt(text) === null) starts.push(i);
  }
  return starts;
}

/**
 * The titled-sentence headings of a document. They subdivide only the
 * innermost numbered sections (those with no numbered section inside them),
 * and only where titled sentences open at least half of the section's
 * paragraphs, as in a work report ('（一）…。' then '坚持实施积极的财政政策。…',
 * '坚持实施稳健的货币政策。…') or a policy ('一、支持工业互联网平台建设' then
 * '培育各类工业互联网平台。…'). Elsewhere a short first sentence is as
 * likely a plain statement opening an argument. Each runs to the next one,
 * to a salutation, or to the end of its parent.
 */
export function titledSections(lines: readonly DocumentLine[], numbered: readonly LineSection[]): Section[] {
  const titled: Section[] = [];
  numbered.forEach((parent, index) => {
    const next = numbered[index + 1];
    const isLeaf = !next || next.start >= parent.bodyEnd;
    if (!isLeaf || !TITLED_PARENTS.has(parent.numbering.kind)) return;
    const starts = paragraphStarts(lines, parent);
    const openers = starts.flatMap((i) => {
      const length = titledSentenceLength(lines[i]!.text);
      return length === null ? [] : [{ i, length }];
    });
    if (openers.length === 0 || openers.length * 2 < starts.length) return;
    const sections = openers.map(({ i, length }, k): Section => {
      const line = lines[i]!;
      const label = line.text.slice(0, length);
      const until = openers[k + 1]?.i ?? lines.length;
      let last = i;
      while (last + 1 < until && lines[last + 1]!.start < parent.bodyEnd && !isSalutation(lines[last + 1]!.text)) last++;
      return {
        start: line.start,
        end: line.start + codePointLength(label),
        level: parent.level + 1,
        label,
        numbering: { kind: 'titled-sentence', ordinal: k + 1 },
        runIn: true,
        bodyEnd: lines[last]!.end,
      };
    });
    titled.push(...sections);
  });
  return titled;
}
