import type { OffsetMap } from '../../shared/codePoints';
import type { ImportNoticeKind } from '../../shared/contract';
import { TargetValueSchema } from '../../shared/values/valueSchema';
import { BRAT_ANNOTATOR_NOTE, BRAT_DOCUMENT_NOTE, BRAT_SECTION_NOTE, BRAT_VALUE_NOTE } from '../export/bratLineBreaks';
import type { NoticeTally } from './noticeTally';
import type { InterchangeAnnotation, InterchangeRelation } from './interchangeTypes';
import type { RelationTypeCollector } from './relationTypeCollector';
import { offsetProblem, quoteProblem } from './spanCheck';
import type { TagCollector } from './tagCollector';

/** brat's annotation kinds Pizhu has no place for, by the first letter of their id. */
const NOT_CARRIED: Record<string, ImportNoticeKind> = {
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

const TARGET_KIND: Record<string, string> = { E: 'events', A: 'attributes', M: 'attributes', N: 'normalizations' };

/** The type a line of one of those kinds is counted under: `Binding` of `E1\tBinding:T3 Theme:T1`, `Wikipedia` of a normalisation. */
function typeOf(prefix: string, data: string): string | undefined {
  const fields = data.split(' ');
  if (prefix === 'E') return fields[0]?.split(':')[0];
  if (prefix === 'N') return fields[2]?.split(':')[0];
  return fields[0];
}

/** `Type Role:T1 Role:T2` of an R line: the type and its two arguments, in order, whatever their roles are called. */
const RELATION = /^(\S+) [^\s:]+:(\S+) [^\s:]+:(\S+)$/;

/** Pieces apart only by line breaks joined into one: what is left apart are the fragments of a discontinuous span. */
function joinAcrossLines(map: OffsetMap, pieces: Array<[number, number]>): Array<{ start: number; end: number }> {
  const joined: Array<{ start: number; end: number }> = [];
  for (const [start, end] of pieces) {
    const last = joined[joined.length - 1];
    if (last && LINE_BREAKS.test(map.slice(last.end, start))) last.end = end;
    else joined.push({ start, end });
  }
  return joined;
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
 * Reads one brat .ann file against its text: text-bound (T) annotations
 * become spans (pieces apart only by line breaks are one span across lines;
 * pieces apart by text are the fragments of a discontinuous span), with
 * their AnnotatorNotes as notes, and relations (R) between two of them
 * become relations, with theirs. Everything else is counted in `notices`,
 * never dropped silently: relations with an end that is not an imported
 * span (an event's trigger, a line skipped), events, attributes,
 * normalisations, equivalences, other comments and comments on what was not
 * imported, and lines that do not fit the text or are of no brat kind.
 */
export function readBratAnn(
  annPath: string,
  docKey: string,
  ann: string,
  map: OffsetMap,
  collector: TagCollector,
  relationTypes: RelationTypeCollector,
  notices: NoticeTally,
): { annotations: InterchangeAnnotation[]; relations: InterchangeRelation[] } {
  const spans = new Map<string, InterchangeAnnotation>();
  const relationLines: Array<{ id: string; lineNo: number; type: string; from: string; to: string }> = [];
  const relations = new Map<string, InterchangeRelation>();
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
      const filled = pieces.filter(([s, e]) => e > s);
      const joined = joinAcrossLines(map, filled.length ? filled : pieces.slice(0, 1));
      const start = joined[0]!.start;
      const end = joined[joined.length - 1]!.end;
      notImported.delete(id);
      const span: InterchangeAnnotation = { key: id, docKey, start, end, tag: collector.idFor(m[1]!), note: '' };
      spans.set(id, joined.length > 1 ? { ...span, fragments: joined } : span);
    } else if (prefix === 'R') {
      const m = RELATION.exec(data);
      if (!m) return bad(lineNo, 'is not a valid relation');
      if (relationLines.some((r) => r.id === id)) return bad(lineNo, `repeats the id ${id}`);
      relationLines.push({ id, lineNo, type: m[1]!, from: m[2]!, to: m[3]! });
    } else if (prefix === '#') {
      const [type, target, ...more] = data.split(' ');
      if (!type || !target || more.length) return bad(lineNo, 'is not a valid comment');
      comments.push({ type, target, text: tail });
    } else if (NOT_CARRIED[prefix]) {
      notices.add(NOT_CARRIED[prefix], typeOf(prefix, data));
    } else notices.add('unknown-lines', `${annPath} line ${lineNo}`);
  });

  for (const r of relationLines) {
    if (!spans.has(r.from) || !spans.has(r.to) || r.from === r.to) {
      notImported.add(r.id);
      notices.add('relations', `${r.type} ${r.from}→${r.to} in ${annPath}`);
      continue;
    }
    relations.set(r.id, { docKey, type: relationTypes.idFor(r.type), from: r.from, to: r.to, note: '' });
  }

  for (const c of comments) {
    const relation = relations.get(c.target);
    if (relation && c.type === 'AnnotatorNotes') {
      relation.note = relation.note ? `${relation.note}\n${c.text}` : c.text;
      continue;
    }
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
      const on = relation
        ? 'relations'
        : span
          ? 'spans'
          : notImported.has(c.target)
            ? `${c.target.startsWith('R') ? 'relations' : 'spans'} not imported`
            : (TARGET_KIND[c.target[0] ?? ''] ?? c.target);
      notices.add('notes', `${c.type} on ${on}`);
    }
  }
  return { annotations: [...spans.values()], relations: [...relations.values()] };
}
