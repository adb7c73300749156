import { createContext, useContext } from 'react';
import { useT } from '../../i18n/i18n';
import { relationStrings } from '../relationStrings';
import { shortQuote } from './relationPalette';
import './relations.css';

/** For each span with outgoing relations, the quotes of the spans they go to: what a row of the annotation list marks. */
export const RelationTargetsContext = createContext<ReadonlyMap<string, readonly string[]>>(new Map());

/** A small "→ target" on a span's row in the annotation list, "+N" where it links to more than one. */
export function RelationMarker({ spanId }: { spanId: string }) {
  const { t } = useT(relationStrings);
  const targets = useContext(RelationTargetsContext).get(spanId);
  if (!targets?.length) return null;
  return (
    <span className="ws-item-links">
      {t('listMarker', { quote: shortQuote(targets[0]!, 12) })}
      {targets.length > 1 && ` ${t('listMore', { count: targets.length - 1 })}`}
    </span>
  );
}
