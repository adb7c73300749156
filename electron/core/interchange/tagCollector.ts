import { TagSchema, type Tag } from '../../shared/model';
import { paletteColor } from './tagPalette';
import { textHash } from './textHash';

const MAX_LABEL = 100;

function label(raw: string, fallback: string): string {
  const text = Array.from(raw.trim()).slice(0, MAX_LABEL).join('').trim();
  return text || fallback;
}

/**
 * Turns the tag names a file uses into valid Pizhu tags. A foreign name such
 * as `Organization` or `政策` becomes a valid id (lowercased, or a short hash
 * when nothing of it is usable) while the name itself stays the label; a file
 * without colours gets them from the palette.
 */
export class TagCollector {
  private readonly byName = new Map<string, Tag>();
  private readonly ids = new Set<string>();
  private readonly labelled = new Set<string>();

  /** Takes a tag the file declares; invalid parts fall back as for a bare name. */
  declare(name: string, details: { label?: Partial<Tag['label']>; color?: string } = {}): string {
    const known = this.byName.get(name);
    if (known) {
      if (details.label?.zh) known.label.zh = label(details.label.zh, known.label.zh);
      if (details.label?.en) known.label.en = label(details.label.en, known.label.en);
      if (details.label?.zh || details.label?.en) this.labelled.add(known.id);
      if (details.color && TagSchema.shape.color.safeParse(details.color).success) known.color = details.color;
      return known.id;
    }
    const id = this.newId(name);
    if (details.label?.zh || details.label?.en) this.labelled.add(id);
    const zh = label(details.label?.zh ?? details.label?.en ?? name, id);
    const en = label(details.label?.en ?? details.label?.zh ?? name, id);
    const color = details.color && TagSchema.shape.color.safeParse(details.color).success ? details.color : paletteColor(this.byName.size);
    this.byName.set(name, { id, label: { zh, en }, color, hotkey: null });
    return id;
  }

  /** Takes a full tag (Pizhu's own exports): kept as it is when valid. */
  adopt(tag: Tag): void {
    if (this.byName.has(tag.id) || this.ids.has(tag.id)) return;
    this.ids.add(tag.id);
    this.labelled.add(tag.id);
    this.byName.set(tag.id, { ...tag, label: { ...tag.label } });
  }

  /** The id for a tag name a span uses, declaring it on first sight. */
  idFor(name: string): string {
    return this.byName.get(name)?.id ?? this.declare(name);
  }

  tags(): Tag[] {
    return [...this.byName.values()];
  }

  /** Ids of the tags whose labels the file states (adopted whole, or declared with labels). */
  labelledTags(): string[] {
    return [...this.labelled];
  }

  private newId(name: string): string {
    const cleaned = name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[-_]+|-+$/g, '')
      .slice(0, 32);
    const base = cleaned || `tag-${textHash(name).slice(0, 8)}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}
