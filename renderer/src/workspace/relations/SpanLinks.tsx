import type { CSSProperties } from 'react';
import type { Annotation, Language, Relation, RelationType } from '../../../../electron/shared/model';
import { useT } from '../../i18n/i18n';
import { relationStrings } from '../relationStrings';
import { relationColorVar, relationPalette, shortQuote } from './relationPalette';
import './relations.css';

interface SpanLinksProps {
  span: Annotation;
  spans: readonly Annotation[];
  relations: readonly Relation[];
  types: readonly RelationType[];
  language: Language;
  onLink: () => void;
  onAddFragment: () => void;
  onDeleteRelation: (id: string) => void;
}

/** The popover's part on links: the span's relations (each with its delete button), and the actions that link it or add a fragment to it. */
export function SpanLinks({ span, spans, relations, types, language, onLink, onAddFragment, onDeleteRelation }: SpanLinksProps) {
  const { t } = useT(relationStrings);
  const mine = relations.filter((r) => r.from === span.id || r.to === span.id);
  const label = (type: string) => types.find((x) => x.id === type)?.label[language] ?? type;
  const quoteOf = (id: string) => shortQuote(spans.find((s) => s.id === id)?.quote ?? id);
  return (
    <section className="ws-links" aria-label={t('relations')} style={relationPalette(types)}>
      <h3 className="ws-links-title">{t('relations')}</h3>
      {span.fragments && <p className="ws-links-fragments">{t('fragments', { count: span.fragments.length })}</p>}
      {mine.length === 0 ? (
        <p className="ws-links-empty">{t('noRelations')}</p>
      ) : (
        <ul className="ws-links-list">
          {mine.map((relation) => {
            const outgoing = relation.from === span.id;
            const quote = quoteOf(outgoing ? relation.to : relation.from);
            const text = t(outgoing ? 'outgoing' : 'incoming', { type: label(relation.type), quote });
            return (
              <li
                key={relation.id}
                className="ws-link"
                style={{ '--rel': `var(${relationColorVar(relation.type)})` } as CSSProperties}
                data-relation={relation.id}
              >
                <span className="ws-link-swatch" aria-hidden="true" />
                <span className="ws-link-text">
                  {text}
                  {relation.note && <span className="ws-link-note">{relation.note}</span>}
                </span>
                <button
                  type="button"
                  className="ws-icon-button ws-small"
                  aria-label={t('deleteRelation', { type: label(relation.type), quote })}
                  title={t('deleteRelation', { type: label(relation.type), quote })}
                  onClick={() => onDeleteRelation(relation.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="ws-links-actions">
        <button type="button" onClick={onLink} aria-keyshortcuts="R" title={t('linkToKey')}>
          {t('linkTo')}
        </button>
        <button type="button" onClick={onAddFragment}>
          {t('addFragment')}
        </button>
      </div>
      <p className="ws-range-hint">{t('fragmentHint')}</p>
    </section>
  );
}
