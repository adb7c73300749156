import JSZip from 'jszip';
import type { DocumentRecord, RelationType, Tag } from '../../shared/model';
import { sectionLine } from '../../shared/structure/sectionPath';
import { bratFragments } from './bratFragments';
import { BRAT_ANNOTATOR_NOTE, BRAT_DOCUMENT_NOTE, BRAT_SECTION_NOTE, BRAT_VALUE_NOTE, oneLine } from './bratLineBreaks';
import { annotatorOf } from './annotatorOf';
import type { ExportScope } from './exportScope';
import { uniqueFileBases } from './safeFileName';
import { isoDate } from './spanRows';
import { spanPieces } from '../../shared/fragments';

const ANY_ENTITY = '<ENTITY>';

/**
 * A relation type's line of `[relations]`: the tags its first and second
 * argument may have. brat allows every pairing of the two lists, so allowed
 * pairs are written as the tags they name; a type without pairs, or whose
 * pairs name a tag the export leaves out, or whose relations go beyond them,
 * allows any entity.
 */
function relationLine(type: RelationType, scope: ExportScope): string {
  const used = scope.documents.flatMap(({ annotations, relations }) => {
    const tagOf = new Map(annotations.map((a) => [a.id, a.tag]));
    return relations.filter((r) => r.type === type.id).map((r) => ({ from: tagOf.get(r.from)!, to: tagOf.get(r.to)! }));
  });
  const pairs = type.pairs ?? [];
  const froms = [...new Set(pairs.map((p) => p.from))];
  const tos = [...new Set(pairs.map((p) => p.to))];
  const fits =
    pairs.length > 0 &&
    [...froms, ...tos].every((t) => scope.tagById.has(t)) &&
    used.every((u) => froms.includes(u.from) && tos.includes(u.to));
  return `${type.id}\tArg1:${fits ? froms.join('|') : ANY_ENTITY}, Arg2:${fits ? tos.join('|') : ANY_ENTITY}`;
}

/** `[entities]` declares the tags, `[relations]` the relation types; the other sections must exist for brat even when empty. */
function annotationConf(scope: ExportScope): string {
  return [
    ...['[entities]', ...scope.tags.map((t) => t.id), ''],
    ...['[relations]', ...scope.relationTypes.map((t) => relationLine(t, scope)), ''],
    ...['[events]', '', '[attributes]', ''],
  ].join('\n');
}

/** Display names as `type | 中文 | English` (brat shows the longest that fits) and each tag's and relation type's colour. */
function visualConf(tags: readonly Tag[], relationTypes: readonly RelationType[]): string {
  const both = [...tags, ...relationTypes];
  return [
    '[labels]',
    ...both.map((t) => `${t.id} | ${oneLine(t.label.zh)} | ${oneLine(t.label.en)}`),
    '',
    '[drawing]',
    ...tags.map((t) => `${t.id}\tbgColor:${t.color}`),
    ...relationTypes.map((t) => `${t.id}\tcolor:${t.color}`),
    '',
  ].join('\n');
}

/** JSON on one .ann line: the line breaks JSON leaves as they are (U+0085, U+2028, U+2029) escaped as JSON escapes, which brat's reader does not split at. */
function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The document's date (ISO 8601), region and issuer, those it has, as one JSON object; null when it has none. */
function documentNote(doc: DocumentRecord): string | null {
  const fields = {
    ...(doc.date && { date: isoDate(doc.date) }),
    ...(doc.region && { region: doc.region }),
    ...(doc.issuer && { issuer: doc.issuer }),
  };
  return Object.keys(fields).length ? jsonLine(fields) : null;
}

/**
 * The .ann standoff for one document: T lines with code-point offsets (a
 * discontinuous span as its fragments, `start end;start end`), AnnotatorNotes
 * for notes, comments of more types, which brat shows with the span and
 * keeps: `Section` with the clause path, `Value` with a target's value as
 * JSON, `Annotator` with the analyst of a team's span; then an R line per
 * relation, with its note as AnnotatorNotes; and, last, `Document` on the
 * first span with the document's date, region and issuer.
 */
function annFile(scoped: ExportScope['documents'][number], scope: ExportScope): string {
  const lines: string[] = [];
  const docNote = documentNote(scoped.doc);
  const textBound = new Map<string, string>();
  let note = 0;
  for (const a of scoped.annotations) {
    const pieces = spanPieces(a).flatMap((f) => bratFragments(scoped.map, f.start, f.end));
    // brat cannot hold a span with no character outside line breaks.
    if (!pieces.length) continue;
    const t = `T${textBound.size + 1}`;
    textBound.set(a.id, t);
    const offsets = pieces.map(([s, e]) => `${s} ${e}`).join(';');
    const text = pieces.map(([s, e]) => scoped.map.slice(s, e)).join(' ');
    lines.push(`${t}\t${a.tag} ${offsets}\t${text}`);
    if (a.note) lines.push(`#${++note}\tAnnotatorNotes ${t}\t${oneLine(a.note)}`);
    if (a.section?.length) lines.push(`#${++note}\t${BRAT_SECTION_NOTE} ${t}\t${oneLine(sectionLine(a.section))}`);
    if (a.value !== undefined) lines.push(`#${++note}\t${BRAT_VALUE_NOTE} ${t}\t${jsonLine(a.value)}`);
    const analyst = annotatorOf(scope, a);
    if (analyst) lines.push(`#${++note}\t${BRAT_ANNOTATOR_NOTE} ${t}\t${oneLine(`${analyst.name} (${analyst.id})`)}`);
  }
  let r = 0;
  for (const relation of scoped.relations) {
    const from = textBound.get(relation.from);
    const to = textBound.get(relation.to);
    if (!from || !to) continue;
    lines.push(`R${++r}\t${relation.type} Arg1:${from} Arg2:${to}`);
    if (relation.note) lines.push(`#${++note}\tAnnotatorNotes R${r}\t${oneLine(relation.note)}`);
  }
  // Last, so that the numbers of the other comments stay as they were before it existed.
  if (textBound.size && docNote) lines.push(`#${++note}\t${BRAT_DOCUMENT_NOTE} T1\t${docNote}`);
  return lines.map((l) => l + '\n').join('');
}

/** A brat collection as a zip: NAME.txt and NAME.ann per document plus annotation.conf and visual.conf, in one folder. */
export async function writeBrat(scope: ExportScope, folder: string, date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  const dir = zip.folder(folder)!;
  const names = uniqueFileBases(
    scope.documents.map((d) => d.doc.title),
    'document',
  );
  scope.documents.forEach((scoped, i) => {
    dir.file(`${names[i]}.txt`, Buffer.from(scoped.doc.text, 'utf8'), { date });
    dir.file(`${names[i]}.ann`, Buffer.from(annFile(scoped, scope), 'utf8'), { date });
  });
  dir.file('annotation.conf', annotationConf(scope), { date });
  dir.file('visual.conf', visualConf(scope.tags, scope.relationTypes), { date });
  // Entries go in as UTF-8 buffers and deflate runs at level 1: JSZip's own string encoding and its default level dominated large exports.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
