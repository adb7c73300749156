import type { EditorThemeClasses } from 'lexical';
import './theme.css';

/** The classes Lexical gives the document's nodes; theme.css draws them. */
export const DOCUMENT_THEME: EditorThemeClasses = {
  paragraph: 'ws-p',
  heading: { h1: 'ws-h ws-h1', h2: 'ws-h ws-h2', h3: 'ws-h ws-h3', h4: 'ws-h ws-h4', h5: 'ws-h ws-h5', h6: 'ws-h ws-h6' },
  mark: 'ws-mark',
};
