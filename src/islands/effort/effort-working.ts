// "Show the working" for the customer effort tool: each formula with the reader's numbers. Loaded
// when the reader opens it (or prints); the page renders it for the defaults at build time.
import type { EffortResult, EffortSurveyId } from '../../calculators/effort/calculate.ts';
import type { EffortInput } from '../../calculators/effort/fields.ts';
import { Z95 } from '../../calculators/nps/estimate.ts';
import type { ViewContext, WorkingStep } from '../calculator/types.ts';

/** The working, survey by survey, then the changes. */
export function effortWorking({ result, fmt }: ViewContext<EffortInput, EffortResult>): WorkingStep[] {
  const steps: WorkingStep[] = [];
  const z = fmt.number(Z95, 2);
  for (const id of ['previous', 'current'] as EffortSurveyId[]) {
    const s = result[id];
    if (s.status !== 'ok') continue;
    const n = s.share.responses;
    const easy = s.share.satisfied;
    const sum = s.counts.map((c, i) => `${fmt.number(c, 0)} × ${i + 1}`).join(' + ');
    steps.push(
      {
        label: `Share answering 5 to 7, ${id} survey`,
        formula: 'p = (answers of 5, 6 and 7) / n; Wilson 95% interval: (p + z²/2n ± z √(p(1 − p)/n + z²/4n²)) / (1 + z²/n), z = 1.96',
        substituted: `p = ${fmt.number(easy, 0)} / ${fmt.number(n, 0)}; z = ${z}`,
        result: `${fmt.percent(s.share.score, 1)} (${fmt.percent(s.share.low, 1)} to ${fmt.percent(s.share.high, 1)})`,
      },
      {
        label: `Mean answer, ${id} survey`,
        formula: 'mean = sum of answers / n; 95% interval mean ± 1.96 × SD / √n, SD with n − 1',
        substituted: `(${sum}) / ${fmt.number(n, 0)}; SD = ${fmt.number(s.mean.standardDeviation, 3)}`,
        result: `${fmt.number(s.mean.mean, 2)} (${fmt.number(s.mean.low, 2)} to ${fmt.number(s.mean.high, 2)})`,
      },
    );
  }
  const c = result.comparison;
  if (c.status === 'ok' && result.previous.status === 'ok' && result.current.status === 'ok') {
    const [p, q] = [result.previous, result.current];
    steps.push(
      {
        label: 'Change in the share answering 5 to 7',
        formula: 'd = p₂ − p₁; Newcombe: d − √((p₂ − l₂)² + (u₁ − p₁)²) to d + √((u₂ − p₂)² + (p₁ − l₁)²)',
        substituted: `d = ${fmt.percent(q.share.score, 2)} − ${fmt.percent(p.share.score, 2)}`,
        result: `${fmt.signed(c.share.difference)} points (${fmt.signed(c.share.low)} to ${fmt.signed(c.share.high)})`,
      },
      {
        label: 'Change in the mean answer',
        formula: 'd = mean₂ − mean₁; d ± 1.96 × √(SD₁²/n₁ + SD₂²/n₂)',
        substituted: `d = ${fmt.number(q.mean.mean, 3)} − ${fmt.number(p.mean.mean, 3)}; √(${fmt.number(p.mean.standardDeviation, 3)}²/${fmt.number(p.mean.responses, 0)} + ${fmt.number(q.mean.standardDeviation, 3)}²/${fmt.number(q.mean.responses, 0)})`,
        result: `${fmt.signed(c.mean.difference, 2)} (${fmt.signed(c.mean.low, 2)} to ${fmt.signed(c.mean.high, 2)})`,
      },
    );
  }
  return steps;
}
