import { useT } from '../i18n/i18n';
import { shellStrings } from './strings/shellStrings';

/** The veil shown while files are dragged over the window. */
export function DropOverlay({ canImport }: { canImport: boolean }) {
  const { t } = useT(shellStrings);
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">{canImport ? t('dropHere') : t('dropNoSession')}</div>
    </div>
  );
}
