import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionInfo } from '../../../electron/shared/contract';
import type { DocumentSort, DocumentSummary, Language, PanelLayout, Tag, TextWidth } from '../../../electron/shared/model';
import { call } from '../api/client';
import { setLanguage } from '../i18n/i18n';
import { errorMessage } from './lib/errorMessage';
import { resolveLanguage } from './lib/systemLanguage';
import { showToast } from './toastStore';

export interface ShellData {
  loading: boolean;
  session: SessionInfo | null;
  tags: Tag[];
  documents: DocumentSummary[];
  openDocId: string | null;
  /** The saved language choice; null follows the system. */
  languageSetting: Language | null;
  /** Whether new and resized spans snap to word boundaries. */
  snapToWords: boolean;
  /** The text column's width. */
  textWidth: TextWidth;
  /** The session's side panels as last left; null before they were first changed. */
  layout: PanelLayout | null;
  /** The document list's order as last chosen; null: as imported. */
  documentSort: DocumentSort | null;
}

const EMPTY: ShellData = {
  loading: true,
  session: null,
  tags: [],
  documents: [],
  openDocId: null,
  languageSetting: null,
  snapToWords: false,
  textWidth: 'medium',
  layout: null,
  documentSort: null,
};

/** The document to show: the saved one if it still exists, else the first. */
function pickDocument(documents: readonly DocumentSummary[], wanted: string | null): string | null {
  if (wanted !== null && documents.some((doc) => doc.id === wanted)) return wanted;
  return documents[0]?.id ?? null;
}

/**
 * The session as the shell sees it, loaded at startup and whenever the
 * session changes. Every change goes through the API first; the state here is
 * only ever a copy of what the core answered.
 */
export function useShellData() {
  const [data, setData] = useState<ShellData>(EMPTY);
  const openDocRef = useRef<string | null>(null);
  openDocRef.current = data.openDocId;

  const persistOpenDoc = useCallback((id: string | null) => {
    call('view.set', { openDocId: id }).catch((error: unknown) => showToast('error', errorMessage(error)));
  }, []);

  const reload = useCallback(async () => {
    try {
      const [settings, session] = await Promise.all([call('settings.get', {}), call('session.info', {})]);
      setLanguage(resolveLanguage(settings.language, navigator.language));
      if (!session) {
        setData({
          ...EMPTY,
          loading: false,
          languageSetting: settings.language,
          snapToWords: settings.snapToWords,
          textWidth: settings.textWidth,
        });
        return;
      }
      const [tags, documents, view] = await Promise.all([call('tags.list', {}), call('documents.list', {}), call('view.get', {})]);
      const openDocId = pickDocument(documents, view.openDocId);
      if (openDocId !== view.openDocId) persistOpenDoc(openDocId);
      setData({
        loading: false,
        session,
        tags,
        documents,
        openDocId,
        languageSetting: settings.language,
        snapToWords: settings.snapToWords,
        textWidth: settings.textWidth,
        layout: view.layout ?? null,
        documentSort: view.documentSort ?? null,
      });
    } catch (error) {
      showToast('error', errorMessage(error));
      setData((current) => ({ ...current, loading: false }));
    }
  }, [persistOpenDoc]);

  /** After spans or documents changed: new counts, and a new document to show if the open one is gone. */
  const refreshDocuments = useCallback(async () => {
    try {
      const [session, documents] = await Promise.all([call('session.info', {}), call('documents.list', {})]);
      const openDocId = pickDocument(documents, openDocRef.current);
      if (openDocId !== openDocRef.current) persistOpenDoc(openDocId);
      setData((current) => ({ ...current, session, documents, openDocId }));
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  }, [persistOpenDoc]);

  const refreshTags = useCallback(async () => {
    try {
      const [tags, documents] = await Promise.all([call('tags.list', {}), call('documents.list', {})]);
      setData((current) => ({ ...current, tags, documents }));
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  }, []);

  const openDocument = useCallback(
    (id: string) => {
      if (id === openDocRef.current) return;
      setData((current) => ({ ...current, openDocId: id }));
      persistOpenDoc(id);
    },
    [persistOpenDoc],
  );

  const setLanguageSetting = useCallback(async (choice: Language | null) => {
    try {
      await call('settings.set', { language: choice });
      setLanguage(resolveLanguage(choice, navigator.language));
      setData((current) => ({ ...current, languageSetting: choice }));
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  }, []);

  // A checkbox shows its new state as it is clicked; a refusal puts it back.
  const setSnapToWords = useCallback(async (on: boolean) => {
    setData((current) => ({ ...current, snapToWords: on }));
    try {
      await call('settings.set', { snapToWords: on });
    } catch (error) {
      setData((current) => ({ ...current, snapToWords: !on }));
      showToast('error', errorMessage(error));
    }
  }, []);

  // Shown at once, as the radio button the reader pressed is: the column follows the choice, not the round trip.
  const setTextWidth = useCallback(
    async (choice: TextWidth) => {
      const before = data.textWidth;
      setData((current) => ({ ...current, textWidth: choice }));
      try {
        await call('settings.set', { textWidth: choice });
      } catch (error) {
        setData((current) => ({ ...current, textWidth: before }));
        showToast('error', errorMessage(error));
      }
    },
    [data.textWidth],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, reload, refreshDocuments, refreshTags, openDocument, setLanguageSetting, setSnapToWords, setTextWidth };
}
