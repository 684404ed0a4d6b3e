// "Show the working" for the NPS tool: each formula of content/tools/nps.mdx with the reader's
// numbers. Loaded when the reader opens it (or prints); see `working` in ../calculator/types.ts. Intermediate values come from the model (src/calculators/nps/); nothing is worked out here.
import type { NpsResult, SurveyResult } from '../../calculators/nps/calculate.ts';
import type { NpsEstimate } from '../../calculators/nps/estimate.ts';
import type { NpsInput, SurveyId } from '../../calculators/nps/fields.ts';
import type { Formatters } from '../calculator/formatters.ts';
import type { ViewContext, WorkingStep } from '../calculator/types.ts';
// Through the definition, which the page has loaded already: the working's chunk then shares one
// chunk with the page instead of splitting the model into several small ones (docs/performance.md).
import {
  adjustedShares,
  comparisonP,
  countsInWords,
  MIN_RESPONSES,
  npsVariance,
  parseScoreColumn,
  SURVEY_NAMES,
  Z95,
} from './nps-definition.ts';

type View = ViewContext<NpsInput, NpsResult>;

const Z2 = Z95 ** 2;

/** How the counts were found, for a survey entered as percentages or pasted scores. */
function countingStep(input: NpsInput, id: SurveyId, s: Extract<SurveyResult, { status: 'ok' }>, fmt: Formatters): WorkingStep[] {
  const name = SURVEY_NAMES[id].toLowerCase();
  const result = countsInWords(s.estimate.counts, fmt);
  if (s.mode === 'percentages') {
    const parts = [input[`${id}PromoterPercent` as const], input[`${id}PassivePercent` as const], input[`${id}DetractorPercent` as const]];
    const sum = parts.reduce((a, b) => a + b, 0);
    const total = fmt.number(input[`${id}Total` as const], 0);
    return [
      {
        label: `Counts from the percentages, ${name}`,
        formula: 'count = % / (sum of the three %) × responses, rounded down; responses left over go to the largest remainders',
        substituted: parts.map((p) => `${fmt.number(p, 2)} / ${fmt.number(sum, 2)} × ${total}`).join('; '),
        result,
      },
    ];
  }
  if (s.mode === 'scores') {
    const parsed = parseScoreColumn(input[`${id}Scores` as const]);
    const histogram = parsed.ok ? parsed.histogram : [];
    const seen = histogram
      .map((count, score) => [score, count] as const)
      .filter(([, count]) => count > 0)
      .reverse();
    return [
      {
        label: `Counts from the pasted scores, ${name}`,
        formula: 'promoters answered 9 or 10; passives 7 or 8; detractors 0 to 6',
        substituted: seen.map(([score, count]) => `${fmt.number(count, 0)} × ${score}`).join(', '),
        result,
      },
    ];
  }
  return [];
}

/** NPS and its adjusted-Wald interval for one survey. */
function surveySteps(input: NpsInput, id: SurveyId, s: SurveyResult, fmt: Formatters): WorkingStep[] {
  if (s.status !== 'ok') return [];
  const e = s.estimate;
  const c = e.counts;
  const name = SURVEY_NAMES[id].toLowerCase();
  const adj = adjustedShares(c);
  const d = (x: number) => fmt.number(x, 4);
  const centre = adj.promoters - adj.detractors;
  return [
    ...countingStep(input, id, s, fmt),
    {
      label: `NPS, ${name}`,
      formula: 'NPS = 100 × (P − D) / n',
      substituted: `100 × (${fmt.number(c.promoters, 0)} − ${fmt.number(c.detractors, 0)}) / ${fmt.number(e.responses, 0)}`,
      result: fmt.number(e.score, 1),
    },
    {
      label: `95% interval, ${name}`,
      formula:
        'n′ = n + 3; p_P = (P + 0.75) / n′; p_D = (D + 0.75) / n′; SE = √((p_P + p_D − (p_P − p_D)²) / n′); 100 × ((p_P − p_D) ± 1.96 × SE)',
      substituted:
        `n′ = ${fmt.number(adj.n, 0)}; p_P = ${fmt.number(c.promoters + 0.75, 2)} / ${fmt.number(adj.n, 0)} = ${d(adj.promoters)}; ` +
        `p_D = ${fmt.number(c.detractors + 0.75, 2)} / ${fmt.number(adj.n, 0)} = ${d(adj.detractors)}; ` +
        `SE = √((${d(adj.promoters)} + ${d(adj.detractors)} − ${d(centre)}²) / ${fmt.number(adj.n, 0)}) = ${d(e.standardError / 100)}; ` +
        `100 × (${d(centre)} ± ${fmt.number(Z95, 2)} × ${d(e.standardError / 100)})`,
      result: `${fmt.number(e.low, 1)} to ${fmt.number(e.high, 1)}` + (e.stretched ? ', one end moved to include the score' : ''),
    },
  ];
}

/** Every step: both surveys, the comparison, the responses needed and CSAT. */
export function npsWorking({ input, result, fmt }: View): WorkingStep[] {
  const steps = [...surveySteps(input, 'previous', result.previous, fmt), ...surveySteps(input, 'current', result.current, fmt)];
  const locale = fmt.style.locale;
  if (result.comparison.status === 'ok' && result.previous.status === 'ok' && result.current.status === 'ok') {
    const c = result.comparison.comparison;
    const [prev, cur] = [result.previous.estimate, result.current.estimate];
    steps.push({
      label: 'Is the change more than noise?',
      formula:
        'd′ = adjusted NPS_current − adjusted NPS_previous; SE = √(SE_previous² + SE_current²); z = d′ / SE; p = 2 × (1 − Φ(|z|)); range = d′ ± 1.96 × SE; likely real only if the range excludes 0 and both surveys have at least ' +
        `${fmt.number(MIN_RESPONSES, 0)} responses`,
      substituted:
        `d′ = ${fmt.number(cur.centre, 2)} − ${fmt.number(prev.centre, 2)} = ${fmt.signed(c.adjustedDifference, 2)}; ` +
        `SE = √(${fmt.number(prev.standardError, 2)}² + ${fmt.number(cur.standardError, 2)}²) = ${fmt.number(c.standardError, 2)}; ` +
        `z = ${fmt.signed(c.adjustedDifference, 2)} / ${fmt.number(c.standardError, 2)} = ${fmt.number(c.z, 2)}`,
      result:
        (c.verdict === 'too-small' ? 'too few responses to judge' : comparisonP(c, locale)) +
        `; the true change is probably between ${fmt.signed(c.low)} and ${fmt.signed(c.high)} points`,
    });
  }
  const plan = result.sampleSize;
  const e = fmt.number(plan.margin, 2);
  const n = (x: number) => fmt.count(x, 'response', 0);
  const z2 = fmt.number(Z2, 4);
  let shares = '';
  if (result.current.status === 'ok') {
    const adj = adjustedShares(result.current.estimate.counts);
    shares = `; at the current survey's shares: ${z2} × ${fmt.number(npsVariance(adj.promoters, adj.detractors), 4)} / (${e} / 100)²`;
  }
  steps.push({
    label: `Responses needed for ±${e} points`,
    formula: 'n = 1.96² × var / (E / 100)², rounded up; var = 1 for NPS at worst, 0.25 for CSAT at worst',
    substituted: `NPS at worst: ${z2} × 1 / (${e} / 100)²${shares}; CSAT at worst: ${z2} × ${fmt.number(0.25, 2)} / (${e} / 100)²`,
    result:
      `NPS ${n(plan.npsWorstCase)} at worst` +
      (plan.npsAtCurrentShares === undefined ? '' : `, ${n(plan.npsAtCurrentShares)} at the current shares`) +
      `; CSAT ${n(plan.csatWorstCase)}`,
  });
  if (result.csat.status === 'ok') {
    const c = result.csat.estimate;
    const p = fmt.number(c.score / 100, 4);
    const size = fmt.number(c.responses, 0);
    const z = fmt.number(Z95, 2);
    steps.push({
      label: 'CSAT with its Wilson interval',
      formula:
        'p = s / n; centre = (p + 1.96² / (2n)) / (1 + 1.96² / n); half-width = 1.96 / (1 + 1.96² / n) × √(p (1 − p) / n + 1.96² / (4n²))',
      substituted:
        `p = ${fmt.number(c.satisfied, 0)} / ${size} = ${p}; centre = (${p} + ${z2} / (2 × ${size})) / (1 + ${z2} / ${size}); ` +
        `half-width = ${z} / (1 + ${z2} / ${size}) × √(${p} × (1 − ${p}) / ${size} + ${z2} / (4 × ${size}²))`,
      result: `${fmt.percent(c.score, 1)}, interval ${fmt.percent(c.low, 1)} to ${fmt.percent(c.high, 1)}`,
    });
  }
  return steps;
}

/** The estimate of a survey, when it has one. */
export const estimateOf = (s: SurveyResult): NpsEstimate | undefined => (s.status === 'ok' ? s.estimate : undefined);
