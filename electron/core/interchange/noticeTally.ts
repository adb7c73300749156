import { IMPORT_NOTICE_KINDS, ImportNoticeSchema, type ImportNotice, type ImportNoticeKind } from '../../shared/contract';

const MAX_DETAIL = ImportNoticeSchema.shape.detail.unwrap().maxLength ?? 2000;

/** Shortens a notice's detail to what the contract allows, never splitting a surrogate pair. */
export function clipDetail(text: string): string {
  if (text.length <= MAX_DETAIL) return text;
  let cut = MAX_DETAIL - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return text.slice(0, cut) + '…';
}

/**
 * Counts what an import could not carry over, by kind, so that nothing is
 * left out without a word. Each item may carry a label (a relation type, a
 * line, a problem); the notice's detail lists the labels, `label ×n` for
 * repeats.
 */
export class NoticeTally {
  private readonly counts = new Map<ImportNoticeKind, { count: number; labels: Map<string, number>; detail?: string }>();

  add(kind: ImportNoticeKind, label?: string): void {
    const entry = this.entry(kind);
    entry.count++;
    if (label !== undefined) entry.labels.set(label, (entry.labels.get(label) ?? 0) + 1);
  }

  /** A notice whose detail the reader words itself. */
  put(kind: ImportNoticeKind, count: number, detail: string): void {
    if (count === 0) return;
    const entry = this.entry(kind);
    entry.count += count;
    entry.detail = detail;
  }

  /** The notices, in the contract's order of kinds. */
  notices(): ImportNotice[] {
    return IMPORT_NOTICE_KINDS.flatMap((kind) => {
      const entry = this.counts.get(kind);
      if (!entry) return [];
      const labels = [...entry.labels].map(([label, n]) => (n > 1 ? `${label} ×${n}` : label));
      // Labels that are phrases with commas of their own read better apart.
      const listed = labels.join(labels.some((l) => /[,:]/.test(l)) ? '; ' : ', ');
      const detail = entry.detail ?? listed;
      return [detail ? { kind, count: entry.count, detail: clipDetail(detail) } : { kind, count: entry.count }];
    });
  }

  private entry(kind: ImportNoticeKind) {
    let entry = this.counts.get(kind);
    if (!entry) this.counts.set(kind, (entry = { count: 0, labels: new Map() }));
    return entry;
  }
}
