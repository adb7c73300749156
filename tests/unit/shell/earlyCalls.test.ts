// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../electron/shared/errors';
import { OPERATION_NAMES } from '../../../electron/shared/operationNames';

type EarlyCalls = typeof import('../../../renderer/src/api/earlyCalls');

/** What the page asked the core, in order, as the preload's bridge heard it. */
const asked: string[] = [];
let early: EarlyCalls;

beforeAll(async () => {
  // The bridge the preload exposes, answering every call with what it was asked; read once, when the transport loads.
  const bridge = Object.fromEntries(
    OPERATION_NAMES.map((name) => [
      name,
      (input: unknown): Promise<Result<unknown>> => {
        asked.push(`${name} ${JSON.stringify(input)}`);
        return Promise.resolve({ ok: true, value: { name, input } });
      },
    ]),
  );
  Object.assign(window, { pizhu: bridge });
  early = await import('../../../renderer/src/api/earlyCalls');
});

const answered = async (answer: Promise<Result<unknown>> | undefined) => (answer ? await answer : undefined);

describe('the calls made as the page starts', () => {
  it('ask for the shell, and for the text and spans of the document shown last, each answer handed out once', async () => {
    early.rememberOpenDocument('d1');
    asked.length = 0;
    early.startEarlyCalls();
    expect(asked).toEqual([
      'settings.get {}',
      'session.info {}',
      'tags.list {}',
      'documents.list {}',
      'view.get {}',
      'view.get {}',
      'documents.get {"id":"d1"}',
      'annotations.list {"docId":"d1"}',
    ]);
    expect(await answered(early.takeEarlyAnswer('annotations.list', { docId: 'd1' }))).toEqual({
      ok: true,
      value: { name: 'annotations.list', input: { docId: 'd1' } },
    });
    expect(early.takeEarlyAnswer('annotations.list', { docId: 'd1' })).toBeUndefined();
    expect(early.takeEarlyAnswer('documents.get', { id: 'd2' })).toBeUndefined();
    expect(early.takeEarlyAnswer('view.get', {})).toBeDefined();
    expect(early.takeEarlyAnswer('view.get', {})).toBeDefined();
    expect(early.takeEarlyAnswer('view.get', {})).toBeUndefined();
  });

  it('are dropped by the first call that may change something, reads leaving them', () => {
    early.startEarlyCalls();
    expect(early.takeEarlyAnswer('team.status', {})).toBeUndefined();
    expect(early.takeEarlyAnswer('tags.list', {})).toBeDefined();
    expect(early.takeEarlyAnswer('annotations.create', { docId: 'd1', start: 0, end: 1, tag: 't' })).toBeUndefined();
    expect(early.takeEarlyAnswer('documents.list', {})).toBeUndefined();
    expect(early.takeEarlyAnswer('documents.get', { id: 'd1' })).toBeUndefined();
  });

  it('ask for no document before one has been shown', () => {
    localStorage.clear();
    asked.length = 0;
    early.startEarlyCalls();
    expect(asked.some((call) => call.startsWith('documents.get') || call.startsWith('annotations.list'))).toBe(false);
  });
});
