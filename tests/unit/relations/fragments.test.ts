import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import { fragmentProblem, withFragment } from '../../../electron/shared/fragments';
import { FRAGMENT_QUOTE_JOINER, type Annotation } from '../../../electron/shared/model';
import { tempDir } from '../store/storeFixture';
import { call, closeCores, refused, startCore, stopCore } from '../core/coreCalls';

const TEXT = '𠮷野家推动实现全年工作目标任务，确保完成。';

afterEach(closeCores);

async function setUp() {
  const dataDir = tempDir('pizhu-frag-data-');
  const path = join(tempDir('pizhu-frag-'), 's.pizhu');
  const core = await startCore({ dataDir, sessionPath: path, warn: () => undefined });
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name: 'a.txt', data: Buffer.from(TEXT).toString('base64') }],
    cleanup: false,
  });
  const docId = (await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId })).created[0]!.id;
  const span = await call<Annotation>(core, 'annotations.create', { docId, start: 0, end: 3, tag: 'project' });
  return { core, dataDir, path, docId, span };
}

const chars = [...TEXT];
const piece = (start: number, end: number) => chars.slice(start, end).join('');

describe('fragments of a span', () => {
  it('are checked: ordered, apart, within the text, each holding a character', () => {
    expect(fragmentProblem([{ start: 0, end: 2 }], 10)).toMatch(/at least two/);
    expect(
      fragmentProblem(
        [
          { start: 0, end: 2 },
          { start: 2, end: 4 },
        ],
        10,
      ),
    ).toBeNull();
    expect(
      fragmentProblem(
        [
          { start: 3, end: 5 },
          { start: 0, end: 2 },
        ],
        10,
      ),
    ).toMatch(/fragment 2/);
    expect(
      fragmentProblem(
        [
          { start: 0, end: 3 },
          { start: 2, end: 4 },
        ],
        10,
      ),
    ).toMatch(/overlaps/);
    expect(
      fragmentProblem(
        [
          { start: 0, end: 0 },
          { start: 2, end: 4 },
        ],
        10,
      ),
    ).toMatch(/empty/);
    expect(
      fragmentProblem(
        [
          { start: 0, end: 2 },
          { start: 8, end: 11 },
        ],
        10,
      ),
    ).toMatch(/past the end/);
    expect(
      withFragment(
        [
          { start: 0, end: 2 },
          { start: 6, end: 8 },
        ],
        { start: 2, end: 6 },
      ),
    ).toEqual([{ start: 0, end: 8 }]);
    expect(withFragment([{ start: 5, end: 8 }], { start: 0, end: 2 })).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 8 },
    ]);
  });

  it('set by annotations.update give the outer bounds and a joined quote; one piece makes it ordinary again', async () => {
    const { core, span } = await setUp();
    const split = await call<Annotation>(core, 'annotations.update', {
      id: span.id,
      fragments: [
        { start: 0, end: 3 },
        { start: 11, end: 15 },
      ],
    });
    expect(split).toMatchObject({ start: 0, end: 15, quote: `${piece(0, 3)}${FRAGMENT_QUOTE_JOINER}${piece(11, 15)}` });
    expect(split.fragments).toEqual([
      { start: 0, end: 3 },
      { start: 11, end: 15 },
    ]);
    const moved = await call<Annotation>(core, 'annotations.update', { id: span.id, end: 16 });
    expect(moved.fragments).toEqual([
      { start: 0, end: 3 },
      { start: 11, end: 16 },
    ]);
    const overlapping = await refused(core, 'annotations.update', {
      id: span.id,
      fragments: [
        { start: 4, end: 8 },
        { start: 6, end: 9 },
      ],
    });
    expect(overlapping.message).toMatch(/overlaps/);
    expect((await refused(core, 'annotations.update', { id: span.id, start: 1, fragments: [{ start: 0, end: 2 }] })).message).toMatch(
      /not both/,
    );
    const plain = await call<Annotation>(core, 'annotations.update', { id: span.id, fragments: [{ start: 3, end: 7 }] });
    expect(plain).toMatchObject({ start: 3, end: 7, quote: piece(3, 7) });
    expect(plain.fragments).toBeUndefined();
  });

  it('added one at a time survive undo, redo and a restart', async () => {
    const { core, dataDir, path, docId, span } = await setUp();
    const two = await call<Annotation>(core, 'annotations.addFragment', { id: span.id, start: 7, end: 11 });
    expect(two.fragments).toEqual([
      { start: 0, end: 3 },
      { start: 7, end: 11 },
    ]);
    const three = await call<Annotation>(core, 'annotations.addFragment', { id: span.id, start: 15, end: 20 });
    expect(three.quote).toBe([piece(0, 3), piece(7, 11), piece(15, 20)].join(FRAGMENT_QUOTE_JOINER));
    await call(core, 'history.undo');
    expect((await call<Annotation[]>(core, 'annotations.list', { docId }))[0]!.fragments).toEqual(two.fragments);
    await call(core, 'history.undo');
    expect((await call<Annotation[]>(core, 'annotations.list', { docId }))[0]!.fragments).toBeUndefined();
    await call(core, 'history.redo');
    await call(core, 'history.redo');
    await stopCore(core);
    const again = await startCore({ dataDir, sessionPath: path, warn: () => undefined });
    const [stored] = await call<Annotation[]>(again, 'annotations.list', { docId });
    expect(stored).toMatchObject({ start: 0, end: 20, quote: three.quote, fragments: three.fragments });
    const joined = await call<Annotation>(again, 'annotations.addFragment', { id: span.id, start: 2, end: 8 });
    expect(joined.fragments).toEqual([
      { start: 0, end: 11 },
      { start: 15, end: 20 },
    ]);
  });
});
