// Scores as the page and its tables write them, numbers in the site's locale.
import type { GroupScores } from '../../calculators/survey/results.ts';
import type { SurveyComparison } from '../../calculators/nps/estimate.ts';
import { MIN_RESPONSES } from '../../calculators/nps/estimate.ts';
import { formatNumber } from '../../shared/format.ts';

const n1 = (x: number, locale: string) => formatNumber(x, locale, 1);

/** "20 (−5.1 to 43.2)": a score with its 95% interval, one decimal; "no answers" without one. */
export function withInterval(e: { score: number; low: number; high: number } | undefined, locale: string, unit = ''): string {
  if (!e) return 'no answers';
  return `${n1(e.score, locale)}${unit} (${n1(e.low, locale)} to ${n1(e.high, locale)})`;
}

/** The CES mean with its interval, two decimals. */
export function meanWithInterval(e: GroupScores['cesMean'], locale: string): string {
  if (!e) return 'no answers';
  const n2 = (x: number) => formatNumber(x, locale, 2);
  return `${n2(e.mean)} (${n2(e.low)} to ${n2(e.high)})`;
}

/** Responses, with a note when the group is below the minimum sample. */
export function responsesCell(g: GroupScores, locale: string): string {
  const count = formatNumber(g.responses, locale, 0);
  return g.smallSample ? `${count} (fewer than ${MIN_RESPONSES}: too few to judge)` : count;
}

/** An NPS difference in words with its interval and verdict; `each` names what needs MIN_RESPONSES ("period", "group"). */
export function differenceCell(x: SurveyComparison | undefined, locale: string, each: string): string {
  if (!x) return '';
  const sign = x.difference > 0 ? '+' : '';
  const change = `${sign}${n1(x.difference, locale)} points (${n1(x.low, locale)} to ${n1(x.high, locale)})`;
  if (x.verdict === 'too-small') return `${change}: too few responses to judge (${MIN_RESPONSES} needed in each ${each})`;
  return `${change}: ${x.verdict === 'likely-real' ? 'likely a real difference' : 'could be noise'}`;
}
