import { useEffect, useEffectEvent } from 'react';
import type { Annotation } from '../../../../electron/shared/model';
import { useT } from '../../i18n/i18n';
import { isComposing } from '../../keys';
import { relationStrings } from '../relationStrings';
import { shortQuote } from './relationPalette';
import './relations.css';

interface FragmentBarProps {
  span: Annotation;
  /** Enter in the text with a selection: the selection becomes the fragment (the keyboard's way to let go). */
  onSelection: () => boolean;
  onCancel: () => void;
}

/** While a fragment is being added to a span: what to do, and Esc to give up; the selection itself is FragmentSelectPlugin's. */
export function FragmentBar({ span, onSelection, onCancel }: FragmentBarProps) {
  const { t } = useT(relationStrings);
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isComposing(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && !(event.target instanceof Element && event.target.closest('.ws-linkbar')) && onSelection()) {
      event.preventDefault();
      event.stopPropagation();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
  return (
    <div className="ws-linkbar" role="region" aria-label={t('fragmentBar')}>
      <p className="ws-linkbar-from">{t('fragmentPick', { quote: shortQuote(span.quote) })}</p>
      <div className="ws-linkbar-fields">
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
