import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../electron/shared/contract';
import type { DocumentSummary } from '../../../electron/shared/model';
import { previewTotals, previewWritesSomething, reportTotals } from '../../../renderer/src/shell/lib/importSummary';
import { exportDocIds, exportReady, exportTagIds } from '../../../renderer/src/shell/lib/exportChoice';
import { tagUsage } from '../../../renderer/src/shell/lib/tagUsage';

const doc = (title: string, duplicateOf: string | null = null) => ({ title, chars: 10, encoding: 'UTF-8', cleanup: true, duplicateOf });

describe('previewTotals', () => {
  const preview: ImportPreview = {
    previewId: 'p1',
    items: [
      { file: 'a.txt', kind: 'txt', documents: [doc('A')], annotations: 0, notices: [], error: null },
      { file: 'b.jsonl', kind: 'jsonl', documents: [doc('B'), doc('C', 'd1')], annotations: 7, notices: [], error: null },
      { file: 'c.pdf', kind: 'pdf', documents: [], annotations: 0, notices: [], error: 'c.pdf: not a PDF' },
    ],
  };

  it('counts new documents, duplicates, annotations and failed files', () => {
    expect(previewTotals(preview)).toEqual({ documents: 2, duplicates: 1, annotations: 7, relations: 0, errors: 1 });
  });

  it('says a preview of only duplicates and errors writes nothing', () => {
    expect(previewWritesSomething({ documents: 0, duplicates: 2, annotations: 0, relations: 0, errors: 1 })).toBe(false);
    expect(previewWritesSomething({ documents: 0, duplicates: 0, annotations: 3, relations: 0, errors: 0 })).toBe(true);
    expect(previewWritesSomething({ documents: 0, duplicates: 1, annotations: 0, relations: 2, errors: 0 })).toBe(true);
  });

  it('counts a report', () => {
    expect(
      reportTotals({ created: [], duplicates: [{ file: 'x', title: 'X', existingId: 'd' }], annotationsAdded: 4, notices: [], errors: [] }),
    ).toEqual({ created: 0, duplicates: 1, annotations: 4, errors: 0 });
  });
});

describe('export choices', () => {
  it('turns the scope into docIds', () => {
    expect(exportDocIds('all', 'd1', ['d2'])).toBeNull();
    expect(exportDocIds('current', 'd1', ['d2'])).toEqual(['d1']);
    expect(exportDocIds('current', null, [])).toEqual([]);
    expect(exportDocIds('chosen', 'd1', ['d2', 'd3'])).toEqual(['d2', 'd3']);
  });

  it('sends null for every tag and keeps display order otherwise', () => {
    expect(exportTagIds(['target', 'project', 'policy'], ['policy', 'target', 'project'])).toBeNull();
    expect(exportTagIds(['target', 'project', 'policy'], ['policy', 'target'])).toEqual(['target', 'policy']);
  });

  it('is ready only with a document and a tag', () => {
    expect(exportReady(null, null)).toBe(true);
    expect(exportReady([], null)).toBe(false);
    expect(exportReady(['d1'], [])).toBe(false);
  });
});

describe('tagUsage', () => {
  it('adds the counts over documents', () => {
    const summary = (counts: Record<string, number>) => ({ counts }) as unknown as DocumentSummary;
    expect(tagUsage([summary({ target: 2, policy: 1 }), summary({ target: 3 })], 'target')).toBe(5);
    expect(tagUsage([summary({ target: 2 })], 'project')).toBe(0);
  });
});
