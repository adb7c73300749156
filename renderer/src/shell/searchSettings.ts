/**
 * What the search dialog keeps between openings: the query and its options,
 * searched again on opening. Apart from the dialog, which is loaded when
 * first opened, so that the shell holds the settings without loading it.
 */
export interface SearchSettings {
  query: string;
  regex: boolean;
  ignoreSpace: boolean;
  /** Documents to search; none: every document. */
  scope: readonly string[];
}

export const NO_SEARCH: SearchSettings = { query: '', regex: false, ignoreSpace: false, scope: [] };
