import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ImportFile, ImportReport, SearchHit, SessionInfo } from '../../electron/shared/contract';
import type { SessionDialogName } from '../../electron/shared/operationNames';
import { call, hostSessionDialog, isElectron } from './api/client';
import { useCommand } from './commands';
import { useT } from './i18n/i18n';
import { DocumentList } from './shell/DocumentList';
import { DropOverlay } from './shell/DropOverlay';
import { EmptySessionView } from './shell/EmptySessionView';
import { NoSessionView } from './shell/NoSessionView';
import { PanelContext } from './shell/panelContext';
import { NO_SEARCH, type SearchSettings } from './shell/searchSettings';
import type { SessionDialogMode } from './shell/SessionDialog';
import { PanelFoldButton, SidePanel } from './shell/SidePanel';
import { Toasts } from './shell/Toasts';
import { TopBar } from './shell/TopBar';
import { Workspace } from './workspace/Workspace';
import type { SpanEntry } from '../../electron/shared/table/spanEntries';
import { NO_TABLE_SETTINGS, type TableSettings } from './table/tableSettings';
import { errorMessage } from './shell/lib/errorMessage';
import { IMPORT_EXTENSIONS } from './shell/lib/importFileTypes';
import { lazyNamed } from './shell/lib/lazyNamed';
import { toImportFiles } from './shell/lib/readFiles';
import { importStrings } from './shell/strings/importStrings';
import { sessionStrings } from './shell/strings/sessionStrings';
import { shellStrings } from './shell/strings/shellStrings';
import { showToast } from './shell/toastStore';
import { useFileDrop } from './shell/useFileDrop';
import { useHelpKey } from './shell/useHelpKey';
import { usePanelLayout } from './shell/usePanelLayout';
import { useShellData } from './shell/useShellData';
import { useTeamDocuments } from './team/useTeamDocuments';
import { useTeamMerges } from './team/useTeamMerges';
import { useWebShortcuts } from './shell/useWebShortcuts';

/**
 * Loaded when first opened: the page evaluates its script before it asks
 * for anything, so the first screen (the shell and the open document) waits
 * for no dialog and no view that is not shown; the indicators' chart library
 * alone is most of a bundle.
 */
const IndicatorsDialog = lazyNamed(() => import('./indicators/IndicatorsDialog'), 'IndicatorsDialog');
const AgreementDialog = lazyNamed(() => import('./shell/AgreementDialog'), 'AgreementDialog');
const ExportDialog = lazyNamed(() => import('./shell/ExportDialog'), 'ExportDialog');
const ImportDialog = lazyNamed(() => import('./shell/ImportDialog'), 'ImportDialog');
const SearchDialog = lazyNamed(() => import('./shell/SearchDialog'), 'SearchDialog');
const SessionDialog = lazyNamed(() => import('./shell/SessionDialog'), 'SessionDialog');
const SettingsDialog = lazyNamed(() => import('./shell/SettingsDialog'), 'SettingsDialog');
const ShortcutHelpDialog = lazyNamed(() => import('./shell/ShortcutHelpDialog'), 'ShortcutHelpDialog');
const TagEditorDialog = lazyNamed(() => import('./shell/TagEditorDialog'), 'TagEditorDialog');
const TeamDialog = lazyNamed(() => import('./team/TeamDialog'), 'TeamDialog');
const SpanTableView = lazyNamed(() => import('./table/SpanTableView'), 'SpanTableView');

type OpenDialog =
  | { kind: 'import'; files: ImportFile[] }
  | { kind: 'export'; spanIds?: readonly string[] }
  | { kind: 'tags' }
  | { kind: 'settings' }
  | { kind: 'shortcuts' }
  | { kind: 'search' }
  | { kind: 'indicators' }
  | { kind: 'team' }
  | { kind: 'agreement' }
  | { kind: 'session'; mode: SessionDialogMode };

/** The app shell: top bar, document list, the workspace, and the dialogs the commands open. */
export function App() {
  const { t } = useT(shellStrings);
  const { t: tSession } = useT(sessionStrings);
  const { t: tImport } = useT(importStrings);
  const { data, reload, refreshDocuments, refreshTags, openDocument, setLanguageSetting, setSnapToWords, setTextWidth } = useShellData();
  useTeamDocuments(refreshDocuments);
  const panels = usePanelLayout(data.layout);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  // Where the workspace draws the open document's outline: under the document list, in the same side panel.
  const [outlineSlot, setOutlineSlot] = useState<HTMLDivElement | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { session } = data;
  const [search, setSearch] = useState<SearchSettings>(NO_SEARCH);
  const [reveal, setReveal] = useState<{ docId: string; start: number; end: number } | null>(null);
  const [spansRevision, setSpansRevision] = useState(0);
  const spansFromTeam = useCallback(() => {
    setSpansRevision((n) => n + 1);
    return refreshDocuments();
  }, [refreshDocuments]);
  const tagsFromTeam = useCallback(() => {
    setSpansRevision((n) => n + 1);
    return refreshTags();
  }, [refreshTags]);
  useTeamMerges(spansFromTeam, tagsFromTeam);
  const [tableOpen, setTableOpen] = useState(false);
  const [tableSettings, setTableSettings] = useState<TableSettings>(NO_TABLE_SETTINGS);

  useEffect(() => {
    document.title = session ? `${session.name} — ${t('appName')}` : t('appName');
  }, [session, t]);

  useWebShortcuts();

  // A second command while a dialog is open would stack dialogs; the open one is finished or closed first.
  const whenFree = (action: () => void) => () => {
    if (dialog === null) action();
  };

  const openShortcuts = whenFree(() => setDialog({ kind: 'shortcuts' }));
  useHelpKey(openShortcuts);

  const startImport = useCallback(
    async (files: File[]) => {
      if (!session) {
        showToast('error', t('dropNoSession'));
        return;
      }
      if (dialog !== null || files.length === 0) return;
      try {
        setDialog({ kind: 'import', files: await toImportFiles(files) });
      } catch (error) {
        showToast('error', t('readFailed', { file: files.map((f) => f.name).join(', '), problem: errorMessage(error) }));
      }
    },
    [session, dialog, t],
  );

  const dragging = useFileDrop((files) => void startImport(files));

  const closeSession = async () => {
    try {
      await call('session.close', {});
      showToast('info', t('sessionClosed'));
      await reload();
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  };

  const openRecent = async (path: string) => {
    try {
      const info = await call('session.open', { path });
      showToast('info', tSession('opened', { name: info.name }));
      await reload();
    } catch (error) {
      showToast('error', `${path}: ${errorMessage(error)}`);
    }
  };

  const sessionDone = async (info: SessionInfo, mode: SessionDialogMode) => {
    setDialog(null);
    const key = mode === 'new' ? 'created' : mode === 'open' ? 'opened' : 'savedAs';
    showToast('info', tSession(key, { name: info.name }));
    await reload();
  };

  const imported = async (report: ImportReport) => {
    showToast('info', tImport('doneToast', { count: report.created.length }));
    await refreshDocuments();
    const first = report.created[0];
    if (first && data.openDocId === null) openDocument(first.id);
  };

  useCommand(
    'import',
    whenFree(() => session && fileInput.current?.click()),
  );
  useCommand(
    'export',
    whenFree(() => session && data.documents.length > 0 && setDialog({ kind: 'export' })),
  );
  useCommand(
    'search',
    whenFree(() => session && data.documents.length > 0 && setDialog({ kind: 'search' })),
  );
  useCommand(
    'table',
    whenFree(() => session && data.documents.length > 0 && setTableOpen((open) => !open)),
  );
  useCommand(
    'indicators',
    whenFree(() => session && data.documents.length > 0 && setDialog({ kind: 'indicators' })),
  );
  useCommand(
    'agreement',
    whenFree(() => session && data.documents.length > 0 && setDialog({ kind: 'agreement' })),
  );
  useCommand(
    'tags',
    whenFree(() => session && setDialog({ kind: 'tags' })),
  );
  useCommand(
    'settings',
    whenFree(() => setDialog({ kind: 'settings' })),
  );
  // In Electron the host's native dialogs pick the folder (it refuses paths the page names); the web mode has the page's own dialog.
  const sessionDialog = (mode: SessionDialogMode, hostDialog: SessionDialogName) =>
    isElectron
      ? void hostSessionDialog(hostDialog).catch((error: unknown) => showToast('error', errorMessage(error)))
      : setDialog({ kind: 'session', mode });
  useCommand(
    'newSession',
    whenFree(() => sessionDialog('new', 'newSession')),
  );
  useCommand(
    'openSession',
    whenFree(() => sessionDialog('open', 'openSession')),
  );
  useCommand(
    'saveAs',
    whenFree(() => session && sessionDialog('saveAs', 'saveAs')),
  );
  useCommand(
    'closeSession',
    whenFree(() => session && void closeSession()),
  );
  useCommand('sessionChanged', () => {
    setDialog(null);
    setTableOpen(false);
    void reload();
  });

  const closeDialog = () => setDialog(null);

  const openHit = (hit: Pick<SearchHit, 'docId' | 'start' | 'end'>) => {
    setDialog(null);
    setTableOpen(false);
    setReveal({ docId: hit.docId, start: hit.start, end: hit.end });
    openDocument(hit.docId);
  };
  const openSpan = ({ row }: SpanEntry) => {
    setTableOpen(false);
    setReveal({ docId: row.docId, start: row.start, end: row.end });
    openDocument(row.docId);
  };
  // Stable, so that the workspace's effects do not re-run on every shell render.
  const onWorkspaceChanged = useCallback(() => void refreshDocuments(), [refreshDocuments]);

  return (
    <div className="app">
      <TopBar
        session={session}
        hasDocuments={data.documents.length > 0}
        languageSetting={data.languageSetting}
        onLanguage={(choice) => void setLanguageSetting(choice)}
        onOpenRecent={(path) => void openRecent(path)}
        onShortcuts={openShortcuts}
        onTeam={whenFree(() => session && setDialog({ kind: 'team' }))}
      />
      {data.loading ? (
        <main className="empty-state">
          <p className="muted">{t('loading')}</p>
        </main>
      ) : !session ? (
        <NoSessionView key="welcome" onOpenRecent={(path) => void openRecent(path)} />
      ) : (
        <PanelContext.Provider value={panels}>
          <div className="shell-body">
            <SidePanel side="documents">
              <DocumentList
                documents={data.documents}
                tags={data.tags}
                openDocId={data.openDocId}
                initialSort={data.documentSort}
                headerAction={<PanelFoldButton side="documents" />}
                onOpen={(id) => {
                  setTableOpen(false);
                  openDocument(id);
                }}
                onChanged={refreshDocuments}
              />
              <div className="outline-slot" ref={setOutlineSlot} />
            </SidePanel>
            <main className={`workspace-area text-width-${data.textWidth}`}>
              {tableOpen ? (
                <Suspense fallback={null}>
                  <SpanTableView
                    tags={data.tags}
                    settings={tableSettings}
                    onSettings={setTableSettings}
                    onOpen={openSpan}
                    onExport={(spanIds) => setDialog({ kind: 'export', spanIds })}
                    onChanged={() => {
                      setSpansRevision((n) => n + 1);
                      void refreshDocuments();
                    }}
                    onClose={() => setTableOpen(false)}
                  />
                </Suspense>
              ) : data.openDocId === null ? (
                <EmptySessionView />
              ) : (
                <Workspace
                  docId={data.openDocId}
                  tags={data.tags}
                  snapToWords={data.snapToWords}
                  outlineSlot={outlineSlot}
                  onChanged={onWorkspaceChanged}
                  onOpenDocument={openDocument}
                  reveal={reveal}
                  spansRevision={spansRevision}
                />
              )}
            </main>
          </div>
        </PanelContext.Provider>
      )}
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={IMPORT_EXTENSIONS.join(',')}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void startImport(files);
        }}
      />
      {/* A dialog still loading shows nothing: it opens a moment later, and a spinner would only flash. */}
      <Suspense fallback={null}>
        {dialog?.kind === 'import' && (
          <ImportDialog files={dialog.files} onImported={(report) => void imported(report)} onClose={closeDialog} />
        )}
        {dialog?.kind === 'export' && (
          <ExportDialog
            documents={data.documents}
            tags={data.tags}
            openDocId={data.openDocId}
            spanIds={dialog.spanIds}
            onClose={closeDialog}
          />
        )}
        {dialog?.kind === 'tags' && (
          <TagEditorDialog tags={data.tags} documents={data.documents} onChanged={refreshTags} onClose={closeDialog} />
        )}
        {dialog?.kind === 'settings' && (
          <SettingsDialog
            languageSetting={data.languageSetting}
            snapToWords={data.snapToWords}
            textWidth={data.textWidth}
            onLanguage={(choice) => void setLanguageSetting(choice)}
            onSnapToWords={(on) => void setSnapToWords(on)}
            onTextWidth={(choice) => void setTextWidth(choice)}
            onClose={closeDialog}
          />
        )}
        {dialog?.kind === 'team' && <TeamDialog onClose={closeDialog} onChanged={() => setSpansRevision((n) => n + 1)} />}
        {dialog?.kind === 'shortcuts' && <ShortcutHelpDialog tags={data.tags} onClose={closeDialog} />}
        {dialog?.kind === 'search' && (
          <SearchDialog
            documents={data.documents}
            tags={data.tags}
            initial={search}
            onSettings={setSearch}
            onOpenHit={openHit}
            onTagged={() => {
              setSpansRevision((n) => n + 1);
              void refreshDocuments();
            }}
            onClose={closeDialog}
          />
        )}
        {dialog?.kind === 'indicators' && <IndicatorsDialog onOpenValue={openHit} onClose={closeDialog} />}
        {dialog?.kind === 'agreement' && (
          <AgreementDialog
            documents={data.documents}
            tags={data.tags}
            onOpenSpan={(span) => {
              setDialog(null);
              setReveal(span);
              openDocument(span.docId);
            }}
            onChanged={() => {
              setSpansRevision((n) => n + 1);
              void refreshDocuments();
            }}
            onClose={closeDialog}
          />
        )}
        {dialog?.kind === 'session' && (
          <SessionDialog
            mode={dialog.mode}
            currentPath={session?.path ?? null}
            onDone={(info, mode) => void sessionDone(info, mode)}
            onClose={closeDialog}
          />
        )}
      </Suspense>
      {dragging && <DropOverlay canImport={session !== null} />}
      <Toasts />
    </div>
  );
}
