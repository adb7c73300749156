import type { SessionInfo } from '../../../electron/shared/contract';
import type { Language } from '../../../electron/shared/model';
import { emitCommand } from '../commands';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionMenu } from './SessionMenu';
import { shellStrings } from './strings/shellStrings';
import { searchStrings } from './strings/searchStrings';
import { tableStrings } from '../table/tableStrings';
import { agreementStrings } from './strings/agreementStrings';
import { shortcutStrings } from './strings/shortcutStrings';
import { ariaKeyShortcuts, SHORTCUTS } from './lib/shortcuts';
import { isMac } from './lib/platform';
import { useChordLabel } from './useChordLabel';
import { indicatorStrings } from '../indicators/indicatorStrings';
import { TeamIndicator } from '../team/TeamIndicator';

interface TopBarProps {
  session: SessionInfo | null;
  hasDocuments: boolean;
  languageSetting: Language | null;
  onLanguage: (choice: Language | null) => void;
  onOpenRecent: (path: string) => void;
  onShortcuts: () => void;
  onTeam: () => void;
}

/** The app's top bar: name, session, and the actions the native menu also offers. */
export function TopBar({ session, hasDocuments, languageSetting, onLanguage, onOpenRecent, onShortcuts, onTeam }: TopBarProps) {
  const { t } = useT(shellStrings);
  const { t: tShortcuts } = useT(shortcutStrings);
  const { t: tSearch } = useT(searchStrings);
  const { t: tAgreement } = useT(agreementStrings);
  const chordLabel = useChordLabel();
  const searchKeys = chordLabel(SHORTCUTS.find((shortcut) => shortcut.id === 'search')!.chords[0]);
  const { t: tTable } = useT(tableStrings);
  const tableKeys = chordLabel(SHORTCUTS.find((shortcut) => shortcut.id === 'spanTable')!.chords[0]);
  const { t: tIndicators } = useT(indicatorStrings);
  const indicatorKeys = chordLabel(SHORTCUTS.find((shortcut) => shortcut.id === 'indicators')!.chords[0]);
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          {t('brandMark')}
        </span>
        <h1 className="brand-name">{t('appName')}</h1>
      </div>
      <div className="session-name" title={session?.path} aria-label={session ? t('sessionLabel', { name: session.name }) : undefined}>
        {session ? session.name : <span className="muted">{t('noSessionTitle')}</span>}
      </div>
      <div role="group" aria-label={t('mainToolbar')} className="toolbar">
        <button type="button" className="toolbar-button" title={t('importTitle')} disabled={!session} onClick={() => emitCommand('import')}>
          {t('import')}
        </button>
        <button
          type="button"
          className="toolbar-button"
          title={t('exportTitle')}
          disabled={!session || !hasDocuments}
          onClick={() => emitCommand('export')}
        >
          {t('export')}
        </button>
        <button
          type="button"
          className="toolbar-button"
          title={tSearch('openTitle', { keys: searchKeys })}
          aria-keyshortcuts={ariaKeyShortcuts(['search'], isMac)}
          disabled={!session || !hasDocuments}
          onClick={() => emitCommand('search')}
        >
          {tSearch('open')}
        </button>
        <button
          type="button"
          className="toolbar-button"
          title={tTable('openTitle', { keys: tableKeys })}
          aria-keyshortcuts={ariaKeyShortcuts(['spanTable'], isMac)}
          disabled={!session || !hasDocuments}
          onClick={() => emitCommand('table')}
        >
          {tTable('open')}
        </button>
        <button
          type="button"
          className="toolbar-button"
          title={tIndicators('openTitle', { keys: indicatorKeys })}
          aria-keyshortcuts={ariaKeyShortcuts(['indicators'], isMac)}
          disabled={!session || !hasDocuments}
          onClick={() => emitCommand('indicators')}
        >
          {tIndicators('open')}
        </button>
        <button
          type="button"
          className="toolbar-button"
          title={tAgreement('openTitle')}
          disabled={!session || !hasDocuments}
          onClick={() => emitCommand('agreement')}
        >
          {tAgreement('open')}
        </button>
        <button type="button" className="toolbar-button" title={t('tagsTitle')} disabled={!session} onClick={() => emitCommand('tags')}>
          {t('tags')}
        </button>
        <TeamIndicator disabled={!session} onOpen={onTeam} />
        <SessionMenu hasSession={session !== null} currentPath={session?.path ?? null} onOpenRecent={onOpenRecent} />
        <button
          type="button"
          className="toolbar-button shortcut-help-button"
          aria-label={tShortcuts('open')}
          title={tShortcuts('open')}
          onClick={onShortcuts}
        >
          ?
        </button>
        <LanguageSwitch setting={languageSetting} onChange={onLanguage} />
      </div>
    </header>
  );
}
