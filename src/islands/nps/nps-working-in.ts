// "Show the working" for the NPS tool in a language's words: each formula of content/tools/nps.mdx
// with the reader's numbers. Loaded when the reader opens it (or prints); see `working` in
// ../calculator/types.ts. Intermediate values come from the model (src/calculators/nps/); nothing
// is worked out here. The words come from the page (`tools.nps.*`), so this file holds none;
// ./nps-working.ts adds the default ones.
import type { NpsResult, SurveyResult } from '../../calculators/nps/calculate.ts';
import type { NpsInput, SurveyId } from '../../calculators/nps/fields.ts';
import type { NpsWords } from '../../calculators/nps/words.ts';
import type { Formatters } from '../calculator/formatters.ts';
import type { ViewContext, WorkingFn, WorkingStep } from '../calculator/types.ts';
// Through the view, which the page has loaded already: the working's chunk then shares one chunk
// with the page instead of splitting the model into several small ones (docs/performance.md).
import {
  adjustedShares,
  comparisonP,
  countIn,
  countsIn,
  fillWords,
  MIN_RESPONSES,
  npsVariance,
  parseScoreColumnIn,
  surveyIn,
  Z95,
} from './nps-view.ts';

const Z2 = Z95 ** 2;

/** How the counts were found, for a survey entered as percentages or pasted scores. */
function countingStep(
  w: NpsWords,
  input: NpsInput,
  id: SurveyId,
  s: Extract<SurveyResult, { status: 'ok' }>,
  fmt: Formatters,
): WorkingStep[] {
  const survey = surveyIn(w, id);
  const result = countsIn(w, s.estimate.counts, fmt);
  if (s.mode === 'percentages') {
    const parts = [input[`${id}PromoterPercent` as const], input[`${id}PassivePercent` as const], input[`${id}DetractorPercent` as const]];
    const sum = parts.reduce((a, b) => a + b, 0);
    const total = fmt.number(input[`${id}Total` as const], 0);
    return [
      {
        label: fillWords(w.workPercentLabel, { survey }),
        formula: w.workPercentFormula,
        substituted: parts.map((p) => `${fmt.number(p, 2)} / ${fmt.number(sum, 2)} × ${total}`).join('; '),
        result,
      },
    ];
  }
  if (s.mode === 'scores') {
    const parsed = parseScoreColumnIn(w, input[`${id}Scores` as const]);
    const histogram = parsed.ok ? parsed.histogram : [];
    const seen = histogram
      .map((count, score) => [score, count] as const)
      .filter(([, count]) => count > 0)
      .reverse();
    return [
      {
        label: fillWords(w.workScoresLabel, { survey }),
        formula: w.workScoresFormula,
        substituted: seen.map(([score, count]) => `${fmt.number(count, 0)} × ${score}`).join(', '),
        result,
      },
    ];
  }
  return [];
}

/** NPS and its adjusted-Wald interval for one survey. */
function surveySteps(w: NpsWords, input: NpsInput, id: SurveyId, s: SurveyResult, fmt: Formatters): WorkingStep[] {
  if (s.status !== 'ok') return [];
  const e = s.estimate;
  const c = e.counts;
  const survey = surveyIn(w, id);
  const adj = adjustedShares(c);
  const d = (x: number) => fmt.number(x, 4);
  const centre = adj.promoters - adj.detractors;
  return [
    ...countingStep(w, input, id, s, fmt),
    {
      label: fillWords(w.npsLabel, { survey }),
      formula: w.workNpsFormula,
      substituted: `100 × (${fmt.number(c.promoters, 0)} − ${fmt.number(c.detractors, 0)}) / ${fmt.number(e.responses, 0)}`,
      result: fmt.number(e.score, 1),
    },
    {
      label: fillWords(w.workIntervalLabel, { survey }),
      formula: w.workIntervalFormula,
      substituted:
        `n′ = ${fmt.number(adj.n, 0)}; p_P = ${fmt.number(c.promoters + 0.75, 2)} / ${fmt.number(adj.n, 0)} = ${d(adj.promoters)}; ` +
        `p_D = ${fmt.number(c.detractors + 0.75, 2)} / ${fmt.number(adj.n, 0)} = ${d(adj.detractors)}; ` +
        `SE = √((${d(adj.promoters)} + ${d(adj.detractors)} − ${d(centre)}²) / ${fmt.number(adj.n, 0)}) = ${d(e.standardError / 100)}; ` +
        `100 × (${d(centre)} ± ${fmt.number(Z95, 2)} × ${d(e.standardError / 100)})`,
      result:
        fillWords(w.workIntervalResult, { low: fmt.number(e.low, 1), high: fmt.number(e.high, 1) }) + (e.stretched ? w.workStretched : ''),
    },
  ];
}

/** Every step in a language's words (`tools.nps.*`): both surveys, the comparison, the responses needed and CSAT. */
export const npsWorkingIn =
  (w: NpsWords): WorkingFn<NpsInput, NpsResult> =>
  ({ input, result, fmt }: ViewContext<NpsInput, NpsResult>): WorkingStep[] => {
    const steps = [...surveySteps(w, input, 'previous', result.previous, fmt), ...surveySteps(w, input, 'current', result.current, fmt)];
    if (result.comparison.status === 'ok' && result.previous.status === 'ok' && result.current.status === 'ok') {
      const c = result.comparison.comparison;
      const [prev, cur] = [result.previous.estimate, result.current.estimate];
      steps.push({
        label: w.workChangeLabel,
        formula: fillWords(w.workChangeFormula, { min: fmt.number(MIN_RESPONSES, 0) }),
        substituted:
          `d′ = ${fmt.number(cur.centre, 2)} − ${fmt.number(prev.centre, 2)} = ${fmt.signed(c.adjustedDifference, 2)}; ` +
          `SE = √(${fmt.number(prev.standardError, 2)}² + ${fmt.number(cur.standardError, 2)}²) = ${fmt.number(c.standardError, 2)}; ` +
          `z = ${fmt.signed(c.adjustedDifference, 2)} / ${fmt.number(c.standardError, 2)} = ${fmt.number(c.z, 2)}`,
        result: fillWords(w.workChangeResult, {
          p: c.verdict === 'too-small' ? w.workTooSmall : comparisonP(c, fmt.style.locale),
          low: fmt.signed(c.low),
          high: fmt.signed(c.high),
        }),
      });
    }
    const plan = result.sampleSize;
    const e = fmt.number(plan.margin, 2);
    const n = (x: number) => countIn(w.response, w.responses, x, fmt);
    const z2 = fmt.number(Z2, 4);
    const worst = (v: string) => `${z2} × ${v} / (${e} / 100)²`;
    let shares = '';
    if (result.current.status === 'ok') {
      const adj = adjustedShares(result.current.estimate.counts);
      shares = fillWords(w.workNeededShares, { value: worst(fmt.number(npsVariance(adj.promoters, adj.detractors), 4)) });
    }
    steps.push({
      label: fillWords(w.workNeededLabel, { margin: e }),
      formula: w.workNeededFormula,
      substituted: fillWords(w.workNeededWorked, { nps: worst('1'), shares, csat: worst(fmt.number(0.25, 2)) }),
      result: fillWords(w.workNeededResult, {
        nps: n(plan.npsWorstCase),
        shares: plan.npsAtCurrentShares === undefined ? '' : fillWords(w.workNeededAtShares, { responses: n(plan.npsAtCurrentShares) }),
        csat: n(plan.csatWorstCase),
      }),
    });
    if (result.csat.status === 'ok') {
      const c = result.csat.estimate;
      const p = fmt.number(c.score / 100, 4);
      const size = fmt.number(c.responses, 0);
      const z = fmt.number(Z95, 2);
      steps.push({
        label: w.workCsatLabel,
        formula: w.workCsatFormula,
        substituted: fillWords(w.workCsatWorked, {
          p: `${fmt.number(c.satisfied, 0)} / ${size} = ${p}`,
          centre: `(${p} + ${z2} / (2 × ${size})) / (1 + ${z2} / ${size})`,
          half: `${z} / (1 + ${z2} / ${size}) × √(${p} × (1 − ${p}) / ${size} + ${z2} / (4 × ${size}²))`,
        }),
        result: fillWords(w.workCsatResult, { score: fmt.percent(c.score, 1), low: fmt.percent(c.low, 1), high: fmt.percent(c.high, 1) }),
      });
    }
    return steps;
  };
