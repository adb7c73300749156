import { OffsetMap } from '../../shared/codePoints';
import { carriedOrigin } from './carriedOrigin';
import type { OffsetUnit } from '../../shared/contract';
import { badFile } from './badFile';
import { DocumentDateSchema } from '../../shared/structure/documentDate';
import { TargetValueSchema, type TargetValue } from '../../shared/values/valueSchema';
import { interchangeDocument } from './interchangeDocument';
import type { Interchange, InterchangeAnnotation } from './interchangeTypes';
import { emptyInterchange } from './interchangeTypes';
import { RelationTypeCollector } from './relationTypeCollector';
import { NoticeTally } from './noticeTally';
import { offsetProblem } from './spanCheck';
import { fragmentProblem } from '../../shared/fragments';
import { TagCollector } from './tagCollector';

type Line = Record<string, unknown>;
interface RawSpan {
  start: unknown;
  end: unknown;
  label: unknown;
  /** The entity's id, in relation extraction's form. */
  id?: string;
}

const NOT_TRIPLES = 'has labels that are not [start, end, label] triples';

/**
 * A line's spans and document categories. doccano writes spans in `label`
 * (older: `labels`) or `entities`, as [start, end, label] triples
 * (sequence labelling, intent detection) or as {id, start_offset,
 * end_offset, label} objects (relation extraction); a text-classification
 * line has category names in `label`, an intent-detection line in `cats`.
 * A line with `entities` takes its spans from there: Pizhu's export repeats
 * them as triples in `label`.
 */
function labelsOf(line: Line): { spans: RawSpan[]; categories: string[] } | string {
  const spans: RawSpan[] = [];
  const categories: string[] = [];
  const hasEntities = Array.isArray(line.entities) && line.entities.length > 0;
  for (const field of [line.label ?? line.labels, line.entities]) {
    if (field === undefined) continue;
    if (!Array.isArray(field)) return NOT_TRIPLES;
    for (const item of field as unknown[]) {
      if (typeof item === 'string') categories.push(item);
      else if (Array.isArray(item) && item.length >= 3) {
        if (field === line.entities || !hasEntities) spans.push({ start: item[0], end: item[1], label: item[2] });
      } else if (typeof item === 'object' && item !== null && 'start_offset' in item) {
        const entity = item as Line;
        const id = typeof entity.id === 'number' || typeof entity.id === 'string' ? String(entity.id) : undefined;
        spans.push({ start: entity.start_offset, end: entity.end_offset, label: entity.label, ...(id !== undefined && { id }) });
      } else return NOT_TRIPLES;
    }
  }
  if (Array.isArray(line.cats)) categories.push(...line.cats.filter((c): c is string => typeof c === 'string'));
  return { spans, categories };
}

function isLowSurrogate(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A span's code-point offsets from the file's, or why it cannot be taken; an offset inside a surrogate pair is refused, never rounded. */
function codePointSpan(map: OffsetMap, start: unknown, end: unknown, unit: OffsetUnit): { start: number; end: number } | string {
  if (unit === 'codepoints') return offsetProblem(start, end, map.length) ?? { start: start as number, end: end as number };
  const problem = offsetProblem(start, end, map.utf16Length, 'UTF-16 units');
  if (problem) return problem;
  const split = [start as number, end as number].find((u) => u > 0 && u < map.utf16Length && isLowSurrogate(map.text, u));
  if (split !== undefined) {
    return `${String(start)}–${String(end)} splits the character ${map.text.slice(split - 1, split + 1)} (are the offsets code points?)`;
  }
  return { start: map.toCodePoint(start as number), end: map.toCodePoint(end as number) };
}

/**
 * Pizhu's `fragments` key: groups of entity ids that are one discontinuous
 * span. Each group becomes its first entity with the group's pieces as
 * fragments; the map sends every id of a group to that span. A group that
 * names an entity the line lacks, mixes tags or has pieces that overlap is
 * left as the separate spans it is.
 */
function joinFragments(
  value: unknown,
  spans: ReadonlyMap<string, InterchangeAnnotation>,
  length: number,
): Map<string, InterchangeAnnotation> {
  const fragmentOf = new Map<string, InterchangeAnnotation>();
  if (!Array.isArray(value)) return fragmentOf;
  for (const group of value as unknown[]) {
    if (!Array.isArray(group)) continue;
    const members = group.map((id) => spans.get(String(id)));
    if (members.some((m) => !m || fragmentOf.has(m.key!)) || new Set(members.map((m) => m!.tag)).size !== 1) continue;
    const pieces = (members as InterchangeAnnotation[]).map((m) => ({ start: m.start, end: m.end }));
    if (fragmentProblem(pieces, length)) continue;
    const head = members[0]!;
    head.fragments = pieces;
    head.end = pieces[pieces.length - 1]!.end;
    for (const m of members) fragmentOf.set(m!.key!, head);
  }
  return fragmentOf;
}

/**
 * Reads doccano JSONL: a document per line, spans in doccano's unit (UTF-16
 * code units unless `unit` says code points), plus the `title` and `notes`
 * keys Pizhu's own export adds (`fragments` joins entities into one
 * discontinuous span). Relations between two entities of a line become
 * relations. A line that is not a document is skipped and named; spans that
 * do not fit their text, relations without both ends, categories and
 * doccano's document comments are reported, not imported.
 */
export function readDoccanoJsonl(name: string, content: string, unit: OffsetUnit): Interchange {
  const collector = new TagCollector();
  const notices = new NoticeTally();
  const relationTypes = new RelationTypeCollector();
  const result = emptyInterchange('jsonl');
  const base = name.replace(/\.[^.]*$/, '');
  const badLines: Array<{ lineNo: number; problem: string }> = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const lineNo = index + 1;
    let line: unknown;
    try {
      line = JSON.parse(raw);
    } catch {
      badLines.push({ lineNo, problem: 'is not JSON' });
      return;
    }
    if (typeof line !== 'object' || line === null || typeof (line as Line).text !== 'string') {
      badLines.push({ lineNo, problem: 'has no "text"' });
      return;
    }
    const record = line as Line;
    const labels = labelsOf(record);
    if (typeof labels === 'string') {
      badLines.push({ lineNo, problem: labels });
      return;
    }
    const key = `line-${lineNo}`;
    const title = typeof record.title === 'string' && record.title.trim() ? record.title : `${base} #${result.documents.length + 1}`;
    const text = record.text as string;
    const date = DocumentDateSchema.nullable().safeParse(record.date);
    const doc = interchangeDocument(name, 'jsonl', key, title, text);
    result.documents.push({ ...(record.date !== undefined && date.success ? { ...doc, date: date.data } : doc), ...carriedOrigin(record) });

    // Pizhu's notes name their span as the label triple does, in the file's own unit.
    const notes = new Map<string, string>();
    if (Array.isArray(record.notes)) {
      for (const n of record.notes as unknown[]) {
        if (Array.isArray(n) && typeof n[3] === 'string') notes.set(`${String(n[0])}\u0000${String(n[1])}\u0000${String(n[2])}`, n[3]);
      }
    }
    // Targets' values, keyed the same way; one that does not read as a value is parsed from the quote instead.
    const values = new Map<string, TargetValue | null>();
    if (Array.isArray(record.values)) {
      for (const v of record.values as unknown[]) {
        if (!Array.isArray(v)) continue;
        const parsed = TargetValueSchema.nullable().safeParse(v[3]);
        if (parsed.success) values.set(`${String(v[0])}\u0000${String(v[1])}\u0000${String(v[2])}`, parsed.data);
      }
    }
    const map = new OffsetMap(text);
    const spans = new Map<string, InterchangeAnnotation>();
    const lineSpans: InterchangeAnnotation[] = [];
    for (const { start, end, label, id } of labels.spans) {
      const span = codePointSpan(map, start, end, unit);
      if (typeof span === 'string') notices.add('bad-spans', `line ${lineNo}: ${span}`);
      else if (typeof label !== 'string' || !label.trim())
        notices.add('bad-spans', `line ${lineNo}: ${String(start)}–${String(end)} has no label`);
      else if (id !== undefined && spans.has(id)) notices.add('bad-spans', `line ${lineNo}: the entity id ${id} repeats`);
      else {
        const noteKey = `${String(start)}\u0000${String(end)}\u0000${label}`;
        const value = values.get(noteKey);
        const read: InterchangeAnnotation = {
          docKey: key,
          ...span,
          tag: collector.idFor(label),
          note: notes.get(noteKey) ?? '',
          ...(value !== undefined && { value }),
          ...(id !== undefined && { key: id }),
        };
        lineSpans.push(read);
        if (id !== undefined) spans.set(id, read);
        notes.delete(noteKey);
      }
    }
    const fragmentOf = joinFragments(record.fragments, spans, map.length);
    result.annotations.push(...lineSpans.filter((a) => a.key === undefined || !fragmentOf.has(a.key) || fragmentOf.get(a.key) === a));
    for (let i = 0; i < notes.size; i++) notices.add('notes', `line ${lineNo}`);
    labels.categories.forEach((c) => notices.add('categories', c));
    if (Array.isArray(record.relations)) {
      const relationNotes = new Map<string, string>();
      if (Array.isArray(record.relation_notes)) {
        for (const n of record.relation_notes as unknown[])
          if (Array.isArray(n) && typeof n[1] === 'string') relationNotes.set(String(n[0]), n[1]);
      }
      for (const r of record.relations as unknown[]) {
        const relation = (typeof r === 'object' && r !== null ? r : {}) as Line;
        const type = typeof relation.type === 'string' && relation.type.trim() ? relation.type : null;
        const [from, to] = [relation.from_id, relation.to_id].map((end) => {
          const span = end === undefined || end === null ? undefined : spans.get(String(end));
          return span && (fragmentOf.get(span.key!) ?? span);
        });
        if (!type || !from || !to || from === to) {
          notices.add('relations', `line ${lineNo}: ${type ?? 'no type'} ${String(relation.from_id)}→${String(relation.to_id)}`);
          continue;
        }
        result.relations.push({
          docKey: key,
          type: relationTypes.idFor(type),
          from: from.key!,
          to: to.key!,
          note: relationNotes.get(String(relation.id)) ?? '',
        });
      }
    }
    if (Array.isArray(record.Comments)) for (let i = 0; i < record.Comments.length; i++) notices.add('notes', `line ${lineNo}`);
  });
  const reasons = badLines.map((b) => `line ${b.lineNo} ${b.problem}`).join('; ');
  if (!result.documents.length) throw badFile(name, badLines.length ? `no line is a document (${reasons})` : 'holds no documents');
  notices.put('bad-lines', badLines.length, `lines ${badLines.map((b) => b.lineNo).join(', ')} (${reasons})`);
  result.tags = collector.tags();
  result.labelledTags = collector.labelledTags();
  result.relationTypes = relationTypes.types();
  result.notices = notices.notices();
  return result;
}
