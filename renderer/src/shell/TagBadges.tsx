import type { CSSProperties } from 'react';
import type { Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { shellStrings } from './strings/shellStrings';

interface TagBadgesProps {
  tags: readonly Tag[];
  counts: Record<string, number>;
}

/** A document's span counts, one badge per tag in use, in the tags' own colours. */
export function TagBadges({ tags, counts }: TagBadgesProps) {
  const { t, language } = useT('shell', shellStrings);
  const used = tags.filter((tag) => (counts[tag.id] ?? 0) > 0);
  if (used.length === 0) return <span className="badges-none">{t('noSpans')}</span>;
  return (
    <span className="badges">
      {used.map((tag) => {
        const label = tag.label[language];
        const count = counts[tag.id] ?? 0;
        return (
          <span
            key={tag.id}
            className="badge"
            style={{ '--tag-color': tag.color } as CSSProperties}
            title={t('tagCount', { tag: label, count })}
          >
            <span className="badge-dot" aria-hidden="true" />
            <span className="visually-hidden">{t('tagCount', { tag: label, count })}</span>
            <span aria-hidden="true">
              {label} {count}
            </span>
          </span>
        );
      })}
    </span>
  );
}
