import type { OffsetUnit } from '../../shared/contract';
import type { Annotation } from '../../shared/model';
import { annotatorOf } from './annotatorOf';
import type { ExportScope } from './exportScope';
import { spanPieces } from '../../shared/fragments';

/** `[start, end, tagId, analystId, analystName]` for every span of a team's analyst. */
function annotators(scope: ExportScope, annotations: readonly Annotation[], at: (cp: number) => number): unknown[] {
  return annotations.flatMap((a) => {
    const analyst = annotatorOf(scope, a);
    return analyst ? [[at(a.start), at(a.end), a.tag, analyst.id, analyst.name]] : [];
  });
}

/**
 * doccano's JSONL, one document per line, in both of doccano's span forms:
 * `label` as `[start, end, tagId]` triples (sequence labelling) and
 * `entities` as `{id, label, start_offset, end_offset}` with `relations` as
 * `{id, from_id, to_id, type}` (relation extraction). doccano has no
 * discontinuous spans: each fragment is an entity (and a triple) of its own,
 * and `fragments` lists, per discontinuous span, its entities' ids, the
 * first being the one its relations and notes name. doccano's interface
 * counts offsets in UTF-16 code units (JavaScript string indices; only a
 * project set to count grapheme clusters differs), so `utf16` is what
 * doccano shows in place; a script that indexes Python strings wants
 * `codepoints`. `title` and `notes` are extra keys doccano ignores; `notes`
 * holds `[start, end, tagId, note]` in the same unit for spans that have one
 * (a discontinuous span by its first fragment), so notes survive a round
 * trip without disturbing doccano's own triples. `sections` holds
 * `[start, end, tagId, [clause path…]]` for every span with one, `values`
 * `[start, end, tagId, value]` for targets, `relation_notes` `[relationId,
 * note]`, `date`, `region` and `issuer` the document's (null when it has
 * none), and `annotators` `[start, end, tagId, analystId, name]` for spans of
 * a team's analysts: doccano keeps such keys as the example's metadata.
 */
export function writeJsonl(scope: ExportScope, offsets: OffsetUnit): Uint8Array {
  const lines = scope.documents.map(({ doc, map, annotations, relations }) => {
    const at = offsets === 'utf16' ? (cp: number) => map.toUtf16(cp) : (cp: number) => cp;
    const entities: Array<{ id: number; label: string; start_offset: number; end_offset: number }> = [];
    const fragments: number[][] = [];
    const entityOf = new Map<string, number>();
    const heads = annotations.map((a) => {
      const pieces = spanPieces(a);
      const ids = pieces.map((p) => {
        entities.push({ id: entities.length + 1, label: a.tag, start_offset: at(p.start), end_offset: at(p.end) });
        return entities.length;
      });
      if (ids.length > 1) fragments.push(ids);
      entityOf.set(a.id, ids[0]!);
      return { a, head: [at(pieces[0]!.start), at(pieces[0]!.end), a.tag] as const };
    });
    const linked = relations.map((r, i) => ({ r, id: i + 1 }));
    return JSON.stringify({
      text: doc.text,
      label: entities.map((e) => [e.start_offset, e.end_offset, e.label]),
      entities,
      relations: linked.map(({ r, id }) => ({ id, from_id: entityOf.get(r.from)!, to_id: entityOf.get(r.to)!, type: r.type })),
      fragments,
      title: doc.title,
      notes: heads.filter(({ a }) => a.note).map(({ a, head }) => [...head, a.note]),
      sections: heads.filter(({ a }) => a.section?.length).map(({ a, head }) => [...head, a.section]),
      values: heads.filter(({ a }) => a.value !== undefined).map(({ a, head }) => [...head, a.value]),
      relation_notes: linked.filter(({ r }) => r.note).map(({ r, id }) => [id, r.note]),
      date: doc.date ?? null,
      region: doc.region ?? null,
      issuer: doc.issuer ?? null,
      annotators: annotators(scope, annotations, at),
    });
  });
  return Buffer.from(lines.map((l) => l + '\n').join(''), 'utf8');
}
