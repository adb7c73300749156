import type { Tag } from './model';

/** The tags a new session starts with; ordinary tags the user may change or delete. */
export const DEFAULT_TAGS: readonly Tag[] = [
  { id: 'target', label: { zh: '目标', en: 'Target' }, color: '#e8590c', hotkey: '1' },
  { id: 'project', label: { zh: '项目', en: 'Project' }, color: '#1c7ed6', hotkey: '2' },
  { id: 'policy', label: { zh: '政策', en: 'Policy' }, color: '#2f9e44', hotkey: '3' },
];
