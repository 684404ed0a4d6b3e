// The whole tool from validated inputs: each survey read in its input mode, the comparison and
// its verdict, the sample-size plan and CSAT. Anything that cannot be computed (no responses,
// percentages that do not add up, a pasted line that is not a score) comes back as a state with
// a message in words, so the page never shows NaN, Infinity or a blank. Messages are in a
// language's words (the `tools.nps.*` strings; `…In(w, …)`), or the default language's (./words.ts).
import { formatNumber } from '../../shared/format.ts';
import { fillWords } from '../shared/words.ts';
import { describeComparisonIn, type ComparisonWords } from './describe.ts';
import {
  compareSurveys,
  estimateCsat,
  estimateNps,
  planSampleSize,
  type CsatEstimate,
  type NpsEstimate,
  type SampleSizePlan,
  type SurveyComparison,
} from './estimate.ts';
import { countsFromPercentagesIn, parseScoreColumnIn, type NpsCounts } from './parse.ts';
import type { NpsInput, NpsInputKey, SurveyId, SurveyMode } from './fields.ts';
import { NPS_WORDS, type NpsWords } from './words.ts';

/** A message to show beside one input. */
export interface FieldIssue {
  /** The input the message belongs beside. */
  field: NpsInputKey;
  /** The message, a full sentence. */
  message: string;
}

/** Most bad pasted lines listed one by one; the rest are summed up in one more message. */
export const MAX_LINE_ISSUES = 5;

/** One survey read from the inputs: an estimate, no responses yet, or inputs to fix. */
export type SurveyResult =
  | {
      status: 'ok';
      /** The survey's NPS and interval. */
      estimate: NpsEstimate;
      /** The input mode it was read in. */
      mode: SurveyMode;
      /** True when counts were rebuilt from rounded percentages, so the interval is approximate. */
      approximate: boolean;
    }
  | { status: 'empty'; message: string }
  | { status: 'invalid'; issues: FieldIssue[] };

/** CSAT read from the inputs. */
export type CsatResult =
  { status: 'ok'; estimate: CsatEstimate } | { status: 'empty'; message: string } | { status: 'invalid'; issues: FieldIssue[] };

/** The comparison of the two surveys, or why there is none. */
export type ComparisonResult =
  ({ status: 'ok'; comparison: SurveyComparison } & ComparisonWords) | { status: 'unavailable'; message: string };

/** Everything the tool shows. */
export interface NpsResult {
  /** The previous survey. */
  previous: SurveyResult;
  /** The current survey. */
  current: SurveyResult;
  /** Current against previous. */
  comparison: ComparisonResult;
  /** Responses needed for the chosen margin of error. */
  sampleSize: SampleSizePlan;
  /** CSAT with its interval. */
  csat: CsatResult;
}

const key = <S extends string>(survey: SurveyId, suffix: S) => `${survey}${suffix}` as NpsInputKey;

/** Counts of one survey in its input mode, or the messages to show. */
function readCounts(
  w: NpsWords,
  input: NpsInput,
  survey: SurveyId,
  locale: string,
): { counts: NpsCounts; approximate: boolean } | { issues: FieldIssue[] } {
  const get = (suffix: string) => input[key(survey, suffix)];
  const mode = get('Mode') as SurveyMode;
  if (mode === 'counts')
    return {
      counts: { promoters: get('Promoters') as number, passives: get('Passives') as number, detractors: get('Detractors') as number },
      approximate: false,
    };
  if (mode === 'percentages') {
    const r = countsFromPercentagesIn(
      w,
      {
        promoterPercent: get('PromoterPercent') as number,
        passivePercent: get('PassivePercent') as number,
        detractorPercent: get('DetractorPercent') as number,
        total: get('Total') as number,
      },
      locale,
    );
    return r.ok ? { counts: r.counts, approximate: true } : { issues: [{ field: key(survey, 'DetractorPercent'), message: r.message }] };
  }
  const r = parseScoreColumnIn(w, get('Scores') as string);
  if (r.ok) return { counts: r.counts, approximate: false };
  const field = key(survey, 'Scores');
  const issues = r.errors.slice(0, MAX_LINE_ISSUES).map((e) => ({ field, message: e.message }));
  const more = r.errors.length - MAX_LINE_ISSUES;
  if (more > 0) issues.push({ field, message: fillWords(more === 1 ? w.moreLine : w.moreLines, { count: more }) });
  return { issues };
}

/** A survey's name inside a sentence ("previous survey"). */
export const surveyIn = (w: NpsWords, survey: SurveyId): string => (survey === 'previous' ? w.previousSurvey : w.currentSurvey);

/** The message for a survey with no responses, worded for its input mode, in a language's words. */
function emptyIn(w: NpsWords, survey: SurveyId, mode: SurveyMode): string {
  return fillWords(mode === 'counts' ? w.emptyCounts : mode === 'percentages' ? w.emptyPercentages : w.emptyScores, {
    survey: surveyIn(w, survey),
  });
}

/** The message for a survey with no responses, worded for its input mode. */
export const emptySurveyMessage = (survey: SurveyId, mode: SurveyMode): string => emptyIn(NPS_WORDS, survey, mode);

/** One survey from the inputs, in its input mode, with messages in a language's words. */
export function readSurveyIn(w: NpsWords, input: NpsInput, survey: SurveyId, locale: string): SurveyResult {
  const mode = input[key(survey, 'Mode')] as SurveyMode;
  const read = readCounts(w, input, survey, locale);
  if ('issues' in read) return { status: 'invalid', issues: read.issues };
  const estimate = estimateNps(read.counts);
  if (!estimate) return { status: 'empty', message: emptyIn(w, survey, mode) };
  return { status: 'ok', estimate, mode, approximate: read.approximate };
}

/** One survey from the inputs, in its input mode, with the default language's messages. */
export const readSurvey = (input: NpsInput, survey: SurveyId): SurveyResult => readSurveyIn(NPS_WORDS, input, survey, 'en');

/** CSAT from the inputs, in its input mode, in a language's words; counts in messages use `locale`. */
export function readCsatIn(w: NpsWords, input: NpsInput, locale: string): CsatResult {
  const n = (x: number) => formatNumber(x, locale, 3);
  if (input.csatMode === 'distribution') {
    const total = input.csat1 + input.csat2 + input.csat3 + input.csat4 + input.csat5;
    const estimate = estimateCsat(input.csat4 + input.csat5, total);
    return estimate ? { status: 'ok', estimate } : { status: 'empty', message: w.csatEmptyAnswers };
  }
  if (input.csatSatisfied > input.csatTotal)
    return {
      status: 'invalid',
      issues: [
        { field: 'csatSatisfied', message: fillWords(w.csatTooMany, { satisfied: n(input.csatSatisfied), total: n(input.csatTotal) }) },
      ],
    };
  const estimate = estimateCsat(input.csatSatisfied, input.csatTotal);
  return estimate ? { status: 'ok', estimate } : { status: 'empty', message: w.csatEmptySatisfied };
}

/** CSAT from the inputs, in its input mode; counts in messages use `locale`. */
export const readCsat = (input: NpsInput, locale = 'en'): CsatResult => readCsatIn(NPS_WORDS, input, locale);

/** Why two surveys cannot be compared yet, in a language's words. */
const unavailableIn = (w: NpsWords, previousOk: boolean, currentOk: boolean): string =>
  !previousOk && !currentOk ? w.compareBoth : !previousOk ? w.comparePrevious : w.compareCurrent;

/** Why two surveys cannot be compared yet. */
export const unavailableMessage = (previousOk: boolean, currentOk: boolean): string => unavailableIn(NPS_WORDS, previousOk, currentOk);

/** The whole NPS and CSAT tool from validated inputs, in a language's words; sentences use `locale` for numbers. */
export function calculateNpsIn(w: NpsWords, input: NpsInput, locale: string): NpsResult {
  const previous = readSurveyIn(w, input, 'previous', locale);
  const current = readSurveyIn(w, input, 'current', locale);
  let comparison: ComparisonResult;
  if (previous.status === 'ok' && current.status === 'ok') {
    const c = compareSurveys(previous.estimate, current.estimate);
    comparison = { status: 'ok', comparison: c, ...describeComparisonIn(w, previous.estimate, current.estimate, c, locale) };
  } else {
    comparison = { status: 'unavailable', message: unavailableIn(w, previous.status === 'ok', current.status === 'ok') };
  }
  return {
    previous,
    current,
    comparison,
    sampleSize: planSampleSize(input.marginOfError, current.status === 'ok' ? current.estimate.counts : undefined),
    csat: readCsatIn(w, input, locale),
  };
}

/** The whole NPS and CSAT tool in the default language's words; sentences use `locale` for numbers. */
export const calculateNps = (input: NpsInput, locale = 'en'): NpsResult => calculateNpsIn(NPS_WORDS, input, locale);
