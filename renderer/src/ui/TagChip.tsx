import type { CSSProperties, ReactNode } from 'react';
import './tagChip.css';

/** A tag's colour as the custom property the chip's rules read; a tag the session no longer has shows grey. */
function tagStyle(color: string | undefined): CSSProperties {
  return { '--tag': color ?? 'var(--tag-unknown)' } as CSSProperties;
}

/** A tag's colour swatch, beside its name in a menu, a button or a heading. */
export function TagSwatch({ color }: { color: string | undefined }) {
  return <span className="tag-swatch" style={tagStyle(color)} aria-hidden="true" />;
}

interface TagChipProps {
  /** The tag's colour; `null` for a chip that stands for no one tag ("all"), which has no swatch. */
  color: string | null | undefined;
  /** The chip's label. */
  children: ReactNode;
  count?: number;
  small?: boolean;
  title?: string;
  /** A toggle: pressed or not, and what pressing it does. Without it the chip only shows a tag in use. */
  toggle?: { pressed: boolean; onToggle: () => void };
}

/** A tag as a chip: the document list's counts, the annotation panel's filters, the popover's tag choice. */
export function TagChip({ color, children, count, small = false, title, toggle }: TagChipProps) {
  const style = color === null ? undefined : tagStyle(color);
  const className = ['tag-chip', toggle ? null : 'tag-chip-shown', small ? 'tag-chip-small' : null].filter(Boolean).join(' ');
  const content = (
    <>
      {color !== null && <TagSwatch color={color} />}
      {children}
      {count !== undefined && (
        <>
          {' '}
          <span className="tag-chip-count">{count}</span>
        </>
      )}
    </>
  );
  if (!toggle) {
    return (
      <span className={className} style={style} title={title}>
        {content}
      </span>
    );
  }
  return (
    <button type="button" className={className} style={style} title={title} aria-pressed={toggle.pressed} onClick={toggle.onToggle}>
      {content}
    </button>
  );
}
