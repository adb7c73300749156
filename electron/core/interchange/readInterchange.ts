import type { DocumentRecord, Tag } from '../../shared/model';
import { badFile } from './badFile';
import { decodeUtf8 } from './decodeUtf8';
import { readBratZip } from './readBratZip';
import { readDoccanoJsonl } from './readDoccanoJsonl';
import { isSessionExport, readSessionJson } from './readSessionJson';
import { isW3cAnnotations, readW3c } from './readW3c';

export type InterchangeDocument = Omit<DocumentRecord, 'id'> & { key: string };
export interface InterchangeAnnotation {
  docKey: string;
  start: number;
  end: number;
  tag: string;
  note: string;
  created?: string;
  modified?: string;
}

/** An annotation export as read back: its documents (keyed as the file keys them), tags and spans, all checked against each other. */
export interface Interchange {
  kind: 'json' | 'jsonl' | 'brat' | 'w3c';
  tags: Tag[];
  documents: InterchangeDocument[];
  annotations: InterchangeAnnotation[];
}

function parseJson(name: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decodeUtf8(name, bytes));
  } catch (error) {
    if (error instanceof SyntaxError) throw badFile(name, 'is not valid JSON');
    throw error;
  }
}

/**
 * Reads an annotation export (Pizhu JSON, doccano JSONL, a zipped brat
 * collection, W3C Web Annotations) by its extension and content.
 *
 * @returns null when the file is not an annotation export at all, so the
 *   caller treats it as a document.
 * @throws PizhuError('BAD_FILE', '<name>: <problem>') when it is one but is
 *   malformed or inconsistent (offsets out of range, quote mismatch, unknown
 *   document).
 */
export async function readInterchange(name: string, bytes: Uint8Array): Promise<Interchange | null> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json') || lower.endsWith('.jsonld')) {
    const value = parseJson(name, bytes);
    if (isSessionExport(value)) return readSessionJson(name, value);
    if (isW3cAnnotations(value)) return readW3c(name, value);
    throw badFile(name, 'is neither a Pizhu export nor W3C Web Annotations');
  }
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return readDoccanoJsonl(name, decodeUtf8(name, bytes));
  if (lower.endsWith('.zip')) return readBratZip(name, bytes);
  if (lower.endsWith('.ann')) throw badFile(name, 'a brat .ann file needs its .txt: import the collection as a zip');
  return null;
}
