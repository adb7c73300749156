/** Stroke icons drawn inline: emoji glyphs depend on fonts a Linux desktop may lack. */
const PATHS = {
  close: 'M6 6l12 12M18 6L6 18',
  edit: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6',
  up: 'M12 19V5M6 11l6-6 6 6',
  down: 'M12 5v14M6 13l6 6 6-6',
  chevron: 'M7 10l5 5 5-5',
  chevronRight: 'M10 7l5 5-5 5',
  panelStart: 'M4 5h16v14H4zM9.5 5v14',
  panelEnd: 'M4 5h16v14H4zM14.5 5v14',
} as const;

export type IconName = keyof typeof PATHS;

/** A decorative icon; the button around it carries the accessible name. */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
