import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import type { Outline } from '../../../../electron/shared/structure/outline';
import { useT } from '../../i18n/i18n';
import { Icon } from '../../shell/Icon';
import { ariaKeyShortcuts, SHORTCUTS } from '../../shell/lib/shortcuts';
import { isMac } from '../../shell/lib/platform';
import { useChordLabel } from '../../shell/useChordLabel';
import { outlineNodes, sectionAt, shownAncestor, treeKey, visibleNodes, type OutlineNode } from './outlineTree';
import { outlineStrings } from './outlineStrings';
import type { ReadingPosition } from './readingPosition';
import './outline.css';

interface OutlinePanelProps {
  /** The document's outline; null while the core analyses it. */
  outline: Outline | null;
  error: string | null;
  title: string;
  position: ReadingPosition;
  /** Whether the tree is shown under its heading. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The headings folded, by where they start. */
  folded: ReadonlySet<number>;
  onFoldedChange: (folded: ReadonlySet<number>) => void;
  /** Click or Enter on a heading: the text goes there. */
  onJump: (offset: number) => void;
  /** Each new value puts the focus on the tree's current heading. */
  focusToken: number;
}

/**
 * The headings of the open document as a tree (WAI-ARIA tree view: one tab
 * stop; ↑/↓, Home and End move, → unfolds or goes to the first child, ←
 * folds or goes to the parent, Enter and click go there in the text). The
 * heading of the section at the top of the view is marked as the current
 * location and kept in sight as the text scrolls.
 */
export function OutlinePanel(props: OutlinePanelProps) {
  const { outline, error, title, position, open, folded, focusToken } = props;
  const { t } = useT(outlineStrings);
  const chordLabel = useChordLabel();
  const treeId = useId();
  const tree = useRef<HTMLUListElement>(null);
  const nodes = useMemo(() => (outline ? outlineNodes(outline) : []), [outline]);
  const shown = useMemo(() => visibleNodes(nodes, folded), [nodes, folded]);
  const current = useSyncExternalStore(position.subscribe, () => sectionAt(nodes, position.get()));
  const shownCurrent = current >= 0 ? shownAncestor(nodes, current, folded) : -1;
  const [focused, setFocused] = useState<number | null>(null);
  const stop = focused !== null && shown.includes(focused) ? focused : shownCurrent >= 0 ? shownCurrent : (shown[0] ?? -1);
  const focusWanted = useRef(false);
  const chords = SHORTCUTS.find((s) => s.id === 'toggleOutline')!.chords;

  const item = (index: number) => tree.current?.querySelector<HTMLElement>(`[data-outline-index="${index}"]`) ?? null;

  useEffect(() => {
    if (!focusWanted.current || stop < 0) return;
    focusWanted.current = false;
    item(stop)?.focus();
  });

  // After the shell has opened the panel and placed its own focus, which happens in the effects of this render.
  useEffect(() => {
    if (focusToken === 0) return;
    const frame = requestAnimationFrame(() => {
      focusWanted.current = true;
      setFocused(null);
      const at = item(shownCurrent >= 0 ? shownCurrent : (shown[0] ?? -1));
      at?.focus();
    });
    return () => cancelAnimationFrame(frame);
    // Only a new request focuses; the tree changing under it does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusToken]);

  // The current heading stays in sight while the reader scrolls the text, unless the keyboard is at work in the tree.
  useEffect(() => {
    if (shownCurrent < 0 || tree.current?.contains(document.activeElement)) return;
    item(shownCurrent)?.scrollIntoView({ block: 'nearest' });
  }, [shownCurrent]);

  const moveFocus = (index: number) => {
    focusWanted.current = true;
    setFocused(index);
  };
  const setFold = (index: number, fold: boolean) => {
    const next = new Set(folded);
    const start = nodes[index]!.section.start;
    if (fold) next.add(start);
    else next.delete(start);
    props.onFoldedChange(next);
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onJump(nodes[index]!.section.start);
      return;
    }
    const move = treeKey(nodes, shown, index, event.key, folded);
    if (!move) return;
    event.preventDefault();
    if ('focus' in move) moveFocus(move.focus);
    else if ('fold' in move) setFold(move.fold, true);
    else setFold(move.unfold, false);
  };

  const onClick = (index: number) => () => {
    setFocused(index);
    props.onJump(nodes[index]!.section.start);
  };

  const onTwisty = (index: number) => (event: MouseEvent) => {
    event.stopPropagation();
    setFocused(index);
    setFold(index, !folded.has(nodes[index]!.section.start));
  };

  // A flat list of the headings shown, their nesting told by aria-level: a treeitem that held its children
  // would take their text into its own name.
  const renderNode = (node: OutlineNode) => {
    const hasChildren = node.children.length > 0;
    const isFolded = folded.has(node.section.start);
    const classes = ['outline-item', node.index === shownCurrent && 'outline-current'].filter(Boolean).join(' ');
    return (
      <li
        key={node.section.start}
        role="treeitem"
        className={classes}
        aria-level={node.depth}
        aria-posinset={node.position}
        aria-setsize={node.siblings}
        aria-expanded={hasChildren ? !isFolded : undefined}
        aria-current={node.index === shownCurrent ? 'location' : undefined}
        tabIndex={node.index === stop ? 0 : -1}
        data-outline-index={node.index}
        title={node.section.label}
        style={{ paddingInlineStart: `${(node.depth - 1) * 14}px` }}
        onKeyDown={onKeyDown(node.index)}
        onFocus={() => setFocused(node.index)}
        onClick={onClick(node.index)}
      >
        <span className="outline-row">
          <span className="outline-twisty" aria-hidden="true" onClick={hasChildren ? onTwisty(node.index) : undefined}>
            {hasChildren && <Icon name={isFolded ? 'chevronRight' : 'chevron'} />}
          </span>
          <span className="outline-label">{node.section.label}</span>
        </span>
      </li>
    );
  };

  return (
    <section className="outline" aria-label={t('outline')}>
      <h2 className="outline-heading">
        <button
          type="button"
          className="outline-toggle"
          aria-expanded={open}
          aria-controls={open ? treeId : undefined}
          aria-keyshortcuts={ariaKeyShortcuts(['toggleOutline'], isMac)}
          title={t('toggle', { keys: chords.map(chordLabel).join(' / ') })}
          onClick={() => props.onOpenChange(!open)}
        >
          <Icon name={open ? 'chevron' : 'chevronRight'} />
          {t('outline')}
          {outline && <span className="outline-count">{t('count', { count: nodes.length })}</span>}
        </button>
      </h2>
      {open &&
        (error ? (
          <p className="outline-note" role="alert">
            {t('failed', { message: error })}
          </p>
        ) : !outline ? (
          <p className="outline-note" aria-busy="true">
            {t('loading')}
          </p>
        ) : nodes.length === 0 ? (
          <p className="outline-note">{t('empty')}</p>
        ) : (
          <ul className="outline-tree" role="tree" id={treeId} ref={tree} aria-label={t('tree', { title })}>
            {shown.map((index) => renderNode(nodes[index]!))}
          </ul>
        ))}
    </section>
  );
}
