import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Language, RelationType, Tag } from '../../../electron/shared/model';
import type { SpanTableRow } from '../../../electron/shared/table/spanTableSchema';
import { useT } from '../i18n/i18n';
import { isComposing } from '../keys';
import { Dialog } from '../shell/Dialog';
import { likelyType, shortQuote } from '../workspace/relations/relationPalette';
import { tableStrings } from './tableStrings';

export interface RowLink {
  from: SpanTableRow;
  to: SpanTableRow;
  type: string;
}

function fits(type: RelationType, from: SpanTableRow, to: SpanTableRow): boolean {
  return !type.pairs || type.pairs.some((p) => p.from === from.tag && p.to === to.tag);
}

/**
 * The link two rows most likely make: the direction in which a type's tag
 * pairs fit them (a policy serves a target, not the other way), in the
 * rows' order when none does, with the first type that fits.
 */
export function likelyLink(
  types: readonly RelationType[],
  a: SpanTableRow,
  b: SpanTableRow,
): { from: SpanTableRow; to: SpanTableRow; type: string | null } {
  const pairedFits = (from: SpanTableRow, to: SpanTableRow) => types.some((type) => type.pairs && fits(type, from, to));
  const [from, to] = !pairedFits(a, b) && pairedFits(b, a) ? [b, a] : [a, b];
  return { from, to, type: likelyType(types, from, to) };
}

interface LinkRowsDialogProps {
  rows: readonly [SpanTableRow, SpanTableRow];
  types: readonly RelationType[];
  tags: readonly Tag[];
  language: Language;
  onLink: (link: RowLink) => void;
  onClose: () => void;
}

/** Linking the two selected rows: which way the link goes and its type, the likeliest of each chosen already. */
export function LinkRowsDialog({ rows, types, tags, language, onLink, onClose }: LinkRowsDialogProps) {
  const { t } = useT(tableStrings);
  const id = useId();
  const [initial] = useState(() => likelyLink(types, rows[0], rows[1]));
  const [ends, setEnds] = useState({ from: initial.from, to: initial.to });
  const [type, setType] = useState(initial.type ?? '');
  const chosen = types.find((candidate) => candidate.id === type);
  const usable = chosen !== undefined && fits(chosen, ends.from, ends.to);
  const tagLabel = (tagId: string) => tags.find((tag) => tag.id === tagId)?.label[language] ?? tagId;

  const swap = () => {
    const next = { from: ends.to, to: ends.from };
    setEnds(next);
    if (!chosen || !fits(chosen, next.from, next.to)) setType(likelyType(types, next.from, next.to) ?? '');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (usable) onLink({ ...ends, type });
  };
  // A select submits no form on Enter of its own: here Enter links, as it does in the document's link bar.
  const onTypeKey = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key !== 'Enter' || isComposing(event) || event.altKey) return;
    event.preventDefault();
    if (usable) onLink({ ...ends, type });
  };
  const end = (label: string, row: SpanTableRow) => (
    <p className="link-rows-end">
      <span className="link-rows-role">{label}</span>
      <span lang="zh" className="link-rows-quote">
        {shortQuote(row.quote, 40)}
      </span>
      <span className="link-rows-tag">{tagLabel(row.tag)}</span>
    </p>
  );

  return (
    <Dialog
      title={t('linkTitle')}
      size="small"
      className="link-rows-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('linkCancel')}
          </button>
          <button type="submit" form={`${id}-form`} className="primary" disabled={!usable}>
            {t('linkSubmit')}
          </button>
        </>
      }
    >
      <form id={`${id}-form`} className="link-rows" onSubmit={submit}>
        {end(t('linkFrom'), ends.from)}
        <button type="button" className="button link-rows-swap" onClick={swap}>
          {t('linkSwap')}
        </button>
        {end(t('linkTo'), ends.to)}
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('linkType')}</label>
          <select id={`${id}-type`} value={type} data-autofocus onChange={(event) => setType(event.target.value)} onKeyDown={onTypeKey}>
            {types.map((candidate) => (
              <option key={candidate.id} value={candidate.id} disabled={!fits(candidate, ends.from, ends.to)}>
                {candidate.label[language]}
              </option>
            ))}
          </select>
          {chosen && !usable && <p className="hint">{t('linkUnfit', { type: chosen.label[language] })}</p>}
        </div>
      </form>
    </Dialog>
  );
}
