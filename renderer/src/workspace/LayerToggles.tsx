import type { CSSProperties } from 'react';
import type { TeamLayer } from '../../../electron/shared/team/teamApi';
import { useT } from '../i18n/i18n';
import { teamStrings } from '../team/teamStrings';
import '../team/team.css';

/** One switch per other analyst's layer of the document, in their colour, with how many spans it has. */
export function LayerToggles({
  layers,
  hidden,
  onToggle,
}: {
  layers: readonly TeamLayer[];
  hidden: ReadonlySet<string>;
  onToggle: (analystId: string) => void;
}) {
  const { t } = useT(teamStrings);
  if (layers.length === 0) return null;
  return (
    <div className="ws-layer-toggles" role="group" aria-label={t('layers')}>
      <span className="ws-layer-title">{t('layers')}</span>
      {layers.map((layer) => (
        <label key={layer.analyst.id} className="ws-layer-toggle" style={{ '--layer-color': layer.color } as CSSProperties}>
          <input
            type="checkbox"
            checked={!hidden.has(layer.analyst.id)}
            aria-label={t('layerToggle', { name: layer.analyst.name, count: layer.spans.length })}
            onChange={() => onToggle(layer.analyst.id)}
          />
          <span className="ws-layer-swatch" aria-hidden="true" />
          <span className="ws-layer-name">{layer.analyst.name}</span>
          <span className="ws-layer-count">{t('layerCount', { count: layer.spans.length })}</span>
        </label>
      ))}
    </div>
  );
}
