import { describe, expect, it } from 'vitest';
import { draftOf, valueOfDraft } from '../../../renderer/src/workspace/valueDraft';
import type { TargetValue } from '../../../electron/shared/values/valueSchema';

const PARSED: TargetValue = {
  indicator: '游客接待量增长',
  amount: '20',
  amountMax: null,
  unit: '%',
  scale: null,
  comparator: 'at-least',
  modality: 'hard',
  deadline: { year: null, by: 'within', raw: '年内' },
  baseline: null,
};

describe('the value form’s draft', () => {
  it('gives back the value it started from when nothing is changed', () => {
    expect(valueOfDraft(draftOf(PARSED), PARSED)).toEqual({ value: PARSED });
  });

  it('keeps what it does not show, and words a deadline typed as a year', () => {
    const draft = { ...draftOf(PARSED), unit: '个百分点', deadlineYear: '2025', deadlineBy: 'end' as const };
    expect(valueOfDraft(draft, PARSED)).toEqual({
      value: { ...PARSED, unit: '个百分点', deadline: { year: 2025, by: 'end', raw: '到2025年' } },
    });
  });

  it('makes a range of an upper end, and no comparator of no amount', () => {
    expect(valueOfDraft({ ...draftOf(PARSED), amountMax: '25' }, PARSED)).toMatchObject({
      value: { amountMax: '25', comparator: 'range' },
    });
    expect(valueOfDraft({ ...draftOf(PARSED), amount: ' ' }, PARSED)).toMatchObject({ value: { amount: null, comparator: null } });
  });

  it('fills a value by hand where the parser found none', () => {
    const draft = { ...draftOf(null), amount: '5', unit: '万个', comparator: 'around' as const };
    expect(valueOfDraft(draft, null)).toEqual({
      value: {
        indicator: null,
        amount: '5',
        amountMax: null,
        unit: '万个',
        scale: null,
        comparator: 'around',
        modality: null,
        deadline: null,
        baseline: null,
      },
    });
  });

  it('names the field that is wrong', () => {
    expect(valueOfDraft({ ...draftOf(PARSED), amount: '1.2e7' }, PARSED)).toEqual({ invalid: 'amount' });
    expect(valueOfDraft({ ...draftOf(PARSED), deadlineYear: '25' }, PARSED)).toEqual({ invalid: 'deadline' });
  });
});
