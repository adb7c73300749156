import type { DocumentSummary } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { dateLabel } from './lib/documentOrder';
import { documentMetaStrings } from './strings/documentMetaStrings';
import './documentMeta.css';

/** The line under a document's title: its date, region and issuer, those it has, cut to one line (the full text in the tooltip). */
export function DocumentOrigin({ doc }: { doc: Pick<DocumentSummary, 'date' | 'region' | 'issuer'> }) {
  const { t } = useT(documentMetaStrings);
  const parts = [dateLabel(doc.date), doc.region ?? '', doc.issuer ?? ''].filter((part) => part !== '');
  if (!parts.length) return null;
  const line = parts.join(' · ');
  return (
    <span className="doc-origin" title={`${t('metaLine')}: ${line}`}>
      {line}
    </span>
  );
}
