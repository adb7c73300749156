import type { RelationType, Tag } from './model';

/** The tags a new session starts with; ordinary tags the user may change or delete. */
export const DEFAULT_TAGS: readonly Tag[] = [
  { id: 'target', label: { zh: '目标', en: 'Target' }, color: '#e8590c', hotkey: '1' },
  { id: 'project', label: { zh: '项目', en: 'Project' }, color: '#1c7ed6', hotkey: '2' },
  { id: 'policy', label: { zh: '政策', en: 'Policy' }, color: '#2f9e44', hotkey: '3' },
];

/** The relation types a new session starts with (and an older session gains on open); ordinary types the user may change or delete. */
export const DEFAULT_RELATION_TYPES: readonly RelationType[] = [
  {
    id: 'serves',
    label: { zh: '服务于', en: 'Serves' },
    color: '#7048e8',
    pairs: [
      { from: 'policy', to: 'target' },
      { from: 'project', to: 'target' },
    ],
  },
  { id: 'funds', label: { zh: '投资于', en: 'Funds' }, color: '#c2255c' },
  { id: 'part-of', label: { zh: '属于', en: 'Part of' }, color: '#5c940d' },
];
