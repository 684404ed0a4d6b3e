// The whole effort tool from validated inputs: each survey read in its input mode, its share
// answering 5-7 and its mean with 95% intervals, and the change between the two. Anything that
// cannot be computed (no answers, a pasted line that is not an answer) comes back as a state with
// a message in words, so the page never shows NaN, Infinity or a blank. Messages are in a
// language's words (the `tools.effort.*` strings; `…In(w, …)`), or the default language's (./words.ts).
import { fillWords } from '../shared/words.ts';
import { estimateCsat, type CsatEstimate } from '../nps/estimate.ts';
import { estimateMean, type MeanEstimate } from '../nps/scale-estimates.ts';
import { compareMeans, compareShares, type EffortChange } from './estimate.ts';
import { EASY_FROM, type EffortInput, type EffortInputKey, type EffortMode } from './fields.ts';
import { parseEffortColumnIn } from './parse.ts';
import { EFFORT_WORDS, type EffortWords } from './words.ts';

/** Which survey: the earlier one or the one judged against it. */
export type EffortSurveyId = 'previous' | 'current';

/** A message to show beside one input. */
export interface EffortIssue {
  field: EffortInputKey;
  /** The message, without a final full stop. */
  message: string;
}

/** Most bad pasted lines listed one by one; the rest are summed up in one more message. */
export const MAX_LINE_ISSUES = 5;

/** One survey read from the inputs: its estimates, no answers yet, or inputs to fix. */
export type EffortSurvey =
  | {
      status: 'ok';
      mode: EffortMode;
      /** Answers of each value 1..7 (index 0 = answer 1), in responses. */
      counts: number[];
      /** The share answering 5 to 7, PERCENT 0-100, with its Wilson 95% interval. */
      share: CsatEstimate;
      /** The mean answer (scale points 1-7) with its normal 95% interval. */
      mean: MeanEstimate;
    }
  | { status: 'empty'; message: string }
  | { status: 'invalid'; issues: EffortIssue[] };

/** The two surveys compared, or why they cannot be. */
export type EffortComparison = { status: 'ok'; share: EffortChange; mean: EffortChange } | { status: 'unavailable'; message: string };

/** Everything the effort tool shows. */
export interface EffortResult {
  previous: EffortSurvey;
  current: EffortSurvey;
  comparison: EffortComparison;
}

const key = (survey: EffortSurveyId, suffix: string) => `${survey}${suffix}` as EffortInputKey;

/** Counts of one survey in its input mode, or the messages to show. */
function readCounts(w: EffortWords, input: EffortInput, survey: EffortSurveyId): { counts: number[] } | { issues: EffortIssue[] } {
  if (input[key(survey, 'Mode')] === 'counts') return { counts: [1, 2, 3, 4, 5, 6, 7].map((a) => input[key(survey, String(a))] as number) };
  const parsed = parseEffortColumnIn(w, input[key(survey, 'Scores')] as string);
  if (parsed.ok) return { counts: parsed.counts };
  const field = key(survey, 'Scores');
  const issues = parsed.errors.slice(0, MAX_LINE_ISSUES).map((e) => ({ field, message: e.message }));
  const more = parsed.errors.length - MAX_LINE_ISSUES;
  if (more > 0) issues.push({ field, message: fillWords(more === 1 ? w.moreLine : w.moreLines, { count: more }) });
  return { issues };
}

/** One survey from the inputs, in its input mode, with messages in a language's words. */
export function readEffortSurveyIn(w: EffortWords, input: EffortInput, survey: EffortSurveyId): EffortSurvey {
  const mode = input[key(survey, 'Mode')] as EffortMode;
  const read = readCounts(w, input, survey);
  if ('issues' in read) return { status: 'invalid', issues: read.issues };
  const { counts } = read;
  const n = counts.reduce((a, b) => a + b, 0);
  const easy = counts.slice(EASY_FROM - 1).reduce((a, b) => a + b, 0);
  const sum = counts.reduce((s, c, i) => s + c * (i + 1), 0);
  const squares = counts.reduce((s, c, i) => s + c * (i + 1) ** 2, 0);
  const share = estimateCsat(easy, n);
  const mean = estimateMean(n, sum, squares, 1, 7);
  if (!share || !mean)
    return {
      status: 'empty',
      message: fillWords(mode === 'counts' ? w.emptyCounts : w.emptyScores, {
        survey: survey === 'previous' ? w.previousSurvey : w.currentSurvey,
      }),
    };
  return { status: 'ok', mode, counts, share, mean };
}

/** One survey from the inputs, in its input mode, with the default language's messages. */
export const readEffortSurvey = (input: EffortInput, survey: EffortSurveyId): EffortSurvey =>
  readEffortSurveyIn(EFFORT_WORDS, input, survey);

/** The whole effort tool from validated inputs, with messages in a language's words. */
export function calculateEffortIn(w: EffortWords, input: EffortInput): EffortResult {
  const previous = readEffortSurveyIn(w, input, 'previous');
  const current = readEffortSurveyIn(w, input, 'current');
  let comparison: EffortComparison;
  if (previous.status === 'ok' && current.status === 'ok')
    comparison = { status: 'ok', share: compareShares(previous.share, current.share), mean: compareMeans(previous.mean, current.mean) };
  else
    comparison = {
      status: 'unavailable',
      message:
        previous.status !== 'ok' && current.status !== 'ok'
          ? w.compareBoth
          : previous.status !== 'ok'
            ? w.comparePrevious
            : w.compareCurrent,
    };
  return { previous, current, comparison };
}

/** The whole effort tool from validated inputs, with the default language's messages. */
export const calculateEffort = (input: EffortInput): EffortResult => calculateEffortIn(EFFORT_WORDS, input);
