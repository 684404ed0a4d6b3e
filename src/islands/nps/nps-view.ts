// How the NPS and CSAT tool presents its result: the verdict, each survey's score with its
// interval, the change, the responses needed and CSAT; the chart and the survey table, in a
// language's words (`tools.nps.*` of the page's strings). The math is in src/calculators/nps/; this
// file puts it into words and numbers. ./nps-definition.ts adds the working and the CSV rows,
// which load on demand; this file has no import(), so the business case's worker, which uses
// `npsCaseDefinition` from here, bundles neither (it never shows them).
import { calculateNpsIn, surveyIn, type NpsResult, type SurveyResult } from '../../calculators/nps/calculate.ts';
import { npsChartSpecIn } from '../../calculators/nps/chart.ts';
import { comparisonP, describeComparisonIn, EASILY_NOISE } from '../../calculators/nps/describe.ts';
import { MIN_RESPONSES } from '../../calculators/nps/estimate.ts';
import { NPS_FIELDS, type NpsInput, type SurveyId } from '../../calculators/nps/fields.ts';
import { formIssuesIn, NPS_FORM } from '../../calculators/nps/form.ts';
import { parseScoreColumnIn, PERCENT_SUM_TOLERANCE, type NpsCounts } from '../../calculators/nps/parse.ts';
import { NPS_WORDS, type NpsWords } from '../../calculators/nps/words.ts';
import { countWords, fillWords } from '../../calculators/shared/words.ts';
import { roundTo } from '../../shared/format.ts';
import type { Formatters } from '../calculator/formatters.ts';
import type { CalculatorDefinition, ResultItem, ViewContext } from '../calculator/types.ts';
import { hasProblem } from './nps-form.ts';

// What the working (./nps-working-in.ts, loaded on demand) needs from the model, passed on from
// here: its chunk then shares the page's instead of splitting the model into small ones.
export { adjustedShares, npsVariance, Z95 } from '../../calculators/nps/estimate.ts';
export { comparisonP, fillWords, MIN_RESPONSES, parseScoreColumnIn, surveyIn };

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

/** A survey's name as a heading ("Previous survey"). */
const nameOf = (w: NpsWords, id: SurveyId) => (id === 'previous' ? w.previousName : w.currentName);

/** A count in words with the singular for exactly 1: "500 responses", "1 answer". */
export const countIn = (one: string, many: string, n: number, fmt: Formatters) => countWords(n, one, many, fmt.number, 0);

/** "900 promoters, 800 passives and 300 detractors". */
export function countsIn(w: NpsWords, c: NpsCounts, fmt: Formatters): string {
  return fillWords(w.countsList, {
    promoters: countIn(w.promoter, w.promoters, c.promoters, fmt),
    passives: countIn(w.passive, w.passives, c.passives, fmt),
    detractors: countIn(w.detractor, w.detractors, c.detractors, fmt),
  });
}

/** The short verdict, in words a manager can repeat. */
export function verdictIn(w: NpsWords, result: NpsResult): string {
  if (result.comparison.status !== 'ok') return w.verdictNotYet;
  const c = result.comparison.comparison;
  if (c.verdict === 'too-small') return w.verdictTooSmall;
  if (c.difference === 0) return w.verdictNoChange;
  if (c.verdict === 'likely-real') return w.verdictReal;
  return c.p >= EASILY_NOISE ? w.verdictEasilyNoise : w.verdictNoise;
}

/** The verdict sentence and the range of the true change, numbers in the reader's locale. */
function verdictSentence(w: NpsWords, { result, fmt }: View): string {
  const { previous, current, comparison } = result;
  if (comparison.status !== 'ok') return comparison.message;
  if (previous.status !== 'ok' || current.status !== 'ok') return w.compareBoth;
  const words = describeComparisonIn(w, previous.estimate, current.estimate, comparison.comparison, fmt.style.locale);
  return `${words.headline} ${words.detail}`;
}

/** One survey's result: its score, or why there is none. */
function surveyItem(w: NpsWords, id: SurveyId, s: SurveyResult, fmt: Formatters): ResultItem {
  const label = fillWords(w.npsLabel, { survey: surveyIn(w, id) });
  if (s.status === 'empty') return { id: `${id}-nps`, label, value: w.noResponses, note: s.message, csv: '' };
  if (s.status === 'invalid')
    return { id: `${id}-nps`, label, value: w.inputsToFix, note: s.issues.map((i) => i.message).join(' '), csv: '' };
  const e = s.estimate;
  const note =
    fillWords(w.intervalFrom, {
      low: fmt.number(e.low, 1),
      high: fmt.number(e.high, 1),
      count: countIn(w.response, w.responses, e.responses, fmt),
    }) +
    (e.stretched ? w.stretched : '') +
    (s.approximate ? w.approximate : '');
  return { id: `${id}-nps`, label, value: fmt.number(e.score, 1), note, csv: e.score, unit: 'points' };
}

/** What the counts were read as, under a pasted column or the number of responses. */
function surveyNotes(w: NpsWords, { input, result, fmt }: View): Partial<Record<string, string>> {
  const notes: Partial<Record<string, string>> = {};
  for (const id of SURVEYS) {
    const s = result[id];
    if (s.status !== 'ok') continue;
    const counts = countsIn(w, s.estimate.counts, fmt);
    if (s.mode === 'scores') {
      const parsed = parseScoreColumnIn(w, input[`${id}Scores`]);
      const n = parsed.ok ? s.estimate.responses : 0;
      notes[`${id}Scores`] = fillWords(w.counted, { answers: countIn(w.answer, w.answers, n, fmt), counts });
    }
    if (s.mode === 'percentages') {
      const sum = input[`${id}PromoterPercent`] + input[`${id}PassivePercent`] + input[`${id}DetractorPercent`];
      const scaled =
        Math.abs(sum - 100) > 1e-9
          ? ` ${fillWords(w.scaled, { sum: fmt.number(sum, 2), tolerance: fmt.number(PERCENT_SUM_TOLERANCE, 1) })}`
          : '';
      notes[`${id}Total`] = fillWords(w.readAs, { counts }) + scaled;
    }
  }
  return notes;
}

/** A definition without the working and the CSV rows, which only a page loads (on demand). */
export type NpsCaseDefinition = Omit<CalculatorDefinition<NpsInput, NpsResult>, 'working' | 'csvRows'>;

/**
 * Everything of the definition but the working and the CSV rows, in a language's words; the
 * model's messages write their numbers for `locale` (the page's). `form` is the registry's own
 * (`NPS_FORM`) for the default words, so its rules give their messages in the same words.
 */
export function npsViewIn(
  w: NpsWords,
  locale: string,
  form: NpsCaseDefinition['form'] = { fields: NPS_FIELDS, rules: (input: NpsInput) => formIssuesIn(w, input, locale) },
): NpsCaseDefinition {
  const modes = { counts: w.choiceCounts, percentages: w.choicePercentages, scores: w.choiceScores };
  return {
    id: 'nps',
    form,
    calculate: (input) => calculateNpsIn(w, input, locale),
    usesMoney: false,
    groups: [
      ...SURVEYS.flatMap((id) => {
        const survey = nameOf(w, id);
        const keys = surveyKeys(id);
        const mode = `${id}Mode`;
        return [
          { legend: survey, keys: [mode] },
          { legend: fillWords(w.groupCounts, { survey }), keys: keys.counts, when: inMode(mode, 'counts', keys.counts) },
          {
            legend: fillWords(w.groupPercentages, { survey }),
            keys: keys.percentages,
            when: inMode(mode, 'percentages', keys.percentages),
          },
          { legend: fillWords(w.groupScores, { survey }), keys: keys.scores, when: inMode(mode, 'scores', keys.scores) },
        ];
      }),
      { legend: w.groupPlan, keys: ['marginOfError'] },
      { legend: w.groupCsat, keys: ['csatMode'] },
      { legend: w.groupCsatAnswers, keys: CSAT_KEYS.distribution, when: inMode('csatMode', 'distribution', CSAT_KEYS.distribution) },
      { legend: w.groupCsatSatisfied, keys: CSAT_KEYS.satisfied, when: inMode('csatMode', 'satisfied', CSAT_KEYS.satisfied) },
    ],
    choices: {
      previousMode: modes,
      currentMode: modes,
      csatMode: { distribution: w.choiceCsatAnswers, satisfied: w.choiceCsatSatisfied },
    },
    results: (view) => {
      const { result, fmt } = view;
      const { comparison, sampleSize: plan, csat } = result;
      const c = comparison.status === 'ok' ? comparison.comparison : undefined;
      const n = (x: number) => countIn(w.response, w.responses, x, fmt);
      const min = fmt.number(MIN_RESPONSES, 0);
      const verdict = verdictIn(w, result);
      return [
        { id: 'verdict', label: w.verdictLabel, value: verdict, note: verdictSentence(w, view), emphasis: true, csv: verdict },
        surveyItem(w, 'previous', result.previous, fmt),
        surveyItem(w, 'current', result.current, fmt),
        c
          ? {
              id: 'change',
              label: w.changeLabel,
              value: `${fmt.signed(c.difference)} ${Math.abs(c.difference) === 1 ? w.point : w.points}`,
              csv: c.difference,
              unit: 'points',
              note:
                (c.verdict === 'too-small' ? fillWords(w.notJudged, { min }) : comparisonP(c, fmt.style.locale)) +
                fillWords(w.changeError, { error: fmt.number(c.standardError, 2) }),
            }
          : { id: 'change', label: w.changeLabel, value: w.needsBoth, csv: '' },
        {
          id: 'responses-needed',
          label: fillWords(w.neededLabel, { margin: fmt.number(plan.margin, 2) }),
          value: n(plan.npsWorstCase),
          csv: plan.npsWorstCase,
          unit: { count: 'responses' },
          note: fillWords(w.neededNote, {
            shares: plan.npsAtCurrentShares === undefined ? '' : fillWords(w.neededAtShares, { responses: n(plan.npsAtCurrentShares) }),
            csat: n(plan.csatWorstCase),
          }),
        },
        csat.status === 'ok'
          ? {
              id: 'csat',
              label: w.groupCsat,
              value: fmt.percent(csat.estimate.score, 1),
              csv: csat.estimate.score,
              unit: 'percent',
              note:
                fillWords(w.intervalFrom, {
                  low: fmt.percent(csat.estimate.low, 1),
                  high: fmt.percent(csat.estimate.high, 1),
                  count: countIn(w.answer, w.answers, csat.estimate.responses, fmt),
                }) + (csat.estimate.smallSample ? fillWords(w.csatSmall, { min }) : ''),
            }
          : csat.status === 'empty'
            ? { id: 'csat', label: w.groupCsat, value: w.noAnswers, note: csat.message, csv: '' }
            : { id: 'csat', label: w.groupCsat, value: w.inputsToFix, note: csat.issues.map((i) => i.message).join(' '), csv: '' },
      ];
    },
    charts: ({ result, fmt }) => [npsChartSpecIn(w, result, fmt.style.locale)],
    tables: ({ result, fmt }) => {
      const rows = SURVEYS.flatMap((id) => {
        const s = result[id];
        return s.status === 'ok' ? [[nameOf(w, id), s.estimate] as const] : [];
      });
      const share = (count: number, pct: number) => `${fmt.number(count, 0)} (${fmt.percent(pct, 1)})`;
      return [
        {
          id: 'nps-surveys',
          title: w.tableTitle,
          head: [w.colSurvey, w.colResponses, w.colPromoters, w.colPassives, w.colDetractors, 'NPS', w.colFrom, w.colTo],
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
    fieldNotes: (view) => surveyNotes(w, view),
    summary: (view) => {
      const { csat } = view.result;
      const sentence = verdictSentence(w, view);
      return csat.status === 'ok'
        ? `${sentence} ${fillWords(w.summaryCsat, { csat: view.fmt.percent(csat.estimate.score, 1) })}`
        : sentence;
    },
  };
}

/**
 * The definition the business case's worker uses: the default language's words, without the
 * working and the CSV rows, which a business case never shows (so the worker leaves their code out).
 */
export const npsCaseDefinition: NpsCaseDefinition = /* @__PURE__ */ npsViewIn(NPS_WORDS, 'en', NPS_FORM);
