import type { OffsetUnit } from '../../shared/contract';
import type { DocumentRecord } from '../../shared/model';
import { badFile } from './badFile';
import { decodeUtf8 } from './decodeUtf8';
import type { Interchange } from './interchangeTypes';
import { openZip } from './interchangeZip';
import { readBratZip } from './readBratZip';
import { readDoccanoJsonl } from './readDoccanoJsonl';
import { qdpxProjectFile, readQde, readQdpx } from './readQdpx';
import { isSessionExport, readSessionJson } from './readSessionJson';
import { isW3cAnnotations, readW3c } from './readW3c';

export interface ReadOptions {
  /** How doccano JSONL counts offsets: doccano's UTF-16 code units unless told otherwise. */
  offsets?: OffsetUnit;
  /** The session's documents, for annotations that point at them instead of carrying their texts; asked for only then. */
  sessionDocuments?: () => Promise<DocumentRecord[]>;
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
 * collection, W3C Web Annotations, a REFI-QDA project) by its extension and
 * content: a zip holding a project.qde is a REFI-QDA project, whatever its
 * extension.
 *
 * @returns null when the file is not an annotation export at all, so the
 *   caller treats it as a document.
 * @throws PizhuError('BAD_FILE', '<name>: <problem>') when it is one but
 *   cannot be taken in as a whole (not parseable, inconsistent, nothing to
 *   import). What a readable file holds that Pizhu cannot carry over comes
 *   back in `notices` instead.
 */
export async function readInterchange(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Interchange | null> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json') || lower.endsWith('.jsonld')) {
    const value = parseJson(name, bytes);
    if (isSessionExport(value)) return readSessionJson(name, value);
    if (isW3cAnnotations(value)) return readW3c(name, value, options.sessionDocuments ?? (async () => []));
    throw badFile(name, 'is neither a Pizhu export nor W3C Web Annotations');
  }
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson'))
    return readDoccanoJsonl(name, decodeUtf8(name, bytes), options.offsets ?? 'utf16');
  if (lower.endsWith('.zip') || lower.endsWith('.qdpx')) {
    const zip = await openZip(name, bytes);
    const projectFile = qdpxProjectFile(zip);
    if (projectFile) return readQdpx(name, zip, projectFile);
    if (lower.endsWith('.qdpx')) throw badFile(name, 'holds no project.qde, so it is not a REFI-QDA project');
    return readBratZip(name, zip);
  }
  if (lower.endsWith('.qde')) return readQde(name, decodeUtf8(name, bytes));
  if (lower.endsWith('.ann')) throw badFile(name, 'a brat .ann file needs its .txt: import the collection as a zip');
  return null;
}
