import { useId } from 'react';
import { OFFSET_UNITS, type OffsetUnit } from '../../../electron/shared/contract';
import { useT } from '../i18n/i18n';
import { offsetStrings } from './strings/offsetStrings';

interface OffsetUnitChoiceProps {
  value: OffsetUnit;
  disabled?: boolean;
  onChange: (unit: OffsetUnit) => void;
}

/** How doccano JSONL offsets are counted: doccano's UTF-16 units, or code points as scripts often write them. */
export function OffsetUnitChoice({ value, disabled, onChange }: OffsetUnitChoiceProps) {
  const { t } = useT(offsetStrings);
  const name = useId();
  const hint = useId();
  return (
    <fieldset className="choice-group offset-units" aria-describedby={hint}>
      <legend>{t('legend')}</legend>
      {OFFSET_UNITS.map((unit) => (
        <label key={unit} className="choice">
          <input type="radio" name={name} value={unit} checked={value === unit} disabled={disabled} onChange={() => onChange(unit)} />
          {t(unit)}
        </label>
      ))}
      <p id={hint} className="hint">
        {t('hint')}
      </p>
    </fieldset>
  );
}
