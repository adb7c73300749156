import { PIZHU_USER_GUID } from '../export/writeQdpx';
import type { NoticeTally } from './noticeTally';
import type { XmlElement } from './xmlTree';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Counts, by name, the parts of a REFI-QDA project Pizhu has no place for:
 * Cases (with the selections coded to them, as NVivo
 * codes a passage to a case), Sets, Variables, Graphs, and Users other than
 * the one Pizhu's own export names.
 */
export function reportProjectParts(root: XmlElement, notices: NoticeTally, caseCodings: number): void {
  const named = (element: XmlElement) => element.attr('name') || 'unnamed';
  const cases = root.first('Cases')?.all('Case') ?? [];
  const coded = caseCodings ? `; ${plural(caseCodings, 'selection')} coded to them` : '';
  notices.put('cases', cases.length, cases.map(named).join(', ') + coded);
  for (const set of root.first('Sets')?.all('Set') ?? []) notices.add('sets', named(set));
  for (const variable of root.first('Variables')?.all('Variable') ?? []) notices.add('variables', named(variable));
  for (const graph of root.first('Graphs')?.all('Graph') ?? []) notices.add('graphs', named(graph));
  for (const user of root.first('Users')?.all('User') ?? []) {
    if (user.attr('guid') !== PIZHU_USER_GUID) notices.add('users', user.attr('name') || user.attr('guid') || 'unnamed');
  }
}
