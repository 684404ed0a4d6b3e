// "Show the working" for the customer effort tool in a language's words: each formula with the
// reader's numbers. Loaded when the reader opens it (or prints); the page renders it for the
// defaults at build time. The words come from the page (`tools.effort.*`), so this file holds
// none; ./effort-working.ts adds the default ones.
import type { EffortResult } from '../../calculators/effort/calculate.ts';
import type { EffortInput } from '../../calculators/effort/fields.ts';
import type { EffortWords } from '../../calculators/effort/words.ts';
import { Z95 } from '../../calculators/nps/estimate.ts';
import type { ViewContext, WorkingFn, WorkingStep } from '../calculator/types.ts';
// The helpers through the view, which the page has loaded already.
import { fillWords, SURVEYS, surveyOf } from './effort-view.ts';

/** The working in a language's words (`tools.effort.*`), survey by survey, then the changes. */
export const effortWorkingIn =
  (w: EffortWords): WorkingFn<EffortInput, EffortResult> =>
  ({ result, fmt }: ViewContext<EffortInput, EffortResult>): WorkingStep[] => {
    const steps: WorkingStep[] = [];
    const z = fmt.number(Z95, 2);
    for (const id of SURVEYS) {
      const s = result[id];
      if (s.status !== 'ok') continue;
      const n = s.share.responses;
      const easy = s.share.satisfied;
      const sum = s.counts.map((c, i) => `${fmt.number(c, 0)} × ${i + 1}`).join(' + ');
      const survey = surveyOf(w, id);
      steps.push(
        {
          label: fillWords(w.shareLabel, { survey }),
          formula: w.workShareFormula,
          substituted: `p = ${fmt.number(easy, 0)} / ${fmt.number(n, 0)}; z = ${z}`,
          result: fillWords(w.workRange, {
            value: fmt.percent(s.share.score, 1),
            low: fmt.percent(s.share.low, 1),
            high: fmt.percent(s.share.high, 1),
          }),
        },
        {
          label: fillWords(w.meanLabel, { survey }),
          formula: w.workMeanFormula,
          substituted: `(${sum}) / ${fmt.number(n, 0)}; SD = ${fmt.number(s.mean.standardDeviation, 3)}`,
          result: fillWords(w.workRange, {
            value: fmt.number(s.mean.mean, 2),
            low: fmt.number(s.mean.low, 2),
            high: fmt.number(s.mean.high, 2),
          }),
        },
      );
    }
    const c = result.comparison;
    if (c.status === 'ok' && result.previous.status === 'ok' && result.current.status === 'ok') {
      const [p, q] = [result.previous, result.current];
      steps.push(
        {
          label: w.shareChangeLabel,
          formula: w.workShareChangeFormula,
          substituted: `d = ${fmt.percent(q.share.score, 2)} − ${fmt.percent(p.share.score, 2)}`,
          result: fillWords(w.workShareChangeResult, {
            value: fmt.signed(c.share.difference),
            low: fmt.signed(c.share.low),
            high: fmt.signed(c.share.high),
          }),
        },
        {
          label: w.meanChangeLabel,
          formula: w.workMeanChangeFormula,
          substituted: `d = ${fmt.number(q.mean.mean, 3)} − ${fmt.number(p.mean.mean, 3)}; √(${fmt.number(p.mean.standardDeviation, 3)}²/${fmt.number(p.mean.responses, 0)} + ${fmt.number(q.mean.standardDeviation, 3)}²/${fmt.number(q.mean.responses, 0)})`,
          result: fillWords(w.workRange, {
            value: fmt.signed(c.mean.difference, 2),
            low: fmt.signed(c.mean.low, 2),
            high: fmt.signed(c.mean.high, 2),
          }),
        },
      );
    }
    return steps;
  };
