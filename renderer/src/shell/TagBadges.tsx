import type { Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { TagChip } from '../ui/TagChip';
import { shellStrings } from './strings/shellStrings';

interface TagBadgesProps {
  tags: readonly Tag[];
  counts: Record<string, number>;
}

/** A document's span counts, one badge per tag in use, in the tags' own colours. */
export function TagBadges({ tags, counts }: TagBadgesProps) {
  const { t, language } = useT(shellStrings);
  const used = tags.filter((tag) => (counts[tag.id] ?? 0) > 0);
  if (used.length === 0) return <span className="badges-none">{t('noSpans')}</span>;
  return (
    <span className="badges">
      {used.map((tag) => {
        const label = tag.label[language];
        const count = counts[tag.id] ?? 0;
        const name = t('tagCount', { tag: label, count });
        return (
          <TagChip key={tag.id} color={tag.color} small title={name}>
            <span className="visually-hidden">{name}</span>
            <span aria-hidden="true">
              {label} {count}
            </span>
          </TagChip>
        );
      })}
    </span>
  );
}
