/** Distinct, readable highlight colours for tags a file brings without one (Open Color's 7th shades). */
export const TAG_PALETTE = [
  '#f03e3e',
  '#7048e8',
  '#1098ad',
  '#f59f00',
  '#d6336c',
  '#37b24d',
  '#4263eb',
  '#f76707',
  '#ae3ec9',
  '#0ca678',
  '#74b816',
  '#1c7ed6',
] as const;

/** The palette colour for the n-th new tag, cycling. */
export function paletteColor(n: number): string {
  return TAG_PALETTE[n % TAG_PALETTE.length]!;
}
