import { OffsetMap } from '../../shared/codePoints';
import { badFile } from './badFile';
import { interchangeDocument } from './interchangeDocument';
import type { Interchange } from './readInterchange';
import { checkSpan } from './spanCheck';
import { TagCollector } from './tagCollector';

type Triple = [unknown, unknown, unknown];

/** doccano writes spans as `label` (older: `labels`) triples, or as `entities` objects in its newer format. */
function spansOf(line: Record<string, unknown>): Triple[] | null {
  const triples = line.label ?? line.labels;
  if (Array.isArray(triples) && triples.every((t) => Array.isArray(t) && t.length >= 3)) return triples as Triple[];
  if (triples === undefined && Array.isArray(line.entities)) {
    return (line.entities as Array<Record<string, unknown>>).map((e) => [e?.start_offset, e?.end_offset, e?.label]);
  }
  if (triples === undefined && line.entities === undefined) return [];
  return null;
}

/**
 * Reads doccano sequence-labelling JSONL: a document per line, spans as
 * code-point triples, plus the `title` and `notes` keys Pizhu's own export
 * adds.
 */
export function readDoccanoJsonl(name: string, content: string): Interchange {
  const collector = new TagCollector();
  const result: Interchange = { kind: 'jsonl', tags: [], documents: [], annotations: [] };
  const base = name.replace(/\.[^.]*$/, '');
  content.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const lineNo = index + 1;
    let line: unknown;
    try {
      line = JSON.parse(raw);
    } catch {
      throw badFile(name, `line ${lineNo} is not JSON`);
    }
    if (typeof line !== 'object' || line === null || typeof (line as { text?: unknown }).text !== 'string') {
      throw badFile(name, `line ${lineNo} has no "text": not a doccano JSONL export`);
    }
    const record = line as Record<string, unknown>;
    const spans = spansOf(record);
    if (!spans) throw badFile(name, `line ${lineNo} has labels that are not [start, end, label] triples`);
    const key = `line-${lineNo}`;
    const title = typeof record.title === 'string' && record.title.trim() ? record.title : `${base} #${result.documents.length + 1}`;
    const text = record.text as string;
    result.documents.push(interchangeDocument(name, 'jsonl', key, title, text));

    const notes = new Map<string, string>();
    if (Array.isArray(record.notes)) {
      for (const n of record.notes as unknown[]) {
        if (Array.isArray(n) && typeof n[3] === 'string') notes.set(`${String(n[0])}\u0000${String(n[1])}\u0000${String(n[2])}`, n[3]);
      }
    }
    const map = new OffsetMap(text);
    for (const [start, end, label] of spans) {
      if (typeof label !== 'string' || !label) throw badFile(name, `line ${lineNo} has a span without a label`);
      const span = checkSpan(name, `"${title}" (line ${lineNo})`, map, start, end);
      const note = notes.get(`${span.start}\u0000${span.end}\u0000${label}`) ?? '';
      result.annotations.push({ docKey: key, ...span, tag: collector.idFor(label), note });
    }
  });
  if (!result.documents.length) throw badFile(name, 'holds no documents');
  result.tags = collector.tags();
  return result;
}
