import type { ImportPreviewItem as PreviewItem } from '../../../electron/shared/contract';
import { useT } from '../i18n/i18n';
import { ImportFileError } from './ImportFileError';
import { ImportNoticeList } from './ImportNoticeList';
import { importStrings } from './strings/importStrings';

/** The kinds of file the core names in a preview, each worded in the strings. */
const KINDS = ['txt', 'md', 'html', 'docx', 'pdf', 'json', 'jsonl', 'brat', 'w3c', 'qdpx'] as const;
type Kind = (typeof KINDS)[number];

function isKind(kind: string): kind is Kind {
  return (KINDS as readonly string[]).includes(kind);
}

/**
 * What one file would bring: its documents (new or already in the session),
 * its annotations and what it cannot carry over, or why it cannot be imported.
 */
export function ImportPreviewItem({ item }: { item: PreviewItem }) {
  const { t, language } = useT(importStrings);
  const numbers = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en');
  return (
    <li className={`import-item${item.error ? ' has-error' : ''}`}>
      <div className="import-item-head">
        <span className="import-file">{item.file}</span>
        {/* A file that failed was not recognised as anything: its error says what is wrong. */}
        {item.error === null && (
          <span className="muted">{t('kind', { kind: isKind(item.kind) ? t(`kind_${item.kind}`) : item.kind })}</span>
        )}
        {item.annotations > 0 && <span className="pill">{t('annotations', { count: item.annotations })}</span>}
        {(item.relations ?? 0) > 0 && <span className="pill">{t('relations', { count: item.relations })}</span>}
      </div>
      {item.error && (
        <p className="inline-error">
          <ImportFileError file={item.file} message={item.error} />
        </p>
      )}
      <ImportNoticeList notices={item.notices} label={t('notices', { file: item.file })} />
      {item.documents.length > 0 && (
        <table className="import-table" aria-label={t('documentsOf', { file: item.file })}>
          <thead>
            <tr>
              <th scope="col">{t('docTitle')}</th>
              <th scope="col" className="num">
                {t('chars')}
              </th>
              <th scope="col">{t('encoding')}</th>
              <th scope="col">{t('cleanupApplied')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {item.documents.map((doc, index) => (
              <tr key={index} className={doc.duplicateOf ? 'duplicate' : undefined}>
                <td className="import-title">{doc.title}</td>
                <td className="num">{numbers.format(doc.chars)}</td>
                <td>{doc.encoding ?? t('encodingFixed')}</td>
                <td>{doc.cleanup ? t('yes') : t('no')}</td>
                <td>
                  {doc.duplicateOf ? (
                    <span className="pill pill-muted">{t('duplicate')}</span>
                  ) : (
                    <span className="pill pill-new">{t('willCreate')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
