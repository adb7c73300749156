import { Workspace } from '../workspace/Workspace';
import type { WorkspaceProps } from './WorkspacePlaceholder';

/** Where the document editor goes; the import above chooses the real one or WorkspacePlaceholder. */
export function WorkspaceHost(props: WorkspaceProps) {
  return <Workspace key={props.docId} {...props} />;
}
