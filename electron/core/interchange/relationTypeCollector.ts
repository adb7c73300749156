import type { RelationType } from '../../shared/model';
import { TagCollector } from './tagCollector';

/**
 * Turns the relation type names a file uses into valid relation types, as
 * TagCollector does for tags (a foreign name becomes an id and stays the
 * label); a type Pizhu's own export states is kept whole, allowed pairs
 * included.
 */
export class RelationTypeCollector {
  private readonly names = new TagCollector();
  private readonly pairs = new Map<string, RelationType['pairs']>();

  declare(name: string, details: { label?: Partial<RelationType['label']>; color?: string } = {}): string {
    return this.names.declare(name, details);
  }

  adopt(type: RelationType): void {
    this.names.adopt({ id: type.id, label: type.label, color: type.color, hotkey: null });
    if (type.pairs) this.pairs.set(type.id, type.pairs);
  }

  /** The tag pairs a declared type may join, as the file states them. */
  allow(id: string, pairs: NonNullable<RelationType['pairs']>): void {
    this.pairs.set(id, pairs);
  }

  idFor(name: string): string {
    return this.names.idFor(name);
  }

  types(): RelationType[] {
    return this.names.tags().map(({ id, label, color }) => {
      const pairs = this.pairs.get(id);
      return pairs ? { id, label, color, pairs: pairs.map((p) => ({ ...p })) } : { id, label, color };
    });
  }
}
