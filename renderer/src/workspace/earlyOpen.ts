import type { Output } from '../../../electron/shared/contract';
import type { Annotation, DocumentRecord } from '../../../electron/shared/model';
import { call } from '../api/client';

interface EarlyOpen {
  docId: string;
  /** The view state the document was found in: where the reader was, the panel's filter. */
  view: Output<'view.get'>;
  record: Promise<DocumentRecord>;
  spans: Promise<Annotation[]>;
}

let early: Promise<EarlyOpen | null> | null = null;

/**
 * Ask for the document the session last had open, its text and its spans,
 * as the page starts: the shell asks for the session, then for its
 * documents and view, and only then shows the workspace, which would ask
 * for them two round trips later. Call once, before the first render.
 */
export function startEarlyOpen(): void {
  early = call('view.get', {})
    .then((view) => {
      const docId = view.openDocId;
      if (!docId) return null;
      const opened = { docId, view, record: call('documents.get', { id: docId }), spans: call('annotations.list', { docId }) };
      // Whoever takes them hears their errors; nobody may take them at all (the shell opens another document).
      opened.record.catch(() => undefined);
      opened.spans.catch(() => undefined);
      return opened;
    })
    .catch(() => null);
}

/**
 * The view, text and spans asked for at start-up, when `docId` is the document
 * they are of; null otherwise. Handed out once, to the first document the
 * workspace opens: any later open asks the core again, so nothing asked for
 * before a change is shown after it.
 */
export async function takeEarlyOpen(docId: string): Promise<Omit<EarlyOpen, 'docId'> | null> {
  const pending = early;
  early = null;
  const opened = pending ? await pending : null;
  return opened?.docId === docId ? { view: opened.view, record: opened.record, spans: opened.spans } : null;
}
