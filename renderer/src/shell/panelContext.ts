import { createContext, useContext } from 'react';
import type { PanelSide } from './lib/panelLayout';
import type { PanelControl, PanelControls } from './usePanelLayout';

/** The side panels' controls, from the shell to the panels wherever they are drawn (the annotation panel is the workspace's). */
export const PanelContext = createContext<PanelControls | null>(null);

export function usePanel(side: PanelSide): PanelControl {
  const controls = useContext(PanelContext);
  if (!controls) throw new Error('usePanel outside the shell’s PanelContext');
  return controls[side];
}
