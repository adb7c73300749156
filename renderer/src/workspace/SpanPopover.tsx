import { useEffect, useId, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { Annotation, Language, Tag } from '../../../electron/shared/model';
import type { TargetValue } from '../../../electron/shared/values/valueSchema';
import { useT } from '../i18n/i18n';
import { isComposing } from '../keys';
import { isMac } from '../shell/lib/platform';
import { ariaKeyShortcuts, SHORTCUTS, isShortcut, type ShortcutId } from '../shell/lib/shortcuts';
import { useChordLabel } from '../shell/useChordLabel';
import { TagChip, TagSwatch } from '../ui/TagChip';
import { NoteField } from './NoteField';
import { SectionPath } from './SectionPath';
import { TargetValueForm } from './TargetValueForm';
import { workspaceStrings } from './workspaceStrings';

interface SpanPopoverProps {
  /** The spans at the clicked point, innermost first; with more than one and none chosen, the popover lists them. */
  candidates: readonly Annotation[];
  chosen: Annotation | null;
  tags: readonly Tag[];
  language: Language;
  anchor: DOMRect;
  onChoose: (id: string | null) => void;
  onRetag: (id: string, tag: string) => void;
  onNote: (id: string, note: string) => void;
  onValue: (id: string, value: TargetValue) => void;
  onDelete: (id: string) => void;
  onClose: () => void;
  /** More about the chosen span, under its value (its relations). */
  children?: ReactNode;
}

const WIDTH = 320;
/** Room between the span and the popover: the knobs of the span's edge handles stand in it and must stay uncovered. */
const GAP = 14;

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text;
}

/** A small dialog by a highlight: choose among overlapping spans, see the span's section, change the tag, write a note, correct a target's value, or delete. */
export function SpanPopover({
  candidates,
  chosen,
  tags,
  language,
  anchor,
  onChoose,
  onRetag,
  onNote,
  onValue,
  onDelete,
  onClose,
  children,
}: SpanPopoverProps) {
  const { t } = useT(workspaceStrings);
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const tagOf = (id: string) => tags.find((tag) => tag.id === id);
  const chordLabel = useChordLabel();
  // The two arrows of an edge's keys, written once: Alt+Shift+←/→.
  const edgeKeys = (id: ShortcutId) => {
    const [left, right] = SHORTCUTS.find((s) => s.id === id)!.chords.map(chordLabel);
    return `${left}/${right!.slice(right!.lastIndexOf('+') + 1)}`;
  };

  useEffect(() => {
    box.current?.querySelector<HTMLElement>('button, textarea')?.focus({ preventScroll: true });
  }, [chosen?.id]);

  useEffect(() => {
    const away = (event: PointerEvent) => {
      const target = event.target as Element;
      // Ctrl (Cmd) held: a selection begins that becomes a fragment of this popover's span.
      if (event.ctrlKey || event.metaKey) return;
      // A highlight opens its own popover, and an edge handle changes this popover's span.
      if (!box.current?.contains(target) && !target.closest?.('mark[data-ids], [data-span-edge]')) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  // Closing unmounts the note field, which saves what was typed.
  const onKeyDown = (event: KeyboardEvent) => {
    if (isShortcut('popoverClose', event, isMac) && !isComposing(event)) {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const below = anchor.bottom + GAP + 300 < window.innerHeight;
  // Above the span, a tall popover (a target's value, its relations) must stop at the window's top and scroll instead.
  const room = below ? window.innerHeight - anchor.bottom - GAP - 8 : anchor.top - GAP - 8;
  const style: CSSProperties = {
    left: Math.max(8, Math.min(anchor.left, window.innerWidth - WIDTH - 8)),
    ...(below ? { top: anchor.bottom + GAP } : { bottom: window.innerHeight - anchor.top + GAP }),
    width: WIDTH,
    maxHeight: Math.min(room, window.innerHeight * 0.7),
  };

  return (
    <div
      ref={box}
      className="ws-popover"
      role="dialog"
      aria-labelledby={titleId}
      aria-keyshortcuts={chosen ? ariaKeyShortcuts(['spanEnd', 'spanStart'], isMac) : undefined}
      style={style}
      onKeyDown={onKeyDown}
    >
      <div className="ws-popover-head">
        <h2 id={titleId}>{chosen ? t('popover') : t('choose', { count: candidates.length })}</h2>
        <button type="button" className="ws-icon-button ws-small" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {!chosen ? (
        <ul className="ws-choices">
          {candidates.map((span) => {
            const tag = tagOf(span.tag);
            return (
              <li key={span.id}>
                <button type="button" className="ws-choice" onClick={() => onChoose(span.id)}>
                  <TagSwatch color={tag?.color} />
                  {t('chooseSpan', { tag: tag?.label[language] ?? span.tag, quote: excerpt(span.quote) })}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <>
          <SectionPath section={chosen.section} />
          <blockquote className="ws-quote">{excerpt(chosen.quote)}</blockquote>
          <p className="ws-range-hint">{t('rangeHint', { end: edgeKeys('spanEnd'), start: edgeKeys('spanStart') })}</p>
          <div className="ws-field" role="group" aria-label={t('tag')}>
            {tags.map((tag) => (
              <TagChip
                key={tag.id}
                color={tag.color}
                toggle={{ pressed: chosen.tag === tag.id, onToggle: () => chosen.tag !== tag.id && onRetag(chosen.id, tag.id) }}
              >
                {tag.label[language]}
              </TagChip>
            ))}
          </div>
          <NoteField key={chosen.id} saved={chosen.note} onSave={(note) => onNote(chosen.id, note)} />
          {chosen.value !== undefined && (
            <TargetValueForm
              key={`${chosen.id}:${JSON.stringify(chosen.value)}`}
              saved={chosen.value}
              onSave={(value) => onValue(chosen.id, value)}
            />
          )}
          {children}
          <div className="ws-popover-foot">
            {candidates.length > 1 && (
              <button type="button" onClick={() => onChoose(null)}>
                {t('back')}
              </button>
            )}
            <button type="button" className="ws-danger" onClick={() => onDelete(chosen.id)}>
              {t('deleteSpan')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
