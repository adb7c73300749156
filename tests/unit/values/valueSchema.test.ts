import { describe, expect, it } from 'vitest';
import { AmountSchema, TargetValueSchema } from '../../../electron/shared/values/valueSchema';
import { expected } from './targetValueFixture';

describe('TargetValueSchema', () => {
  it.each(['40000', '5.5', '0.04', '-3', '0', '1/3', '2/3'])('takes the amount %s', (amount) => {
    expect(AmountSchema.safeParse(amount).success).toBe(true);
  });

  it.each(['45199.999999999996e0', '4.50', '04', '-0', '1.', '.5', '1/0', '0/3', '4.52万', '１２', ''])(
    'refuses the amount %j',
    (amount) => {
      expect(AmountSchema.safeParse(amount).success).toBe(false);
    },
  );

  it('takes a full value, and one with every field null', () => {
    const full = expected({
      indicator: '城镇新增就业',
      amount: '11000000',
      unit: '人',
      scale: '万',
      comparator: 'at-least',
      modality: 'hard',
      deadline: { year: 2025, by: 'end', raw: '到2025年' },
      baseline: { year: 2020, raw: '比2020年' },
    });
    expect(TargetValueSchema.parse(full)).toEqual(full);
    expect(TargetValueSchema.safeParse(expected({})).success).toBe(true);
  });

  it('refuses a number where an exact decimal string belongs', () => {
    expect(TargetValueSchema.safeParse({ ...expected({ amount: '5' }), amount: 5 }).success).toBe(false);
  });

  it('keeps amountMax for ranges and a comparator for amounts', () => {
    expect(TargetValueSchema.safeParse(expected({ amount: '3', amountMax: '5', comparator: 'range' })).success).toBe(true);
    expect(TargetValueSchema.safeParse(expected({ amount: '3', amountMax: '5' })).success).toBe(false);
    expect(TargetValueSchema.safeParse(expected({ amount: '3', comparator: 'range' })).success).toBe(false);
    expect(TargetValueSchema.safeParse(expected({ comparator: 'around' })).success).toBe(false);
    expect(TargetValueSchema.safeParse({ ...expected({ amount: '3' }), comparator: null }).success).toBe(false);
  });

  it('refuses an unknown scale, comparator, modality or deadline kind', () => {
    expect(TargetValueSchema.safeParse(expected({ amount: '3', scale: '兆' as never })).success).toBe(false);
    expect(TargetValueSchema.safeParse(expected({ amount: '3', comparator: 'about' as never })).success).toBe(false);
    expect(TargetValueSchema.safeParse(expected({ modality: 'maybe' as never })).success).toBe(false);
    expect(TargetValueSchema.safeParse(expected({ deadline: { year: 2025, by: 'after' as never, raw: '2025年后' } })).success).toBe(false);
  });
});
