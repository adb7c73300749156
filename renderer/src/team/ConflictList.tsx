import type { ConflictVersion, TeamConflict } from '../../../electron/shared/team/teamApi';
import { useT } from '../i18n/i18n';
import { teamStrings } from './teamStrings';

/** Each record in conflict with every version side by side, and a button to keep one: never settled without the user. */
export function ConflictList({
  conflicts,
  busy,
  onKeep,
}: {
  conflicts: readonly TeamConflict[];
  busy: boolean;
  onKeep: (id: string, rev: string) => void;
}) {
  const { t } = useT(teamStrings);
  if (conflicts.length === 0) return <p className="muted">{t('noConflicts')}</p>;
  return (
    <ul className="plain-list team-conflict-list">
      {conflicts.map((conflict) => {
        const title = t(conflict.kind === 'span' ? 'conflictSpan' : conflict.kind === 'tag' ? 'conflictTag' : 'conflictOther', {
          id: conflict.id.replace(/^(span|tag):/, ''),
        });
        return (
          <li key={conflict.id} className="team-conflict">
            <h4>{title}</h4>
            <div className="team-versions">
              {conflict.versions.map((version) => (
                <div key={version.rev} className="team-version">
                  <p className="team-version-label">{t(version.current ? 'currentVersion' : 'otherVersion')}</p>
                  <VersionText version={version} />
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`${t('keep')}: ${title}, ${t(version.current ? 'currentVersion' : 'otherVersion')}`}
                    onClick={() => onKeep(conflict.id, version.rev)}
                  >
                    {t('keep')}
                  </button>
                </div>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function VersionText({ version }: { version: ConflictVersion }) {
  const { t } = useT(teamStrings);
  if (version.span) {
    const { quote, tag, start, end, note } = version.span;
    return (
      <div className="team-version-text">
        <p>{t('spanVersion', { quote, tag, start, end })}</p>
        {note && <p className="muted">{t('note', { note })}</p>}
        {version.modified && <p className="muted">{version.modified}</p>}
      </div>
    );
  }
  if (version.tag) {
    const { label, color } = version.tag;
    return (
      <p className="team-version-text">
        <span className="team-tag-swatch" style={{ background: color }} aria-hidden="true" />
        {t('tagVersion', { zh: label.zh, en: label.en, color })}
      </p>
    );
  }
  return <p className="team-version-text muted">{t('unknownVersion')}</p>;
}
