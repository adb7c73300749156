import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LayerIndex } from '../../../electron/core/team/LayerIndex';
import { TeamReplica, type LayerSpan } from '../../../electron/core/team/TeamReplica';
import { sha256 } from '../../../electron/core/team/teamRecords';

const TEXT = '城镇新增就业1200万人以上，居民消费价格涨幅2%左右。';
const OTHER = '实施提振消费专项行动。';
const wang = { id: 'a-wang', name: '王芳' };
const li = { id: 'a-li', name: 'Li Wei' };

function span(id: string, text: string, start: number, end: number, note = ''): LayerSpan {
  const quote = [...text].slice(start, end).join('');
  return {
    id,
    docHash: sha256(text),
    start,
    end,
    tag: 'target',
    quote,
    note,
    created: '2026-12-01T00:00:00Z',
    modified: '2026-12-01T00:00:00Z',
  };
}

describe('the layer index: the replica’s spans and relations by document, on disk, kept up from its changes', () => {
  const opened: Array<{ close(): Promise<void> }> = [];
  const roots: string[] = [];
  const folder = () => {
    const root = mkdtempSync(join(tmpdir(), 'pizhu-layer-index-'));
    roots.push(root);
    return root;
  };
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await item.close();
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('gives each document its records; an edit moves a record, a deletion drops it; reopened, it reads only what is new', async () => {
    const root = folder();
    const replica = TeamReplica.open(join(root, 'replica'));
    opened.push(replica);
    await replica.publishSpans(wang, 's1', sha256(TEXT), [span('w1', TEXT, 0, 6), span('w2', TEXT, 6, 14)], []);
    await replica.publishSpans(li, 's2', sha256(OTHER), [span('l1', OTHER, 2, 6)], []);
    await replica.publishRelations(
      wang,
      's1',
      [{ id: 'r_1', docHash: sha256(TEXT), type: 'supports', from: 'w1', to: 'w2', note: '', created: 'x', modified: 'x' }],
      [],
    );

    let index = await LayerIndex.open(join(root, 'replica.layers'), replica);
    expect(await index.catchUp()).toBe(4);
    expect((await index.spans(sha256(TEXT))).map((s) => s._id).sort()).toEqual(['span:a-wang:w1', 'span:a-wang:w2']);
    expect((await index.spans(sha256(OTHER))).map((s) => s._id)).toEqual(['span:a-li:l1']);
    expect((await index.relations(sha256(TEXT))).map((r) => r._id)).toEqual(['rel:a-wang:r_1']);

    // The same span id now over the other document, and one span deleted.
    await replica.publishSpans(wang, 's1', sha256(OTHER), [span('w2', OTHER, 0, 4, '改')], []);
    await replica.publishSpans(li, 's2', '', [], ['l1']);
    expect(await index.catchUp()).toBe(2);
    expect((await index.spans(sha256(TEXT))).map((s) => s._id)).toEqual(['span:a-wang:w1']);
    expect(await index.spans(sha256(OTHER))).toMatchObject([{ _id: 'span:a-wang:w2', note: '改', start: 0, end: 4 }]);
    const seq = index.seq;
    await index.close();

    await replica.publishSpans(li, 's2', sha256(TEXT), [span('l2', TEXT, 1, 3)], []);
    index = await LayerIndex.open(join(root, 'replica.layers'), replica);
    opened.push(index);
    expect(index.seq).toBe(seq);
    expect(await index.catchUp()).toBe(1);
    expect((await index.spans(sha256(TEXT))).map((s) => s._id).sort()).toEqual(['span:a-li:l2', 'span:a-wang:w1']);
    // Asked twice at once, the index reads once.
    expect(await Promise.all([index.catchUp(), index.catchUp()])).toEqual([0, 0]);
  });

  it('leaves out what fails its check, and starts over for a replica made again', async () => {
    const root = folder();
    let replica = TeamReplica.open(join(root, 'replica'));
    await replica.publishSpans(wang, 's1', sha256(TEXT), [span('w1', TEXT, 0, 6)], []);
    // A record no Pizhu writes: an empty span.
    await replica.publishSpans(wang, 's1', sha256(TEXT), [span('w9', TEXT, 3, 3)], []);
    let index = await LayerIndex.open(join(root, 'replica.layers'), replica);
    await index.catchUp();
    expect((await index.spans(sha256(TEXT))).map((s) => s._id)).toEqual(['span:a-wang:w1']);
    await index.close();
    await replica.close();

    rmSync(join(root, 'replica'), { recursive: true, force: true });
    replica = TeamReplica.open(join(root, 'replica'));
    opened.push(replica);
    await replica.publishSpans(li, 's2', sha256(OTHER), [span('l1', OTHER, 0, 2)], []);
    index = await LayerIndex.open(join(root, 'replica.layers'), replica);
    opened.push(index);
    await index.catchUp();
    expect(await index.spans(sha256(TEXT))).toEqual([]);
    expect((await index.spans(sha256(OTHER))).map((s) => s._id)).toEqual(['span:a-li:l1']);
  });
});
