// How the customer effort tool presents its result: each survey's share answering 5-7 and mean with
// their intervals, the changes and their verdicts, the chart and the survey table. The math is in
// src/calculators/effort/ (and the NPS tool's estimate.ts); this file only puts it into words.
import type { EffortChange } from '../../calculators/effort/estimate.ts';
import { calculateEffort, type EffortResult, type EffortSurvey, type EffortSurveyId } from '../../calculators/effort/calculate.ts';
import { effortChart } from '../../calculators/effort/chart.ts';
import { EFFORT_FIELDS, type EffortInput } from '../../calculators/effort/fields.ts';
import { EFFORT_FORM } from '../../calculators/effort/form.ts';
import { MIN_RESPONSES } from '../../calculators/nps/estimate.ts';
import { fieldSpecs, type FieldSpec } from '../../calculators/shared/fields.ts';
import { checkField } from '../../lib/browser/inputs.ts';
import { roundTo } from '../../shared/format.ts';
import type { Formatters } from '../calculator/formatters.ts';
import type { CalculatorDefinition, ResultItem, ViewContext } from '../calculator/types.ts';

type View = ViewContext<EffortInput, EffortResult>;
type Raw = Readonly<Record<string, string>>;

const SURVEYS: EffortSurveyId[] = ['previous', 'current'];
const NAMES: Record<EffortSurveyId, string> = { previous: 'Previous survey', current: 'Current survey' };
const SPECS = new Map<string, FieldSpec>(fieldSpecs(EFFORT_FIELDS).map((s) => [s.key, s]));

/**
 * Whether any of `keys` holds text the form would refuse, in both decimal conventions (the NPS
 * tool's rule, nps-form.ts): a group hidden by its mode stays visible while it holds a problem.
 */
const hasProblem = (raw: Raw, keys: readonly string[]) =>
  keys.some((key) => {
    const spec = SPECS.get(key);
    return (
      spec !== undefined && !['en-US', 'de-DE'].every((locale) => checkField(spec, raw[key] ?? '', key, { currency: 'EUR', locale }).ok)
    );
  });
const inMode = (modeKey: string, mode: string, keys: string[]) => (raw: Raw) => raw[modeKey] === mode || hasProblem(raw, keys);
const countKeys = (id: EffortSurveyId) => [1, 2, 3, 4, 5, 6, 7].map((a) => `${id}${a}`);

/** A verdict in words a manager can repeat. */
export function verdictWords(change: EffortChange | undefined): string {
  if (!change) return 'Not yet';
  if (change.verdict === 'too-small') return 'Too few answers to judge';
  if (change.difference === 0) return 'No change';
  return change.verdict === 'likely-real' ? 'Likely a real change' : 'Could be noise';
}

/** "under 30 answers" note for small samples. */
const small = (n: number, fmt: Formatters) =>
  n < MIN_RESPONSES
    ? `; a small sample (under ${fmt.number(MIN_RESPONSES, 0)} answers), so it could easily be far from the true value`
    : '';

/** A survey's share and mean as two result lines, or why there are none. */
function surveyItems(id: EffortSurveyId, s: EffortSurvey, fmt: Formatters): ResultItem[] {
  const name = NAMES[id].toLowerCase();
  const shareLabel = `Share answering 5 to 7, ${name}`;
  const meanLabel = `Mean answer, ${name}`;
  if (s.status !== 'ok') {
    const [value, note] =
      s.status === 'empty' ? ['No answers yet', `${s.message}.`] : ['Inputs to fix', `${s.issues.map((i) => i.message).join('; ')}.`];
    return [
      { id: `${id}-share`, label: shareLabel, value, note, csv: '', ...(id === 'current' ? { emphasis: true } : {}) },
      { id: `${id}-mean`, label: meanLabel, value, csv: '' },
    ];
  }
  const n = fmt.count(s.share.responses, 'answer', 0);
  return [
    {
      id: `${id}-share`,
      label: shareLabel,
      value: fmt.percent(s.share.score, 1),
      csv: s.share.score,
      unit: 'percent',
      note: `95% interval ${fmt.percent(s.share.low, 1)} to ${fmt.percent(s.share.high, 1)} (Wilson), from ${n}${small(s.share.responses, fmt)}`,
      ...(id === 'current' ? { emphasis: true } : {}),
    },
    {
      id: `${id}-mean`,
      label: meanLabel,
      value: fmt.number(s.mean.mean, 2),
      csv: roundTo(s.mean.mean, 2),
      unit: 'statistic',
      note: `On 1 to 7; 95% interval ${fmt.number(s.mean.low, 2)} to ${fmt.number(s.mean.high, 2)} (normal: mean ± 1.96 × SD / √n)`,
    },
  ];
}

/** A change as a result line: the difference and its interval, and the verdict. */
function changeItem(id: string, label: string, change: EffortChange | undefined, unit: 'share' | 'mean', view: View): ResultItem {
  const { result, fmt } = view;
  if (!change) return { id, label, value: 'Needs both surveys', note: `${(result.comparison as { message: string }).message}.`, csv: '' };
  const digits = unit === 'share' ? 1 : 2;
  const points = unit === 'share' ? ` ${Math.abs(change.difference) === 1 ? 'point' : 'points'}` : '';
  const interval = `95% interval ${fmt.signed(change.low, digits)} to ${fmt.signed(change.high, digits)}${points}`;
  const verdict = verdictWords(change);
  const why =
    change.verdict === 'too-small'
      ? `not judged below ${fmt.number(MIN_RESPONSES, 0)} answers in either survey`
      : change.verdict === 'likely-real'
        ? 'the interval leaves out 0'
        : 'the interval includes 0';
  return {
    id,
    label,
    value: `${fmt.signed(change.difference, digits)}${points}`,
    csv: roundTo(change.difference, digits),
    unit: 'statistic',
    note: `${interval} (${unit === 'share' ? 'Newcombe' : 'normal'}); ${verdict.toLowerCase()}: ${why}`,
  };
}

/** The customer effort tool's definition for the shared calculator island. */
export const effortDefinition: CalculatorDefinition<EffortInput, EffortResult> = {
  id: 'effort',
  form: EFFORT_FORM,
  calculate: calculateEffort,
  usesMoney: false,
  groups: SURVEYS.flatMap((id) => {
    const mode = `${id}Mode`;
    return [
      { legend: NAMES[id], keys: [mode] },
      { legend: `${NAMES[id]}: answers 1 to 7`, keys: countKeys(id), when: inMode(mode, 'counts', countKeys(id)) },
      { legend: `${NAMES[id]}: pasted answers`, keys: [`${id}Scores`], when: inMode(mode, 'scores', [`${id}Scores`]) },
    ];
  }),
  choices: Object.fromEntries(
    SURVEYS.map((id) => [`${id}Mode`, { counts: 'How many gave each answer from 1 to 7', scores: 'A pasted column of 1-7 answers' }]),
  ),
  results: (view) => {
    const { result } = view;
    const c = result.comparison.status === 'ok' ? result.comparison : undefined;
    const [currentShare, currentMean] = surveyItems('current', result.current, view.fmt);
    return [
      currentShare!,
      { ...changeItem('share-change', 'Change in the share answering 5 to 7', c?.share, 'share', view), emphasis: true },
      currentMean!,
      changeItem('mean-change', 'Change in the mean answer', c?.mean, 'mean', view),
      ...surveyItems('previous', result.previous, view.fmt),
    ];
  },
  working: () => import('./effort-working.ts').then((m) => m.effortWorking),
  charts: ({ result, fmt }) => [effortChart(result, (v) => fmt.percent(v, 1))],
  tables: ({ result, fmt }) => {
    const rows = SURVEYS.flatMap((id) => {
      const s = result[id];
      return s.status === 'ok' ? [[NAMES[id], s] as const] : [];
    });
    return [
      {
        id: 'effort-surveys',
        title: 'The two surveys',
        head: ['Survey', 'Answers', '1', '2', '3', '4', '5', '6', '7', 'Share 5 to 7', 'Mean'],
        rows: rows.map(([name, s]) => [
          name,
          fmt.number(s.share.responses, 0),
          ...s.counts.map((c) => fmt.number(c, 0)),
          fmt.percent(s.share.score, 1),
          fmt.number(s.mean.mean, 2),
        ]),
        csv: rows.map(([name, s]) => [name, s.share.responses, ...s.counts, roundTo(s.share.score, 1), roundTo(s.mean.mean, 2)]),
      },
    ];
  },
  fieldNotes: ({ result, fmt }) => {
    const notes: Partial<Record<string, string>> = {};
    for (const id of SURVEYS) {
      const s = result[id];
      if (s.status === 'ok' && s.mode === 'scores')
        notes[`${id}Scores`] =
          `Counted ${fmt.count(s.share.responses, 'answer', 0)}: ` +
          s.counts.map((c, i) => `${fmt.number(c, 0)} × ${i + 1}`).join(', ') +
          '.';
    }
    return notes;
  },
  summary: ({ result, fmt }) => {
    const s = result.current;
    const now =
      s.status === 'ok' ? `Current survey: ${fmt.percent(s.share.score, 1)} answered 5 to 7, mean ${fmt.number(s.mean.mean, 2)}.` : '';
    const c = result.comparison.status === 'ok' ? result.comparison.share : undefined;
    return `${now} Change in the share: ${verdictWords(c).toLowerCase()}.`.trim();
  },
};
