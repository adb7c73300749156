import {
  ComparatorSchema,
  DeadlineBySchema,
  ModalitySchema,
  TargetValueSchema,
  type Comparator,
  type DeadlineBy,
  type Modality,
  type TargetValue,
} from '../../../electron/shared/values/valueSchema';

/** A target's value as the popover's form holds it: every field as typed, '' for none. */
export interface ValueDraft {
  amount: string;
  amountMax: string;
  unit: string;
  comparator: Comparator | '';
  modality: Modality | '';
  deadlineYear: string;
  deadlineBy: DeadlineBy;
}

export const COMPARATORS = ComparatorSchema.options;
export const MODALITIES = ModalitySchema.options;
export const DEADLINE_BYS = DeadlineBySchema.options;

export function draftOf(value: TargetValue | null | undefined): ValueDraft {
  return {
    amount: value?.amount ?? '',
    amountMax: value?.amountMax ?? '',
    unit: value?.unit ?? '',
    comparator: value?.comparator ?? '',
    modality: value?.modality ?? '',
    deadlineYear: value?.deadline?.year == null ? '' : String(value.deadline.year),
    deadlineBy: value?.deadline?.by ?? 'end',
  };
}

/** The words a deadline typed as a year reads as: 到2025年, 2025年内, 2025年前. */
function deadlineWords(year: number, by: DeadlineBy): string {
  return by === 'end' ? `到${year}年` : by === 'within' ? `${year}年内` : `${year}年前`;
}

/**
 * The value a draft gives, or which field is wrong. What the form does not
 * show (indicator, scale, baseline) is kept from the value it started from;
 * a deadline keeps its words as written while its year and kind stay the same.
 * A deadline without a year stays while the year is left empty.
 */
export function valueOfDraft(draft: ValueDraft, from: TargetValue | null | undefined): { value: TargetValue } | { invalid: string } {
  const trimmed = (s: string) => s.trim() || null;
  const amount = trimmed(draft.amount);
  const amountMax = trimmed(draft.amountMax);
  const comparator =
    amount === null ? null : amountMax !== null ? 'range' : draft.comparator === 'range' || !draft.comparator ? 'point' : draft.comparator;
  const yearText = draft.deadlineYear.trim();
  const year = yearText === '' ? null : Number(yearText);
  if (year !== null && !(Number.isInteger(year) && year >= 1000 && year <= 9999)) return { invalid: 'deadline' };
  const old = from?.deadline ?? null;
  // A deadline whose year the parser could not know (年内 in a document without a date) shows no year, and keeps its words.
  const yearless = old && old.year === null ? { ...old, by: draft.deadlineBy } : null;
  const deadline =
    year === null
      ? yearless
      : old && old.year === year && old.by === draft.deadlineBy
        ? old
        : { year, by: draft.deadlineBy, raw: deadlineWords(year, draft.deadlineBy) };
  const parsed = TargetValueSchema.safeParse({
    indicator: from?.indicator ?? null,
    amount,
    amountMax,
    unit: trimmed(draft.unit),
    scale: from?.scale ?? null,
    comparator,
    modality: draft.modality || null,
    deadline,
    baseline: from?.baseline ?? null,
  });
  if (!parsed.success) return { invalid: String(parsed.error.issues[0]?.path[0] ?? 'amount') };
  return { value: parsed.data };
}
