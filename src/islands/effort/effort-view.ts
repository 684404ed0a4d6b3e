// How the customer effort tool presents its result: each survey's share answering 5-7 and mean with
// their intervals, the changes and their verdicts, the chart and the survey table, in a language's
// words (`tools.effort.*` of the page's strings). The math is in src/calculators/effort/ (and the
// NPS tool's estimate.ts); this file puts it into words. ./effort-definition.ts adds the working,
// which loads on demand; this file has no import(), so the business case's worker, which uses
// `effortCaseDefinition` from here, does not bundle the working (it never shows it).
import type { EffortChange } from '../../calculators/effort/estimate.ts';
import { calculateEffortIn, type EffortResult, type EffortSurvey, type EffortSurveyId } from '../../calculators/effort/calculate.ts';
import { effortChartIn } from '../../calculators/effort/chart.ts';
import { EFFORT_FIELDS, type EffortInput } from '../../calculators/effort/fields.ts';
import { EFFORT_FORM, effortIssuesIn } from '../../calculators/effort/form.ts';
import { EFFORT_WORDS, type EffortWords } from '../../calculators/effort/words.ts';
import { MIN_RESPONSES } from '../../calculators/nps/estimate.ts';
import { fieldSpecs, type FieldSpec } from '../../calculators/shared/fields.ts';
import { countWords, fillWords } from '../../calculators/shared/words.ts';
import { checkField } from '../../lib/browser/inputs.ts';
import { roundTo } from '../../shared/format.ts';
import type { Formatters } from '../calculator/formatters.ts';
import type { CalculatorDefinition, ResultItem, ViewContext } from '../calculator/types.ts';

export { countWords, fillWords };

type View = ViewContext<EffortInput, EffortResult>;
type Raw = Readonly<Record<string, string>>;

export const SURVEYS: EffortSurveyId[] = ['previous', 'current'];
const SPECS = new Map<string, FieldSpec>(fieldSpecs(EFFORT_FIELDS).map((s) => [s.key, s]));

/** A survey's name as a heading ("Previous survey"). */
const nameOf = (w: EffortWords, id: EffortSurveyId) => (id === 'previous' ? w.previousName : w.currentName);
/** A survey's name inside a sentence ("previous survey"). */
export const surveyOf = (w: EffortWords, id: EffortSurveyId) => (id === 'previous' ? w.previousSurvey : w.currentSurvey);

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
export function verdictWords(w: EffortWords, change: EffortChange | undefined): string {
  if (!change) return w.verdictNotYet;
  if (change.verdict === 'too-small') return w.verdictTooSmall;
  if (change.difference === 0) return w.verdictNoChange;
  return change.verdict === 'likely-real' ? w.verdictReal : w.verdictNoise;
}

/** A verdict inside a sentence: its first letter in lower case. */
const inSentence = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "under 30 answers" note for small samples. */
const small = (w: EffortWords, n: number, fmt: Formatters) =>
  n < MIN_RESPONSES ? fillWords(w.smallSample, { min: fmt.number(MIN_RESPONSES, 0) }) : '';

/** A count of answers in words: "120 answers". */
export const answerWords = (w: EffortWords, n: number, fmt: Formatters) => countWords(n, w.answer, w.answers, fmt.number, 0);

/** A survey's share and mean as two result lines, or why there are none. */
function surveyItems(w: EffortWords, id: EffortSurveyId, s: EffortSurvey, fmt: Formatters): ResultItem[] {
  const survey = surveyOf(w, id);
  const shareLabel = fillWords(w.shareLabel, { survey });
  const meanLabel = fillWords(w.meanLabel, { survey });
  if (s.status !== 'ok') {
    const [value, note] =
      s.status === 'empty' ? [w.noAnswers, `${s.message}.`] : [w.inputsToFix, `${s.issues.map((i) => i.message).join('; ')}.`];
    return [
      { id: `${id}-share`, label: shareLabel, value, note, csv: '', ...(id === 'current' ? { emphasis: true } : {}) },
      { id: `${id}-mean`, label: meanLabel, value, csv: '' },
    ];
  }
  return [
    {
      id: `${id}-share`,
      label: shareLabel,
      value: fmt.percent(s.share.score, 1),
      csv: s.share.score,
      unit: 'percent',
      note: fillWords(w.shareNote, {
        low: fmt.percent(s.share.low, 1),
        high: fmt.percent(s.share.high, 1),
        answers: answerWords(w, s.share.responses, fmt),
        small: small(w, s.share.responses, fmt),
      }),
      ...(id === 'current' ? { emphasis: true } : {}),
    },
    {
      id: `${id}-mean`,
      label: meanLabel,
      value: fmt.number(s.mean.mean, 2),
      csv: roundTo(s.mean.mean, 2),
      unit: 'statistic',
      note: fillWords(w.meanNote, { low: fmt.number(s.mean.low, 2), high: fmt.number(s.mean.high, 2) }),
    },
  ];
}

/** A change as a result line: the difference and its interval, and the verdict. */
function changeItem(
  w: EffortWords,
  id: string,
  label: string,
  change: EffortChange | undefined,
  unit: 'share' | 'mean',
  view: View,
): ResultItem {
  const { result, fmt } = view;
  if (!change) return { id, label, value: w.needsBoth, note: `${(result.comparison as { message: string }).message}.`, csv: '' };
  const digits = unit === 'share' ? 1 : 2;
  const points = unit === 'share' ? ` ${Math.abs(change.difference) === 1 ? w.point : w.points}` : '';
  const interval = fillWords(w.changeInterval, { low: fmt.signed(change.low, digits), high: fmt.signed(change.high, digits) }) + points;
  const why =
    change.verdict === 'too-small'
      ? fillWords(w.whyTooSmall, { min: fmt.number(MIN_RESPONSES, 0) })
      : change.verdict === 'likely-real'
        ? w.whyReal
        : w.whyNoise;
  return {
    id,
    label,
    value: `${fmt.signed(change.difference, digits)}${points}`,
    csv: roundTo(change.difference, digits),
    unit: 'statistic',
    note: fillWords(w.changeNote, {
      interval,
      method: unit === 'share' ? w.methodShare : w.methodMean,
      verdict: inSentence(verdictWords(w, change)),
      why,
    }),
  };
}

/** A definition without the working, which only a page loads (on demand). */
export type EffortCaseDefinition = Omit<CalculatorDefinition<EffortInput, EffortResult>, 'working' | 'csvRows'>;

/**
 * Everything of the definition but the working, in a language's words. `form` is the registry's
 * own (`EFFORT_FORM`) for the default words, so its rule gives its messages in the same words.
 */
export function effortViewIn(
  w: EffortWords,
  form: EffortCaseDefinition['form'] = { fields: EFFORT_FIELDS, rules: (input: EffortInput) => effortIssuesIn(w, input) },
): EffortCaseDefinition {
  return {
    id: 'effort',
    form,
    calculate: (input) => calculateEffortIn(w, input),
    usesMoney: false,
    groups: SURVEYS.flatMap((id) => {
      const mode = `${id}Mode`;
      const survey = nameOf(w, id);
      return [
        { legend: survey, keys: [mode] },
        { legend: fillWords(w.groupCounts, { survey }), keys: countKeys(id), when: inMode(mode, 'counts', countKeys(id)) },
        { legend: fillWords(w.groupScores, { survey }), keys: [`${id}Scores`], when: inMode(mode, 'scores', [`${id}Scores`]) },
      ];
    }),
    choices: Object.fromEntries(SURVEYS.map((id) => [`${id}Mode`, { counts: w.choiceCounts, scores: w.choiceScores }])),
    results: (view) => {
      const { result } = view;
      const c = result.comparison.status === 'ok' ? result.comparison : undefined;
      const [currentShare, currentMean] = surveyItems(w, 'current', result.current, view.fmt);
      return [
        currentShare!,
        { ...changeItem(w, 'share-change', w.shareChangeLabel, c?.share, 'share', view), emphasis: true },
        currentMean!,
        changeItem(w, 'mean-change', w.meanChangeLabel, c?.mean, 'mean', view),
        ...surveyItems(w, 'previous', result.previous, view.fmt),
      ];
    },
    charts: ({ result, fmt }) => [effortChartIn(w, result, (v) => fmt.percent(v, 1))],
    tables: ({ result, fmt }) => {
      const rows = SURVEYS.flatMap((id) => {
        const s = result[id];
        return s.status === 'ok' ? [[nameOf(w, id), s] as const] : [];
      });
      return [
        {
          id: 'effort-surveys',
          title: w.tableTitle,
          head: [w.colSurvey, w.colAnswers, '1', '2', '3', '4', '5', '6', '7', w.colShare, w.colMean],
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
          notes[`${id}Scores`] = fillWords(w.counted, {
            answers: answerWords(w, s.share.responses, fmt),
            counts: s.counts.map((c, i) => `${fmt.number(c, 0)} × ${i + 1}`).join(', '),
          });
      }
      return notes;
    },
    summary: ({ result, fmt }) => {
      const s = result.current;
      const now =
        s.status === 'ok' ? fillWords(w.summaryNow, { share: fmt.percent(s.share.score, 1), mean: fmt.number(s.mean.mean, 2) }) : '';
      const c = result.comparison.status === 'ok' ? result.comparison.share : undefined;
      return `${now} ${fillWords(w.summaryChange, { verdict: inSentence(verdictWords(w, c)) })}`.trim();
    },
  };
}

/**
 * The definition the business case's worker uses: the default language's words, without the
 * working, which a business case never shows (so the worker leaves its code out).
 */
export const effortCaseDefinition: EffortCaseDefinition = /* @__PURE__ */ effortViewIn(EFFORT_WORDS, EFFORT_FORM);
