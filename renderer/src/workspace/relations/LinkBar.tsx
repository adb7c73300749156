import { useEffect, useEffectEvent, useId } from 'react';
import type { Annotation, Language, RelationType, Tag } from '../../../../electron/shared/model';
import { useT } from '../../i18n/i18n';
import { isComposing } from '../../keys';
import { relationStrings } from '../relationStrings';
import { relationPalette, shortQuote } from './relationPalette';
import './relations.css';

interface LinkBarProps {
  from: Annotation;
  /** The span it would link to, or null until one is picked. */
  target: Annotation | null;
  /** The document's spans in text order: what Tab and the arrows move through, and what the list offers. */
  spans: readonly Annotation[];
  types: readonly RelationType[];
  type: string | null;
  tags: readonly Tag[];
  language: Language;
  onTarget: (id: string) => void;
  onType: (type: string) => void;
  onLink: () => void;
  onCancel: () => void;
}

/** The span `step` places after (or before) `current` in text order, `from` left out; from `from` itself when none is picked yet. */
function stepTarget(spans: readonly Annotation[], from: Annotation, current: Annotation | null, step: 1 | -1): Annotation | null {
  const others = spans.filter((s) => s.id !== from.id);
  if (!others.length) return null;
  const at = current ? others.findIndex((s) => s.id === current.id) : -1;
  if (at >= 0) return others[(at + step + others.length) % others.length]!;
  const after = others.findIndex((s) => s.start > from.start || (s.start === from.start && s.end > from.end));
  if (step === 1) return others[after < 0 ? 0 : after]!;
  return others[(after < 0 ? others.length : after) - 1] ?? others.at(-1)!;
}

/**
 * Linking a span to another: the other is picked by a click on it (the
 * workspace hands clicks here while the bar is up), from the list, or by
 * moving through the spans with Tab or the arrow keys from the text; Enter
 * links with the chosen type, Esc gives up.
 */
export function LinkBar({ from, target, spans, types, type, tags, language, onTarget, onType, onLink, onCancel }: LinkBarProps) {
  const { t } = useT(relationStrings);
  const listId = useId();
  const typeId = useId();
  const tagLabel = (id: string) => tags.find((tag) => tag.id === id)?.label[language] ?? id;

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isComposing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    // From the text the keys move through the spans; everywhere else (the bar's fields, the panels) they keep their own.
    const inText = event.target === document.body || (event.target instanceof Element && event.target.closest('.ws-doc-text') !== null);
    if (!inText) return;
    const step = event.key === 'Tab' ? (event.shiftKey ? -1 : 1) : { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (step === 1 || step === -1) {
      if (event.shiftKey && event.key !== 'Tab') return;
      event.preventDefault();
      event.stopPropagation();
      const next = stepTarget(spans, from, target, step);
      if (next) onTarget(next.id);
      return;
    }
    if (event.key === 'Enter' && target) {
      event.preventDefault();
      event.stopPropagation();
      onLink();
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);

  return (
    <div className="ws-linkbar" role="region" aria-label={t('linkBar')} style={relationPalette(types)}>
      <p className="ws-linkbar-from">
        <strong>{t('linkFrom', { quote: shortQuote(from.quote) })}</strong> <span className="ws-linkbar-hint">{t('linkPick')}</span>
      </p>
      <div className="ws-linkbar-fields">
        <label htmlFor={listId}>{t('linkTarget')}</label>
        <select id={listId} value={target?.id ?? ''} onChange={(event) => event.target.value && onTarget(event.target.value)}>
          <option value="" disabled>
            {t('linkNoTarget')}
          </option>
          {spans
            .filter((s) => s.id !== from.id)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {t('tagQuote', { tag: tagLabel(s.tag), quote: shortQuote(s.quote, 30) })}
              </option>
            ))}
        </select>
        <label htmlFor={typeId}>{t('linkType')}</label>
        <select id={typeId} value={type ?? ''} onChange={(event) => onType(event.target.value)}>
          {types.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.label[language]}
            </option>
          ))}
        </select>
        <button type="button" className="ws-primary" disabled={!target || !type} onClick={onLink}>
          {t('link')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {target ? `${t('linkTarget')} ${t('tagQuote', { tag: tagLabel(target.tag), quote: shortQuote(target.quote, 40) })}` : ''}
      </p>
    </div>
  );
}
