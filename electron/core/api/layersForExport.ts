import type { Annotation } from '../../shared/model';
import type { ExportLayers } from './exportFromStore';
import type { TeamLayers } from './teamLayers';

/** Every other analyst's spans beside the own layer, each id once in the export. */
export function layersForExport(team: TeamLayers): ExportLayers {
  const all = [...team.byDoc.values()].flatMap((byAnalyst) => [...byAnalyst]);
  const taken = new Set(all.flatMap(([analyst, spans]) => (analyst === team.own.id ? spans.map((a) => a.id) : [])));
  const others: Annotation[] = [];
  for (const [analyst, spans] of all) {
    if (analyst === team.own.id) continue;
    // Analysts who started from one shared session have spans of the same id; an export holds each id once.
    for (const a of spans) {
      const id = taken.has(a.id) ? `${a.id}-${analyst.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 66) : a.id;
      taken.add(id);
      others.push(id === a.id ? a : { ...a, id });
    }
  }
  return { own: team.own, analysts: team.analysts, others };
}
