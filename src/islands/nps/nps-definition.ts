// How the NPS and CSAT tool presents its result: the verdict, each survey's score with its
// interval, the change, the responses needed and CSAT; the chart, the survey table and the
// working. The math is in src/calculators/nps/; this file only puts it into words and numbers.
import { calculateNps, type NpsResult, type SurveyResult } from '../../calculators/nps/calculate.ts';
import { npsChartSpec, SURVEY_NAMES } from '../../calculators/nps/chart.ts';
import { comparisonP, describeComparison, EASILY_NOISE } from '../../calculators/nps/describe.ts';
import { MIN_RESPONSES } from '../../calculators/nps/estimate.ts';
import { parseScoreColumn, PERCENT_SUM_TOLERANCE } from '../../calculators/nps/parse.ts';
import type { NpsInput, SurveyId } from '../../calculators/nps/fields.ts';
import { roundTo } from '../../shared/format.ts';
import type { CalculatorDefinition, ResultItem, ViewContext } from '../calculator/types.ts';
import { NPS_FORM } from '../../calculators/nps/form.ts';
import { hasProblem } from './nps-form.ts';
import { countsInWords } from './nps-words.ts';

// What the working (./nps-working.ts, loaded on demand) needs from the model, passed on from here.
export { adjustedShares, npsVariance, Z95 } from '../../calculators/nps/estimate.ts';
export { comparisonP, countsInWords, MIN_RESPONSES, parseScoreColumn, SURVEY_NAMES };

type View = ViewContext<NpsInput, NpsResult>;
type Raw = Readonly<Record<string, string>>;

const SURVEYS: SurveyId[] = ['previous', 'current'];

/** The keys each way of entering a survey uses. */
const surveyKeys = (id: SurveyId) => ({
  counts: [`${id}Promoters`, `${id}Passives`, `${id}Detractors`],
  percentages: [`${id}PromoterPercent`, `${id}PassivePercent`, `${id}DetractorPercent`, `${id}Total`],
  scores: [`${id}Scores`],
});
const CSAT_KEYS = { distribution: ['csat1', 'csat2', 'csat3', 'csat4', 'csat5'], satisfied: ['csatSatisfied', 'csatTotal'] };

/** A group shown in its mode, and outside it only while it holds a problem (so no message is hidden). */
const inMode = (modeKey: string, mode: string, keys: string[]) => (raw: Raw) => raw[modeKey] === mode || hasProblem(raw, keys);

/** The short verdict, in words a manager can repeat. */
export function verdictWords(result: NpsResult): string {
  if (result.comparison.status !== 'ok') return 'Not yet';
  const c = result.comparison.comparison;
  if (c.verdict === 'too-small') return 'Too few responses to judge';
  if (c.difference === 0) return 'No change';
  if (c.verdict === 'likely-real') return 'Likely a real change';
  return c.p >= EASILY_NOISE ? 'Could easily be noise' : 'Could be noise';
}

/** The verdict sentence and the range of the true change, numbers in the reader's locale. */
function verdictSentence({ result, fmt }: View): string {
  const { previous, current, comparison } = result;
  if (comparison.status !== 'ok') return comparison.message;
  if (previous.status !== 'ok' || current.status !== 'ok') return 'Enter both surveys to compare them.';
  const words = describeComparison(previous.estimate, current.estimate, comparison.comparison, fmt.style.locale);
  return `${words.headline} ${words.detail}`;
}

/** One survey's result: its score, or why there is none. */
function surveyItem(id: SurveyId, s: SurveyResult, fmt: View['fmt']): ResultItem {
  const label = `NPS, ${SURVEY_NAMES[id].toLowerCase()}`;
  if (s.status === 'empty') return { id: `${id}-nps`, label, value: 'No responses yet', note: s.message, csv: '' };
  if (s.status === 'invalid')
    return { id: `${id}-nps`, label, value: 'Inputs to fix', note: s.issues.map((i) => i.message).join(' '), csv: '' };
  const e = s.estimate;
  const responses = fmt.count(e.responses, 'response', 0);
  const note =
    `95% interval ${fmt.number(e.low, 1)} to ${fmt.number(e.high, 1)}, from ${responses}` +
    (e.stretched ? '; one end moved to include the score' : '') +
    (s.approximate ? '; approximate, as the counts come from rounded percentages' : '');
  return { id: `${id}-nps`, label, value: fmt.number(e.score, 1), note, csv: e.score, unit: 'points' };
}

/** What the counts were read as, under a pasted column or the number of responses. */
function surveyNotes({ input, result, fmt }: View): Partial<Record<string, string>> {
  const notes: Partial<Record<string, string>> = {};
  for (const id of SURVEYS) {
    const s = result[id];
    if (s.status !== 'ok') continue;
    const counts = countsInWords(s.estimate.counts, fmt);
    if (s.mode === 'scores') {
      const parsed = parseScoreColumn(input[`${id}Scores`]);
      const n = parsed.ok ? s.estimate.responses : 0;
      notes[`${id}Scores`] = `Counted ${fmt.count(n, 'answer', 0)}: ${counts}.`;
    }
    if (s.mode === 'percentages') {
      const sum = input[`${id}PromoterPercent`] + input[`${id}PassivePercent`] + input[`${id}DetractorPercent`];
      const scaled =
        Math.abs(sum - 100) > 1e-9
          ? ` The percentages add up to ${fmt.number(sum, 2)}, so they were scaled to 100 (up to ${fmt.number(PERCENT_SUM_TOLERANCE, 1)} points off is allowed for rounding).`
          : '';
      notes[`${id}Total`] = `Read as ${counts}.${scaled}`;
    }
  }
  return notes;
}

/** The NPS and CSAT tool's definition for the shared calculator island. */
export const npsDefinition: CalculatorDefinition<NpsInput, NpsResult> = {
  id: 'nps',
  form: NPS_FORM,
  calculate: (input) => calculateNps(input),
  usesMoney: false,
  groups: [
    ...SURVEYS.flatMap((id) => {
      const name = SURVEY_NAMES[id];
      const keys = surveyKeys(id);
      const mode = `${id}Mode`;
      return [
        { legend: name, keys: [mode] },
        { legend: `${name}: counts`, keys: keys.counts, when: inMode(mode, 'counts', keys.counts) },
        { legend: `${name}: percentages`, keys: keys.percentages, when: inMode(mode, 'percentages', keys.percentages) },
        { legend: `${name}: pasted scores`, keys: keys.scores, when: inMode(mode, 'scores', keys.scores) },
      ];
    }),
    { legend: 'Planning the next survey', keys: ['marginOfError'] },
    { legend: 'CSAT', keys: ['csatMode'] },
    { legend: 'CSAT: answers 1 to 5', keys: CSAT_KEYS.distribution, when: inMode('csatMode', 'distribution', CSAT_KEYS.distribution) },
    { legend: 'CSAT: satisfied out of all', keys: CSAT_KEYS.satisfied, when: inMode('csatMode', 'satisfied', CSAT_KEYS.satisfied) },
  ],
  choices: {
    previousMode: {
      counts: 'Counts of each group',
      percentages: 'Percentages and the number of responses',
      scores: 'A pasted column of 0-10 answers',
    },
    currentMode: {
      counts: 'Counts of each group',
      percentages: 'Percentages and the number of responses',
      scores: 'A pasted column of 0-10 answers',
    },
    csatMode: { distribution: 'How many chose each answer from 1 to 5', satisfied: 'Satisfied answers out of all answers' },
  },
  results: (view) => {
    const { result, fmt } = view;
    const { comparison, sampleSize: plan, csat } = result;
    const c = comparison.status === 'ok' ? comparison.comparison : undefined;
    const n = (x: number) => fmt.count(x, 'response', 0);
    const items: ResultItem[] = [
      {
        id: 'verdict',
        label: 'Is the change real?',
        value: verdictWords(result),
        note: verdictSentence(view),
        emphasis: true,
        csv: verdictWords(result),
      },
      surveyItem('previous', result.previous, fmt),
      surveyItem('current', result.current, fmt),
      c
        ? {
            id: 'change',
            label: 'Change in NPS',
            value: `${fmt.signed(c.difference)} ${Math.abs(c.difference) === 1 ? 'point' : 'points'}`,
            csv: c.difference,
            unit: 'points',
            note:
              (c.verdict === 'too-small'
                ? `Not judged: fewer than ${fmt.number(MIN_RESPONSES, 0)} responses in a survey`
                : comparisonP(c, fmt.style.locale)) + `; standard error of the change ${fmt.number(c.standardError, 2)} points`,
          }
        : { id: 'change', label: 'Change in NPS', value: 'Needs both surveys', csv: '' },
      {
        id: 'responses-needed',
        label: `Responses for ±${fmt.number(plan.margin, 2)} points`,
        value: n(plan.npsWorstCase),
        csv: plan.npsWorstCase,
        unit: { count: 'responses' },
        note:
          'NPS in the worst case' +
          (plan.npsAtCurrentShares === undefined ? '' : `; ${n(plan.npsAtCurrentShares)} at the current survey's shares`) +
          `. CSAT: ${n(plan.csatWorstCase)} at worst.`,
      },
      csat.status === 'ok'
        ? {
            id: 'csat',
            label: 'CSAT',
            value: fmt.percent(csat.estimate.score, 1),
            csv: csat.estimate.score,
            unit: 'percent',
            note:
              `95% interval ${fmt.percent(csat.estimate.low, 1)} to ${fmt.percent(csat.estimate.high, 1)}, from ${fmt.count(csat.estimate.responses, 'answer', 0)}` +
              (csat.estimate.smallSample
                ? `; a small sample (under ${fmt.number(MIN_RESPONSES, 0)} answers), so the score could easily be far from the true one`
                : ''),
          }
        : csat.status === 'empty'
          ? { id: 'csat', label: 'CSAT', value: 'No answers yet', note: csat.message, csv: '' }
          : { id: 'csat', label: 'CSAT', value: 'Inputs to fix', note: csat.issues.map((i) => i.message).join(' '), csv: '' },
    ];
    return items;
  },
  working: () => import('./nps-working.ts').then((m) => m.npsWorking),
  charts: ({ result, fmt }) => [npsChartSpec(result, SURVEY_NAMES, fmt.style.locale)],
  tables: ({ result, fmt }) => {
    const rows = SURVEYS.flatMap((id) => {
      const s = result[id];
      return s.status === 'ok' ? [[SURVEY_NAMES[id], s.estimate] as const] : [];
    });
    const share = (count: number, pct: number) => `${fmt.number(count, 0)} (${fmt.percent(pct, 1)})`;
    return [
      {
        id: 'nps-surveys',
        title: 'The two surveys',
        head: ['Survey', 'Responses', 'Promoters', 'Passives', 'Detractors', 'NPS', '95% interval from', '95% interval to'],
        rows: rows.map(([name, e]) => [
          name,
          fmt.number(e.responses, 0),
          share(e.counts.promoters, e.promoterPercent),
          share(e.counts.passives, e.passivePercent),
          share(e.counts.detractors, e.detractorPercent),
          fmt.number(e.score, 1),
          fmt.number(e.low, 1),
          fmt.number(e.high, 1),
        ]),
        csv: rows.map(([name, e]) => [
          name,
          e.responses,
          e.counts.promoters,
          e.counts.passives,
          e.counts.detractors,
          roundTo(e.score, 1),
          roundTo(e.low, 1),
          roundTo(e.high, 1),
        ]),
      },
    ];
  },
  fieldNotes: surveyNotes,
  csvRows: () => import('./nps-export.ts').then((m) => m.npsCsvRows),
  summary: (view) => {
    const { csat } = view.result;
    const csatText = csat.status === 'ok' ? ` CSAT ${view.fmt.percent(csat.estimate.score, 1)}.` : '';
    return `${verdictSentence(view)}${csatText}`;
  },
};
