import { useT } from '../i18n/i18n';
import { workspaceStrings } from './workspaceStrings';

/** A span's clause path as a breadcrumb, outermost heading first; nothing outside every section. */
export function SectionPath({ section }: { section: readonly string[] | undefined }) {
  const { t } = useT(workspaceStrings);
  if (!section?.length) return null;
  return (
    <nav className="ws-section-path" aria-label={t('sectionPath')}>
      <ol>
        {section.map((label, i) => (
          <li key={i} aria-current={i === section.length - 1 ? 'location' : undefined}>
            {label}
          </li>
        ))}
      </ol>
    </nav>
  );
}
