import type { ExportScope } from './exportScope';

/**
 * doccano's sequence-labelling JSONL: one document per line with `label` as
 * `[start, end, tagId]` triples in code points (doccano counts Python str
 * indices, which are code points). `title` and `notes` are extra keys doccano
 * ignores; `notes` holds `[start, end, tagId, note]` for spans that have one,
 * so notes survive a round trip without disturbing doccano's own triples.
 */
export function writeJsonl(scope: ExportScope): Uint8Array {
  const lines = scope.documents.map(({ doc, annotations }) =>
    JSON.stringify({
      text: doc.text,
      label: annotations.map((a) => [a.start, a.end, a.tag]),
      title: doc.title,
      notes: annotations.filter((a) => a.note).map((a) => [a.start, a.end, a.tag, a.note]),
    }),
  );
  return Buffer.from(lines.map((l) => l + '\n').join(''), 'utf8');
}
