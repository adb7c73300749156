import type { KeyboardEvent } from 'react';
import type { Disagreement, DisagreementSpan } from '../../../electron/shared/agreement/agreementSchemas';
import type { Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { TagChip } from '../ui/TagChip';
import { agreementStrings } from './strings/agreementStrings';

interface DisagreementListProps {
  a: string;
  b: string;
  /** null while loading. */
  found: Disagreement[] | null;
  tags: readonly Tag[];
  ownId: string | null;
  nameOf: (id: string) => string;
  onOpenSpan: (span: { docId: string; start: number; end: number }) => void;
  onTake: (docId: string, analyst: string, spanId: string) => void;
  onTakeAgreed: (docId: string) => void;
}

const KIND_KEY = { missing: 'kindMissing', boundary: 'kindBoundary', tag: 'kindTag' } as const;

/**
 * Where two analysts differ, grouped by document: each difference as a row with the two versions side by side, each
 * quote inside its sentence. Clicking a row, or Enter on it, shows the span in the document; a version of another
 * analyst can be taken into the own layer, and a document's agreed spans all at once.
 */
export function DisagreementList({ a, b, found, tags, ownId, nameOf, onOpenSpan, onTake, onTakeAgreed }: DisagreementListProps) {
  const { t, language } = useT(agreementStrings);
  if (!found) return <p className="muted">{t('loading')}</p>;
  const names = { a: nameOf(a), b: nameOf(b) };
  if (!found.length) return <p className="agreement-none">{t('pairNone', names)}</p>;

  const byDoc = new Map<string, Disagreement[]>();
  for (const d of found) byDoc.set(d.docId, [...(byDoc.get(d.docId) ?? []), d]);

  const open = (d: Disagreement) => {
    const span = (d.a ?? d.b)!;
    onOpenSpan({ docId: d.docId, start: span.start, end: span.end });
  };
  const onKeyDown = (d: Disagreement) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      open(d);
    }
  };

  const version = (span: DisagreementSpan | null, analyst: string, docId: string) => {
    if (!span) return <div className="agreement-version agreement-version-empty">{t('nothing')}</div>;
    const tag = tags.find((x) => x.id === span.tag);
    return (
      <div className="agreement-version">
        <TagChip color={tag?.color} small>
          {tag?.label[language] ?? span.tag}
        </TagChip>
        <span className="agreement-line" lang="zh">
          {span.context.clippedBefore && '…'}
          {span.context.before}
          <mark>{span.context.hit}</mark>
          {span.context.after}
          {span.context.clippedAfter && '…'}
        </span>
        {analyst !== ownId && (
          <button
            type="button"
            className="agreement-take"
            title={t('takeTitle', { name: nameOf(analyst) })}
            onClick={(event) => {
              event.stopPropagation();
              onTake(docId, analyst, span.id);
            }}
          >
            {t('take')}
          </button>
        )}
      </div>
    );
  };

  return (
    <section className="agreement-list" aria-label={t('disagreements')}>
      <h3>
        {t('pairTitle', names)} · {t('count', { count: found.length })}
      </h3>
      {[...byDoc].map(([docId, rows]) => (
        <div key={docId} className="agreement-doc">
          <div className="agreement-doc-head">
            <span className="agreement-doc-title">{rows[0]!.title}</span>
            <button type="button" onClick={() => onTakeAgreed(docId)}>
              {t('takeAgreed')}
            </button>
          </div>
          <div className="agreement-sides" aria-hidden="true">
            <span>{names.a}</span>
            <span>{names.b}</span>
          </div>
          <ul>
            {rows.map((d) => (
              <li
                key={`${d.a?.id ?? ''}:${d.b?.id ?? ''}`}
                className="agreement-row"
                tabIndex={0}
                title={t('jump')}
                onClick={() => open(d)}
                onKeyDown={onKeyDown(d)}
              >
                <div className="agreement-row-head">
                  <span className={`agreement-kind agreement-kind-${d.kind}`}>{t(KIND_KEY[d.kind])}</span>
                  {d.section.length > 0 && <span className="agreement-section">{d.section.join(' › ')}</span>}
                </div>
                <div className="agreement-pair">
                  {version(d.a, a, d.docId)}
                  {version(d.b, b, d.docId)}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
