import { useId, useState, type KeyboardEvent } from 'react';
import type { TargetValue } from '../../../electron/shared/values/valueSchema';
import { useT } from '../i18n/i18n';
import { isComposing } from '../keys';
import { COMPARATORS, DEADLINE_BYS, MODALITIES, draftOf, valueOfDraft, type ValueDraft } from './valueDraft';
import { workspaceStrings, type WorkspaceStringKey } from './workspaceStrings';

const COMPARATOR_WORDS: Record<(typeof COMPARATORS)[number], WorkspaceStringKey> = {
  point: 'comparatorPoint',
  around: 'comparatorAround',
  'at-least': 'comparatorAtLeast',
  'at-most': 'comparatorAtMost',
  range: 'comparatorRange',
};
const MODALITY_WORDS: Record<(typeof MODALITIES)[number], WorkspaceStringKey> = { hard: 'modalityHard', soft: 'modalitySoft' };
const DEADLINE_WORDS: Record<(typeof DEADLINE_BYS)[number], WorkspaceStringKey> = {
  end: 'deadlineByEnd',
  within: 'deadlineByWithin',
  before: 'deadlineByBefore',
};

interface TargetValueFormProps {
  /** The target's value as saved; the form is keyed by the span and its value, so this is read once. */
  saved: TargetValue | null | undefined;
  onSave: (value: TargetValue) => void;
}

/**
 * A target's parsed value as a small form the analyst corrects: amount (or
 * a range), unit, comparator, modality and deadline. Saved by its button or
 * Enter in a field, never by the Enter that ends an IME composition.
 */
export function TargetValueForm({ saved, onSave }: TargetValueFormProps) {
  const { t } = useT(workspaceStrings);
  const id = useId();
  const [draft, setDraft] = useState<ValueDraft>(() => draftOf(saved));
  const [invalid, setInvalid] = useState<string | null>(null);
  const set = <K extends keyof ValueDraft>(key: K, value: ValueDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setInvalid(null);
  };

  const save = () => {
    const result = valueOfDraft(draft, saved);
    if ('invalid' in result) setInvalid(result.invalid);
    else onSave(result.value);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !isComposing(event) && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      save();
    }
  };
  const text = (key: 'amount' | 'amountMax' | 'unit' | 'deadlineYear', label: WorkspaceStringKey, inputMode?: 'decimal' | 'numeric') => (
    <div className="ws-value-field">
      <label htmlFor={`${id}-${key}`}>{t(label)}</label>
      <input
        id={`${id}-${key}`}
        value={draft[key]}
        inputMode={inputMode}
        aria-invalid={invalid === key || (key === 'deadlineYear' && invalid === 'deadline') || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => set(key, event.target.value)}
      />
    </div>
  );

  return (
    <fieldset className="ws-value" onKeyDown={onKeyDown}>
      <legend>{saved === null ? t('valueNone') : t('value')}</legend>
      <div className="ws-value-grid">
        {text('amount', 'valueAmount', 'decimal')}
        {text('amountMax', 'valueAmountMax', 'decimal')}
        {text('unit', 'valueUnit')}
        <div className="ws-value-field">
          {/* A select inside its label would take the chosen option into its name: the label points at it instead. */}
          <label htmlFor={`${id}-comparator`}>{t('valueComparator')}</label>
          <select
            id={`${id}-comparator`}
            value={draft.comparator}
            onChange={(event) => set('comparator', event.target.value as ValueDraft['comparator'])}
          >
            <option value="">{t('valueUnset')}</option>
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {t(COMPARATOR_WORDS[c])}
              </option>
            ))}
          </select>
        </div>
        <div className="ws-value-field">
          <label htmlFor={`${id}-modality`}>{t('valueModality')}</label>
          <select
            id={`${id}-modality`}
            value={draft.modality}
            onChange={(event) => set('modality', event.target.value as ValueDraft['modality'])}
          >
            <option value="">{t('valueUnset')}</option>
            {MODALITIES.map((m) => (
              <option key={m} value={m}>
                {t(MODALITY_WORDS[m])}
              </option>
            ))}
          </select>
        </div>
        {text('deadlineYear', 'valueDeadline', 'numeric')}
        <div className="ws-value-field">
          <label htmlFor={`${id}-deadlineBy`}>{t('valueDeadlineBy')}</label>
          <select
            id={`${id}-deadlineBy`}
            value={draft.deadlineBy}
            onChange={(event) => set('deadlineBy', event.target.value as ValueDraft['deadlineBy'])}
          >
            {DEADLINE_BYS.map((b) => (
              <option key={b} value={b}>
                {t(DEADLINE_WORDS[b])}
              </option>
            ))}
          </select>
        </div>
      </div>
      {invalid && (
        <p id={`${id}-error`} className="ws-value-error" role="alert">
          {t(invalid === 'deadline' ? 'valueBadDeadline' : 'valueBadAmount')}
        </p>
      )}
      <button type="button" onClick={save}>
        {t('valueSave')}
      </button>
    </fieldset>
  );
}
