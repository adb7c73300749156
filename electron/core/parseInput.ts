import { contract, MAX_SPANS_PER_CALL } from '../shared/contract';
import type { OperationName } from '../shared/operationNames';
import { yieldToEventLoop } from './store/eventLoop';

/** Spans checked per turn of the event loop. */
const SPANS_PER_TURN = 1000;

interface Issue {
  path: PropertyKey[];
  message: string;
}

export type Parsed = { ok: true; data: unknown } | { ok: false; issue: Issue };

function checked(result: { success: true; data: unknown } | { success: false; error: { issues: Issue[] } }): Parsed {
  return result.success ? { ok: true, data: result.data } : { ok: false, issue: result.error.issues[0]! };
}

/**
 * Check an operation's input against the contract. The spans of an
 * annotations.createMany (up to 100,000) are checked a chunk at a time with
 * the event loop running between chunks: one pass over them all would hold
 * the host up longer than all the rest of the work does. The answer is the
 * same as one pass, the first issue's path included.
 */
export async function parseInput(op: OperationName, input: unknown): Promise<Parsed> {
  const schema = contract[op].input;
  const spans = (input as { spans?: unknown } | null)?.spans;
  if (op !== 'annotations.createMany' || !Array.isArray(spans) || spans.length <= SPANS_PER_TURN || spans.length > MAX_SPANS_PER_CALL) {
    return checked(schema.safeParse(input ?? {}));
  }
  // The other fields, and the shape of the whole (a span stands in for the many).
  const head = schema.safeParse({ ...(input as object), spans: spans.slice(0, 1) });
  if (!head.success) return checked(head);
  const parsed: unknown[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (i > 0 && i % SPANS_PER_TURN === 0) await yieldToEventLoop();
    const span = contract['annotations.createMany'].input.shape.spans.element.safeParse(spans[i]);
    if (!span.success) return { ok: false, issue: { ...span.error.issues[0]!, path: ['spans', i, ...span.error.issues[0]!.path] } };
    parsed.push(span.data);
  }
  return { ok: true, data: { ...head.data, spans: parsed } };
}
