import { randomBytes } from 'node:crypto';
import { PizhuError } from '../../shared/errors';
import type { OffsetMap } from '../../shared/codePoints';
import type { Annotation } from '../../shared/model';

/** Random bytes for span ids, drawn from the system a thousand ids at a time: 100,000 spans at once would otherwise spend a quarter of a second asking. */
let idBytes = Buffer.alloc(0);
let idAt = 0;

export function newAnnotationId(): string {
  if (idAt + 9 > idBytes.length) {
    idBytes = randomBytes(9 * 1024);
    idAt = 0;
  }
  idAt += 9;
  return `a_${idBytes.toString('base64url', idAt - 9, idAt)}`;
}

/** Build a span after checking its offsets against the text; the quote always comes from the text. */
export function makeSpan(
  offsets: OffsetMap,
  docId: string,
  start: number,
  end: number,
  tag: string,
  note: string,
  now: string,
): Annotation {
  if (!(start < end)) throw new PizhuError('INVALID_INPUT', `empty or reversed span: start ${start} must be less than end ${end}`);
  if (end > offsets.length) {
    throw new PizhuError(
      'INVALID_INPUT',
      `offsets out of range: end ${end} is past the end of the document (${offsets.length} characters)`,
    );
  }
  return { id: newAnnotationId(), docId, start, end, quote: offsets.slice(start, end), tag, note, created: now, modified: now };
}
