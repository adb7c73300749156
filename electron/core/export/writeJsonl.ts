import type { OffsetUnit } from '../../shared/contract';
import type { Annotation } from '../../shared/model';
import { annotatorOf } from './annotatorOf';
import type { ExportScope } from './exportScope';

/** `[start, end, tagId, analystId, analystName]` for every span of a team's analyst. */
function annotators(scope: ExportScope, annotations: readonly Annotation[], at: (cp: number) => number): unknown[] {
  return annotations.flatMap((a) => {
    const analyst = annotatorOf(scope, a);
    return analyst ? [[at(a.start), at(a.end), a.tag, analyst.id, analyst.name]] : [];
  });
}

/**
 * doccano's sequence-labelling JSONL: one document per line with `label` as
 * `[start, end, tagId]` triples. doccano's interface counts offsets in UTF-16
 * code units (JavaScript string indices; only a project set to count
 * grapheme clusters differs), so `utf16` is what doccano shows in place; a
 * script that indexes Python strings wants `codepoints`. `title` and `notes`
 * are extra keys doccano ignores; `notes` holds `[start, end, tagId, note]`
 * in the same unit for spans that have one, so notes survive a round trip
 * without disturbing doccano's own triples. `sections` holds
 * `[start, end, tagId, [clause path…]]` for every span with one, `values`
 * `[start, end, tagId, value]` for targets, and `date`, `region` and `issuer`
 * the document's (null when it has none): doccano keeps such keys as the example's metadata.
 * `[start, end, tagId, value]` for targets, and `date` the document's date
 * (null when it has none), `annotators` `[start, end, tagId, analystId, name]`
 * for spans of a team's analysts: doccano keeps such keys as the example's metadata.
 */
export function writeJsonl(scope: ExportScope, offsets: OffsetUnit): Uint8Array {
  const lines = scope.documents.map(({ doc, map, annotations }) => {
    const at = offsets === 'utf16' ? (cp: number) => map.toUtf16(cp) : (cp: number) => cp;
    return JSON.stringify({
      text: doc.text,
      label: annotations.map((a) => [at(a.start), at(a.end), a.tag]),
      title: doc.title,
      notes: annotations.filter((a) => a.note).map((a) => [at(a.start), at(a.end), a.tag, a.note]),
      sections: annotations.filter((a) => a.section?.length).map((a) => [at(a.start), at(a.end), a.tag, a.section]),
      values: annotations.filter((a) => a.value !== undefined).map((a) => [at(a.start), at(a.end), a.tag, a.value]),
      date: doc.date ?? null,
      region: doc.region ?? null,
      issuer: doc.issuer ?? null,
      annotators: annotators(scope, annotations, at),
    });
  });
  return Buffer.from(lines.map((l) => l + '\n').join(''), 'utf8');
}
