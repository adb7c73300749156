import type { DocumentSource } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { workspaceStrings } from './workspaceStrings';

/**
 * Where a document came from, under its text: the file, the encoding found,
 * and what the newspaper clean-up took out of the body (dateline, byline,
 * photo captions), so nothing removed is out of the analyst's sight.
 */
export function SourceNote({ source }: { source: DocumentSource }) {
  const { t } = useT(workspaceStrings);
  const facts = [
    t('sourceFile', { file: source.fileName }),
    source.encoding && t('sourceEncoding', { encoding: source.encoding }),
    source.cleanup && t('sourceCleanup'),
    source.dateline && t('sourceDateline', { text: source.dateline }),
    source.byline && t('sourceByline', { text: source.byline }),
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <footer className="ws-source" aria-label={t('source')}>
      <p>
        <span className="ws-source-label">{t('source')}</span> {facts.join(' · ')}
      </p>
      {source.captions.length > 0 && (
        <details>
          <summary>{t('sourceCaptions', { count: source.captions.length })}</summary>
          <ul>
            {source.captions.map((caption, i) => (
              <li key={i}>{caption}</li>
            ))}
          </ul>
        </details>
      )}
    </footer>
  );
}
