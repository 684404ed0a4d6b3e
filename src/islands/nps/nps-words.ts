// A phrase the NPS results and its working both use.
import type { NpsCounts } from '../../calculators/nps/parse.ts';
import type { Formatters } from '../calculator/formatters.ts';

/** "900 promoters, 800 passives and 300 detractors". */
export function countsInWords(c: NpsCounts, fmt: Formatters): string {
  const n = (x: number, one: string, many: string) => `${fmt.number(x, 0)} ${x === 1 ? one : many}`;
  return `${n(c.promoters, 'promoter', 'promoters')}, ${n(c.passives, 'passive', 'passives')} and ${n(c.detractors, 'detractor', 'detractors')}`;
}
