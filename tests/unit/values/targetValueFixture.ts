import type { TargetValue } from '../../../electron/shared/values/valueSchema';

/** A whole expected value: every field null but those given, comparator 'point' when an amount is given. */
export function expected(fields: Partial<TargetValue>): TargetValue {
  return {
    indicator: null,
    amount: null,
    amountMax: null,
    unit: null,
    scale: null,
    comparator: fields.amount != null ? 'point' : null,
    modality: null,
    deadline: null,
    baseline: null,
    ...fields,
  };
}
