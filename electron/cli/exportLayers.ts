import { PizhuError } from '../shared/errors';
import { appDataDir } from '../core/appDataDir';
import type { ExportLayers } from '../core/api/exportFromStore';
import { layersForExport } from '../core/api/layersForExport';
import { teamLayersOf } from '../core/api/teamLayers';
import { SettingsStore } from '../core/settingsStore';
import type { SessionStore } from '../core/store/SessionStore';

/** What the CLI's export names as each span's annotator: the analyst of the settings, and with `all` the team's other layers. */
export async function cliExportLayers(store: SessionStore, layers: 'own' | 'all'): Promise<ExportLayers | undefined> {
  const dataDir = appDataDir();
  const own = (await SettingsStore.open(dataDir)).data.analyst;
  if (layers === 'own') return own ? { own, analysts: [own], others: [] } : undefined;
  if (!own) throw new PizhuError('INVALID_INPUT', '--layers all: no analyst is set (team init --annotator NAME sets one)');
  return layersForExport(await teamLayersOf(store, own, dataDir));
}
