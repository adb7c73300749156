import { describe, expect, it } from 'vitest';
import { planMerge } from '../../../electron/core/interchange/planMerge';
import type { DocumentRecord } from '../../../electron/shared/model';
import { documentRecord } from '../store/storeFixture';
import { noticeCounts, noticeDetail, readFromDisk } from './interchangeFixture';

// A (code points): 𠮷 0, 野家的 1–4, 😀 4, 早餐 5–7, ； 7, 推动 8–10, 扩大内需 10–14; in UTF-16 扩大内需 is 12–16.
const A = documentRecord('d_a', '𠮷野家的😀早餐；推动扩大内需');
// B: 扩大内需 at 4–8 and at 9–13.
const B = documentRecord('d_b', '另一篇：扩大内需，扩大内需。');

function annotation(id: string, selectors: object[], tag = 'Place', source = 'https://example.org/texts/report.html') {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: `https://annotator.example/anno/${id}`,
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: tag },
      { type: 'TextualBody', purpose: 'commenting', value: `comment ${id}` },
    ],
    target: { source, selector: selectors },
  };
}
const quote = (exact: string, prefix?: string, suffix?: string) => ({ type: 'TextQuoteSelector', exact, prefix, suffix });
const position = (start: number, end: number) => ({ type: 'TextPositionSelector', start, end });

async function readForeign(items: object[], session: DocumentRecord[] = [A, B]) {
  return readFromDisk('recogito.jsonld', JSON.stringify(items), { sessionDocuments: async () => session });
}

describe('W3C annotations from other tools, matched to the documents the session holds', () => {
  it('matches by position (code points, as the W3C model counts) when the quote there is right', async () => {
    const read = await readForeign([annotation('1', [quote('扩大内需'), position(10, 14)])]);
    expect(read.annotations.map((a) => [a.docKey, a.start, a.end, a.tag, a.note])).toEqual([['d_a', 10, 14, 'place', 'comment 1']]);
    expect(read.notices).toEqual([]);
    const plan = planMerge({ tags: [], documents: [A, B], annotations: [] }, read);
    expect(plan.newDocuments).toEqual([]);
    expect(plan.newAnnotations).toHaveLength(1);
    expect(plan.existingDocIdByKey['d_a']).toBe('d_a');
  });

  it("matches a position counted in UTF-16, as Recogito's text-annotator counts", async () => {
    const read = await readForeign([annotation('2', [quote('扩大内需'), position(12, 16)])]);
    expect(read.annotations.map((a) => [a.docKey, a.start, a.end])).toEqual([['d_a', 10, 14]]);
  });

  it('falls back to the quote with its prefix and suffix when it occurs exactly once', async () => {
    const read = await readForeign([
      annotation('3', [quote('扩大内需', '，', '。')]),
      annotation('4', [quote('扩大内需', '推动'), position(0, 4)]),
    ]);
    expect(read.annotations.map((a) => [a.docKey, a.start, a.end])).toEqual([
      ['d_b', 9, 13],
      ['d_a', 10, 14],
    ]);
  });

  it('reports the annotations that match nothing or match several places, never guessing', async () => {
    const read = await readForeign([
      annotation('5', [quote('扩大内需')]),
      annotation('6', [quote('不存在的话'), position(0, 5)]),
      annotation('7', [quote('扩大内需'), position(10, 14)]),
    ]);
    expect(read.annotations.map((a) => [a.docKey, a.start, a.end])).toEqual([['d_a', 10, 14]]);
    expect(noticeCounts(read.notices)).toEqual({ 'unmatched-annotations': 2 });
    expect(noticeDetail(read.notices, 'unmatched-annotations')).toBe(
      'found in several places: https://annotator.example/anno/5; found nowhere: https://annotator.example/anno/6',
    );
  });

  it('reads a file that matches nothing at all as an import of no spans, not as an error', async () => {
    const read = await readForeign([annotation('8', [quote('扩大内需'), position(10, 14)])], []);
    expect(read.annotations).toEqual([]);
    expect(read.documents).toEqual([]);
    expect(noticeCounts(read.notices)).toEqual({ 'unmatched-annotations': 1 });
  });
});
