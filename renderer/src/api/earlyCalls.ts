import type { Result } from '../../../electron/shared/errors';
import type { OperationName } from '../../../electron/shared/operationNames';
import { transport } from './transport';

/** The document the page last showed, remembered by the page itself: which text and spans to ask for before it knows. */
const OPEN_DOC_KEY = 'pizhu.openDoc';

/**
 * Operations that only read, by their names' last word. Calling one leaves
 * the early answers as they are; any other call may change what they
 * answered, and drops them.
 */
const READS = /\.(get|list|info|state|status|outline|recent)$/;

/** The early answers not yet taken, by call: a call asked for twice has two, handed out in turn. */
let early = new Map<string, Promise<Result<unknown>>[]>();

function keyOf(name: OperationName, input: unknown): string {
  return `${name} ${JSON.stringify(input)}`;
}

function readDocId(): string | null {
  try {
    return localStorage.getItem(OPEN_DOC_KEY);
  } catch {
    return null;
  }
}

/**
 * Ask the core, as the page starts and before its script has been
 * evaluated, for what the first screen shows: the shell's session, settings,
 * tags, documents and view, and the text and spans of the document the page
 * showed last. The shell and the workspace would ask for them one round
 * trip after another, once the bundle is running. The answers are kept as
 * they came, unchecked, until `call` takes them (and checks them).
 */
export function startEarlyCalls(): void {
  const docId = readDocId();
  const calls: [OperationName, unknown][] = [
    ['settings.get', {}],
    ['session.info', {}],
    ['tags.list', {}],
    ['documents.list', {}],
    ['view.get', {}],
    // The workspace reads the view again for the document's own state (scroll, filter, outline).
    ['view.get', {}],
  ];
  if (docId) calls.push(['documents.get', { id: docId }], ['annotations.list', { docId }]);
  early = new Map();
  for (const [name, input] of calls) {
    const answer = (transport[name] as (input: unknown) => Promise<Result<unknown>>)(input);
    // Whoever takes an answer hears its failure; nobody may take it at all (the document was another).
    answer.catch(() => undefined);
    const key = keyOf(name, input);
    early.set(key, [...(early.get(key) ?? []), answer]);
  }
}

/**
 * An early answer to exactly this call, each handed out once; undefined when
 * there is none, and for every call once the page has called an operation
 * that may change something: nothing asked for before a change is shown
 * after it.
 */
export function takeEarlyAnswer(name: OperationName, input: unknown): Promise<Result<unknown>> | undefined {
  if (early.size === 0) return undefined;
  if (!READS.test(name)) {
    early.clear();
    return undefined;
  }
  const key = keyOf(name, input);
  const answers = early.get(key);
  const answer = answers?.shift();
  if (answers?.length === 0) early.delete(key);
  return answer;
}

/** Remember the document shown, for the next start to ask for its text and spans early. */
export function rememberOpenDocument(docId: string): void {
  try {
    localStorage.setItem(OPEN_DOC_KEY, docId);
  } catch {
    // Without storage the next start asks for the document once it knows it, as without this.
  }
}
