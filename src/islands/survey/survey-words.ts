// Scores as the page and its tables write them, numbers in the page's locale, words in its
// language (`survey.*` of the strings files, the island's `words` prop).
import type { GroupScores } from '../../calculators/survey/results.ts';
import type { SurveyComparison } from '../../calculators/nps/estimate.ts';
import { MIN_RESPONSES } from '../../calculators/nps/estimate.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { SurveyWords } from '../../calculators/survey/words.ts';
import { formatNumber } from '../../shared/format.ts';

const n1 = (x: number, locale: string) => formatNumber(x, locale, 1);

/** "20 (−5.1 to 43.2)": a score with its 95% interval, one decimal; "no answers" without one. */
export function withInterval(e: { score: number; low: number; high: number } | undefined, locale: string, w: SurveyWords): string {
  if (!e) return w.noAnswers;
  return fillWords(w.interval, { score: n1(e.score, locale), low: n1(e.low, locale), high: n1(e.high, locale) });
}

/** The CES mean with its interval, two decimals. */
export function meanWithInterval(e: GroupScores['cesMean'], locale: string, w: SurveyWords): string {
  if (!e) return w.noAnswers;
  const n2 = (x: number) => formatNumber(x, locale, 2);
  return fillWords(w.interval, { score: n2(e.mean), low: n2(e.low), high: n2(e.high) });
}

/** Responses, with a note when the group is below the minimum sample. */
export function responsesCell(g: GroupScores, locale: string, w: SurveyWords): string {
  const count = formatNumber(g.responses, locale, 0);
  return g.smallSample ? fillWords(w.responsesSmall, { count, min: MIN_RESPONSES }) : count;
}

/** An NPS difference in words with its interval and verdict; `each` says what needs MIN_RESPONSES. */
export function differenceCell(x: SurveyComparison | undefined, locale: string, each: 'group' | 'period', w: SurveyWords): string {
  if (!x) return '';
  const sign = x.difference > 0 ? '+' : '';
  const change = fillWords(w.difference, {
    difference: `${sign}${n1(x.difference, locale)}`,
    low: n1(x.low, locale),
    high: n1(x.high, locale),
  });
  if (x.verdict === 'too-small')
    return fillWords(each === 'group' ? w.differenceTooFewGroup : w.differenceTooFewPeriod, { change, min: MIN_RESPONSES });
  return fillWords(x.verdict === 'likely-real' ? w.differenceReal : w.differenceNoise, { change });
}
