import type { OffsetMap } from '../../shared/codePoints';
import type { ImportNoticeKind } from '../../shared/contract';
import { TargetValueSchema } from '../../shared/values/valueSchema';
import { BRAT_ANNOTATOR_NOTE, BRAT_DOCUMENT_NOTE, BRAT_SECTION_NOTE, BRAT_VALUE_NOTE } from '../export/bratLineBreaks';
import type { NoticeTally } from './noticeTally';
import type { InterchangeAnnotation } from './interchangeTypes';
import { offsetProblem, quoteProblem } from './spanCheck';
import type { TagCollector } from './tagCollector';

/** brat's annotation kinds Pizhu has no place for yet, by the first letter of their id. */
const NOT_CARRIED: Record<string, ImportNoticeKind> = {
  R: 'relations',
  E: 'events',
  A: 'attributes',
  M: 'attributes',
  N: 'normalizations',
  '*': 'equivalences',
};

/**
 * A gap of nothing but line breaks (those Python's splitlines, brat's reader,
 * splits at) between pieces: a T line cannot hold a line break, so a span
 * across lines is written in pieces, and it is one span again.
 */
const LINE_BREAKS = /^[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*$/;

const TARGET_KIND: Record<string, string> = { R: 'relations', E: 'events', A: 'attributes', M: 'attributes', N: 'normalizations' };

/** The type a line of one of those kinds is counted under: `Part-of` of `R1\tPart-of Arg1:T1 Arg2:T2`, `Wikipedia` of a normalisation. */
function typeOf(prefix: string, data: string): string | undefined {
  const fields = data.split(' ');
  if (prefix === 'E') return fields[0]?.split(':')[0];
  if (prefix === 'N') return fields[2]?.split(':')[0];
  return fields[0];
}

/** A Value comment as Pizhu's export writes it, or undefined when it is not one. */
function readValue(text: string): InterchangeAnnotation['value'] {
  try {
    const parsed = TargetValueSchema.nullable().safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads one brat .ann file against its text: continuous text-bound (T)
 * annotations become spans, with their AnnotatorNotes as notes. Everything
 * else is counted in `notices`, never merged or dropped silently: a
 * discontinuous span (Pizhu spans are one stretch of text; pieces apart only
 * by line breaks are one span across lines, not a discontinuous one), relations,
 * events, attributes, normalisations, equivalences, other comments and
 * comments on what was not imported, and lines that do not fit the text or
 * are of no brat kind.
 */
export function readBratAnn(
  annPath: string,
  docKey: string,
  ann: string,
  map: OffsetMap,
  collector: TagCollector,
  notices: NoticeTally,
): InterchangeAnnotation[] {
  const spans = new Map<string, InterchangeAnnotation>();
  const notImported = new Set<string>();
  const comments: Array<{ type: string; target: string; text: string }> = [];
  const bad = (lineNo: number, problem: string) => notices.add('bad-lines', `${annPath} line ${lineNo}: ${problem}`);

  ann.split(/\r?\n/).forEach((line, i) => {
    const lineNo = i + 1;
    if (!line.trim()) return;
    const [id = '', data = '', ...rest] = line.split('\t');
    const tail = rest.join('\t');
    const prefix = id[0] ?? '';
    if (prefix === 'T') {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(data);
      if (!m || !/^T\S*$/.test(id)) return bad(lineNo, 'is not a valid text-bound annotation');
      if (spans.has(id) || notImported.has(id)) return bad(lineNo, `repeats the id ${id}`);
      notImported.add(id);
      const pieces = m[2]!.split(';').map((p) => p.split(' ').map(Number) as [number, number]);
      let previousEnd = 0;
      for (const [s, e] of pieces) {
        const problem = offsetProblem(s, e, map.length);
        if (problem) return bad(lineNo, `span ${problem}`);
        if (s < previousEnd) return bad(lineNo, 'has pieces out of order');
        previousEnd = e;
      }
      // brat allows the quoted text to be left out, or followed by more after a space.
      const quoted = pieces.map(([s, e]) => map.slice(s, e)).join(' ');
      if (tail !== '' && !(tail.startsWith(quoted) && !/^\S/.test(tail.slice(quoted.length))))
        return bad(lineNo, quoteProblem(tail, quoted)!);
      const start = pieces[0]![0];
      const end = pieces[pieces.length - 1]![1];
      const gaps = pieces.slice(1).map(([s], k) => map.slice(pieces[k]![1], s));
      if (!gaps.every((g) => LINE_BREAKS.test(g))) return notices.add('discontinuous-spans', `${annPath} line ${lineNo}`);
      notImported.delete(id);
      spans.set(id, { docKey, start, end, tag: collector.idFor(m[1]!), note: '' });
    } else if (prefix === '#') {
      const [type, target, ...more] = data.split(' ');
      if (!type || !target || more.length) return bad(lineNo, 'is not a valid comment');
      comments.push({ type, target, text: tail });
    } else if (NOT_CARRIED[prefix]) {
      notices.add(NOT_CARRIED[prefix], typeOf(prefix, data));
    } else notices.add('unknown-lines', `${annPath} line ${lineNo}`);
  });

  for (const c of comments) {
    const span = spans.get(c.target);
    const value = span && c.type === BRAT_VALUE_NOTE ? readValue(c.text) : undefined;
    if (span && c.type === 'AnnotatorNotes') span.note = span.note ? `${span.note}\n${c.text}` : c.text;
    // The clause path comes again from the text, as the document's date, region and issuer do; a value that does not read as one is parsed from the quote instead.
    else if (span && (c.type === BRAT_SECTION_NOTE || c.type === BRAT_DOCUMENT_NOTE)) continue;
    // The clause path comes again from the text; a value that does not read as one is parsed from the quote instead.
    else if (span && c.type === BRAT_SECTION_NOTE) continue;
    // Whose layer a span was in: the span joins the importing analyst's layer.
    else if (span && c.type === BRAT_ANNOTATOR_NOTE) continue;
    else if (span && value !== undefined) span.value = value;
    else {
      const on = span ? 'spans' : notImported.has(c.target) ? 'spans not imported' : (TARGET_KIND[c.target[0] ?? ''] ?? c.target);
      notices.add('notes', `${c.type} on ${on}`);
    }
  }
  return [...spans.values()];
}
