import { WorkspacePlaceholder as Workspace, type WorkspaceProps } from './WorkspacePlaceholder';

/** Where the document editor goes; the import above chooses the real one or the placeholder. */
export function WorkspaceHost(props: WorkspaceProps) {
  return <Workspace key={props.docId} {...props} />;
}
