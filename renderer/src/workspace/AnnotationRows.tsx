import { useId, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { Annotation, Language, Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { Icon } from '../shell/Icon';
import { TagSwatch } from '../ui/TagChip';
import { RelationMarker } from './relations/RelationMarker';
import type { QuoteWindow } from './sentenceWindow';
import { workspaceStrings } from './workspaceStrings';

/** What a span's row shows around its quote. */
export interface SpanContext {
  window: QuoteWindow;
  /** The heading of the section the span is in, or null before the first one. */
  section: string | null;
}

/**
 * A row button's name: a short summary first (its tag and quote), for a
 * reader moving through the list, then everything the row shows, which a
 * name must hold (WCAG 2.5.3). The summary is `hidden`: named through
 * aria-labelledby it still counts, and the button's own content skips it.
 */
function RowSummary({ id, text }: { id: string; text: string }) {
  return (
    <span id={id} hidden>
      {text}
    </span>
  );
}

/** What every focusable row's button takes from the list: its place in the roving tab order and the list's keys. */
export interface RowButtonProps {
  rowKey: string;
  tabStop: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: (event: FocusEvent<HTMLButtonElement>) => void;
}

function tagStyle(tag: Tag | undefined): CSSProperties {
  return { '--tag': tag?.color ?? 'var(--tag-unknown)' } as CSSProperties;
}

/** The first line of a note, marked where more follows. */
function firstLine(note: string): string {
  const trimmed = note.trim();
  const end = trimmed.indexOf('\n');
  return end < 0 ? trimmed : `${trimmed.slice(0, end).trimEnd()} …`;
}

interface SpanRowProps extends RowButtonProps {
  span: Annotation;
  tag: Tag | undefined;
  language: Language;
  context: SpanContext;
  nested: boolean;
  active: boolean;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** One span: its tag and section, its quote emphasised inside a window of its sentence, its note's first line. */
export function SpanRow({ span, tag, language, context, nested, active, rowKey, tabStop, onClick, onKeyDown, onFocus }: SpanRowProps) {
  const { t } = useT(workspaceStrings);
  const id = useId();
  const label = tag?.label[language] ?? span.tag;
  const { window: w, section } = context;
  const note = span.note ? firstLine(span.note) : '';
  const classes = ['ws-item-button', active && 'ws-item-active', nested && 'ws-item-nested'].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      id={id}
      className={classes}
      style={tagStyle(tag)}
      aria-labelledby={`${id}-summary ${id}`}
      data-span-id={span.id}
      data-row-key={rowKey}
      tabIndex={tabStop ? 0 : -1}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <RowSummary id={`${id}-summary`} text={t('showSpan', { tag: label, quote: span.quote })} />
      <span className="ws-item-meta">
        {!nested && <span className="ws-item-tag">{label}</span>}
        {section && <span className="ws-item-section">{section}</span>}
      </span>
      <span className="ws-item-context">
        {w.clippedBefore && '…'}
        {w.before}
        <mark className="ws-item-quote">{w.quote}</mark>
        {w.after}
        {w.clippedAfter && '…'}
      </span>
      {note && <span className="ws-item-note">{note}</span>}
      <RelationMarker spanId={span.id} />
    </button>
  );
}

interface QuoteGroupRowProps extends RowButtonProps {
  quote: string;
  count: number;
  tag: Tag | undefined;
  tagId: string;
  language: Language;
  expanded: boolean;
  onClick: () => void;
}

/** Several spans of one tag with the same quote, as one row ("项目 ×21") that opens to list them. */
export function QuoteGroupRow({
  quote,
  count,
  tag,
  tagId,
  language,
  expanded,
  rowKey,
  tabStop,
  onClick,
  onKeyDown,
  onFocus,
}: QuoteGroupRowProps) {
  const { t } = useT(workspaceStrings);
  const id = useId();
  const label = tag?.label[language] ?? tagId;
  return (
    <button
      type="button"
      id={id}
      className="ws-item-button ws-item-group"
      style={tagStyle(tag)}
      aria-labelledby={`${id}-summary ${id}`}
      aria-expanded={expanded}
      data-row-key={rowKey}
      tabIndex={tabStop ? 0 : -1}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <RowSummary id={`${id}-summary`} text={t('quoteGroup', { tag: label, quote, count })} />
      <span className="ws-item-meta">
        <span className="ws-item-tag">{label}</span>
      </span>
      <span className="ws-item-group-line">
        <mark className="ws-item-quote">{quote}</mark>
        <span className="ws-item-times">{t('times', { count })}</span>
        <span className="ws-item-caret">
          <Icon name="chevron" size={14} />
        </span>
      </span>
    </button>
  );
}

/** A section's heading, where the list is grouped by section: its clause path, or a word for the text before the first heading. */
export function SectionHeadingRow({ path, count }: { path: readonly string[]; count: number }) {
  const { t } = useT(workspaceStrings);
  return (
    <h3 className="ws-group-title ws-section-title" title={path.join(' › ')}>
      <span className="ws-section-path">{path.length ? path.join(' › ') : t('noSection')}</span>{' '}
      <span className="ws-group-count">{count}</span>
    </h3>
  );
}

/** A tag's heading, where the list is grouped by tag. */
export function TagHeadingRow({ tag, count, language }: { tag: Tag; count: number; language: Language }) {
  return (
    <h3 className="ws-group-title">
      <TagSwatch color={tag.color} />
      {tag.label[language]} <span className="ws-group-count">{count}</span>
    </h3>
  );
}
