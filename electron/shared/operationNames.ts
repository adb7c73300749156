import type { Result } from './errors';

/**
 * The names of the API operations, as plain data: the preload builds
 * `window.pizhu` from this list without loading the schemas. contract.ts
 * checks at compile time that it names exactly the contract's operations.
 */
export const OPERATION_NAMES = [
  'session.info',
  'session.create',
  'session.open',
  'session.saveAs',
  'session.close',
  'session.recent',
  'settings.get',
  'settings.set',
  'tags.list',
  'tags.create',
  'tags.update',
  'tags.reorder',
  'tags.remove',
  'documents.list',
  'documents.get',
  'documents.rename',
  'documents.update',
  'documents.remove',
  'documents.outline',
  'annotations.list',
  'annotations.create',
  'annotations.createMany',
  'annotations.update',
  'annotations.addFragment',
  'annotations.remove',
  'annotations.listAll',
  'annotations.retagMany',
  'annotations.removeMany',
  'relationTypes.list',
  'relationTypes.create',
  'relationTypes.update',
  'relationTypes.remove',
  'relations.list',
  'relations.create',
  'relations.update',
  'relations.remove',
  'history.state',
  'history.undo',
  'history.redo',
  'view.get',
  'view.set',
  'import.preview',
  'import.commit',
  'import.cancel',
  'export.run',
  'suggest.run',
  'suggestions.list',
  'suggestions.accept',
  'suggestions.reject',
  'search.run',
  'search.tagAll',
  'indicators.list',
  'indicators.merge',
  'indicators.split',
  'indicators.rename',
  'team.status',
  'team.join',
  'team.leave',
  'team.retry',
  'team.sync',
  'team.layers',
  'team.conflicts',
  'team.resolve',
  'agreement.matrix',
  'agreement.disagreements',
  'curation.take',
  'curation.takeAgreed',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/** The IPC channel of an operation. */
export const ipcChannel = (name: OperationName): string => `pizhu:${name}`;

/** The IPC channel on which the Electron host sends menu commands to the renderer. */
export const MENU_CHANNEL = 'pizhu:menu';

/** Menu commands the Electron host sends to the renderer. */
export const MENU_COMMANDS = [
  'import',
  'export',
  'find',
  'search',
  'table',
  'agreement',
  'undo',
  'redo',
  'openSession',
  'newSession',
  'saveAs',
  'closeSession',
  'sessionChanged',
  'tags',
  'settings',
  'indicators',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The IPC channel on which the desktop page asks the host to run one of its session dialogs. */
export const SESSION_DIALOG_CHANNEL = 'pizhu:sessionDialog';

/** The host's session dialogs the page may ask for: the menu commands that pick a session folder. */
export const SESSION_DIALOGS = ['newSession', 'openSession', 'saveAs'] as const satisfies readonly MenuCommand[];
export type SessionDialogName = (typeof SESSION_DIALOGS)[number];

/** What the preload adds to the operations in the desktop app, beside them on `window.pizhu`. */
export interface DesktopBridge {
  onMenu(listener: (command: MenuCommand) => void): () => void;
  sessionDialog(dialog: SessionDialogName): Promise<Result<null>>;
}
