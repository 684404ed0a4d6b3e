// The whole tool from validated inputs: each survey read in its input mode, the comparison and
// its verdict, the sample-size plan and CSAT. Anything that cannot be computed (no responses,
// percentages that do not add up, a pasted line that is not a score) comes back as a state with
// a message in words, so the page never shows NaN, Infinity or a blank.
import { formatNumber } from '../../shared/format.ts';
import { describeComparison, type ComparisonWords } from './describe.ts';
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
import { countsFromPercentages, parseScoreColumn, type NpsCounts } from './parse.ts';
import type { NpsInput, NpsInputKey, SurveyId, SurveyMode } from './fields.ts';

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
function readCounts(input: NpsInput, survey: SurveyId): { counts: NpsCounts; approximate: boolean } | { issues: FieldIssue[] } {
  const get = (suffix: string) => input[key(survey, suffix)];
  const mode = get('Mode') as SurveyMode;
  if (mode === 'counts')
    return {
      counts: { promoters: get('Promoters') as number, passives: get('Passives') as number, detractors: get('Detractors') as number },
      approximate: false,
    };
  if (mode === 'percentages') {
    const r = countsFromPercentages({
      promoterPercent: get('PromoterPercent') as number,
      passivePercent: get('PassivePercent') as number,
      detractorPercent: get('DetractorPercent') as number,
      total: get('Total') as number,
    });
    return r.ok ? { counts: r.counts, approximate: true } : { issues: [{ field: key(survey, 'DetractorPercent'), message: r.message }] };
  }
  const r = parseScoreColumn(get('Scores') as string);
  if (r.ok) return { counts: r.counts, approximate: false };
  const field = key(survey, 'Scores');
  const issues = r.errors.slice(0, MAX_LINE_ISSUES).map((e) => ({ field, message: e.message }));
  const more = r.errors.length - MAX_LINE_ISSUES;
  if (more > 0)
    issues.push({ field, message: `…and ${more} more ${more === 1 ? 'line that is' : 'lines that are'} not a score from 0 to 10.` });
  return { issues };
}

/** The message for a survey with no responses, worded for its input mode. */
export function emptySurveyMessage(survey: SurveyId, mode: SurveyMode): string {
  if (mode === 'counts') return `The ${survey} survey has no responses yet: enter at least one promoter, passive or detractor.`;
  if (mode === 'percentages') return `The ${survey} survey has a total of 0 responses: enter how many people answered.`;
  return `No scores pasted for the ${survey} survey yet: paste one score from 0 to 10 per line.`;
}

/** One survey from the inputs, in its input mode. */
export function readSurvey(input: NpsInput, survey: SurveyId): SurveyResult {
  const mode = input[key(survey, 'Mode')] as SurveyMode;
  const read = readCounts(input, survey);
  if ('issues' in read) return { status: 'invalid', issues: read.issues };
  const estimate = estimateNps(read.counts);
  if (!estimate) return { status: 'empty', message: emptySurveyMessage(survey, mode) };
  return { status: 'ok', estimate, mode, approximate: read.approximate };
}

/** CSAT from the inputs, in its input mode; counts in messages use `locale`. */
export function readCsat(input: NpsInput, locale = 'en'): CsatResult {
  const n = (x: number) => formatNumber(x, locale, 3);
  if (input.csatMode === 'distribution') {
    const total = input.csat1 + input.csat2 + input.csat3 + input.csat4 + input.csat5;
    const estimate = estimateCsat(input.csat4 + input.csat5, total);
    return estimate
      ? { status: 'ok', estimate }
      : { status: 'empty', message: 'No CSAT answers yet: enter how many people chose each answer from 1 to 5.' };
  }
  if (input.csatSatisfied > input.csatTotal)
    return {
      status: 'invalid',
      issues: [
        {
          field: 'csatSatisfied',
          message: `Satisfied answers (${n(input.csatSatisfied)}) cannot be more than all answers (${n(input.csatTotal)}).`,
        },
      ],
    };
  const estimate = estimateCsat(input.csatSatisfied, input.csatTotal);
  return estimate
    ? { status: 'ok', estimate }
    : { status: 'empty', message: 'No CSAT answers yet: enter how many people answered in all.' };
}

/** Why two surveys cannot be compared yet. */
export function unavailableMessage(previousOk: boolean, currentOk: boolean): string {
  if (!previousOk && !currentOk) return 'Enter both surveys to compare them.';
  if (!previousOk) return 'Enter the previous survey to compare the current one with it.';
  return 'Enter the current survey to compare it with the previous one.';
}

/** The whole NPS and CSAT tool from validated inputs; sentences use `locale` for numbers. */
export function calculateNps(input: NpsInput, locale = 'en'): NpsResult {
  const previous = readSurvey(input, 'previous');
  const current = readSurvey(input, 'current');
  let comparison: ComparisonResult;
  if (previous.status === 'ok' && current.status === 'ok') {
    const c = compareSurveys(previous.estimate, current.estimate);
    comparison = { status: 'ok', comparison: c, ...describeComparison(previous.estimate, current.estimate, c, locale) };
  } else {
    comparison = { status: 'unavailable', message: unavailableMessage(previous.status === 'ok', current.status === 'ok') };
  }
  return {
    previous,
    current,
    comparison,
    sampleSize: planSampleSize(input.marginOfError, current.status === 'ok' ? current.estimate.counts : undefined),
    csat: readCsat(input, locale),
  };
}
