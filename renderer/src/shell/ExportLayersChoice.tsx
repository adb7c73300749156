import { useId } from 'react';
import { useT } from '../i18n/i18n';
import { agreementStrings } from './strings/agreementStrings';

export type ExportLayers = 'own' | 'all';

interface ExportLayersChoiceProps {
  value: ExportLayers;
  onChange: (layers: ExportLayers) => void;
}

/** Whose spans an export carries: the own layer, or every analyst's of the team (each span naming its annotator). */
export function ExportLayersChoice({ value, onChange }: ExportLayersChoiceProps) {
  const { t } = useT(agreementStrings);
  const name = useId();
  const hint = useId();
  return (
    <fieldset className="choice-group export-layers" aria-describedby={hint}>
      <legend>{t('layersLegend')}</legend>
      {(['own', 'all'] as const).map((layers) => (
        <label key={layers} className="choice">
          <input type="radio" name={name} value={layers} checked={value === layers} onChange={() => onChange(layers)} />
          {t(layers === 'own' ? 'layersOwn' : 'layersAll')}
        </label>
      ))}
      <p id={hint} className="hint">
        {t('layersHint')}
      </p>
    </fieldset>
  );
}
