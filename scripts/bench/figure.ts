/** One benchmark figure, printed as `NAME VALUE UNIT`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

export type Report = (name: string, value: number, unit: string) => void;

/** A benchmark module: runs its measurements and reports each figure as it has it. */
export type Bench = (report: Report) => Promise<void>;

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
