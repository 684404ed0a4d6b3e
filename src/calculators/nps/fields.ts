// Inputs of the NPS and CSAT tool: two surveys (previous and current), each entered as counts, as
// percentages with a total, or as a pasted column of 0-10 scores; a target margin of error; and
// CSAT answers. Flat on purpose: share links and content defaults and presets are flat key-value
// maps, and the content check needs one key per input. Cross-field rules (percentages adding up
// to 100, satisfied answers not above the total, pasted lines being scores) are the model's own
// (calculate.ts); ./form.ts reports them at the input each is about.
import {
  MAX_RESPONSES,
  MAX_PASTE_CHARS,
  choice,
  percent as percentOf,
  text,
  wholeCount,
  type InputOf,
  type NumberField,
} from '../shared/fields.ts';

/** How a survey's answers are entered: counts, percentages with a total, or a pasted column of scores. */
export const SURVEY_MODES = ['counts', 'percentages', 'scores'] as const;

/** How CSAT answers are entered: five counts for answers 1..5, or satisfied answers out of a total. */
export const CSAT_MODES = ['distribution', 'satisfied'] as const;

export { MAX_PASTE_CHARS, MAX_RESPONSES } from '../shared/fields.ts';

/** Smallest and largest target margin of error, in NPS (or CSAT percentage) points. */
export const MARGIN_RANGE = { min: 0.5, max: 50 } as const;

/** A whole number of responses, 0 to MAX_RESPONSES. */
const responses = () => wholeCount(MAX_RESPONSES);

/** A percentage as the reader types it, PERCENT 0-100. */
const percent = () => percentOf(100);

/** Text holding one score from 0 to 10 per line. */
const scores = () => text(MAX_PASTE_CHARS);

const surveyMode = () => choice(SURVEY_MODES);

const margin: NumberField = { kind: 'number', unit: 'points', min: MARGIN_RANGE.min, max: MARGIN_RANGE.max, integer: false };

export const NPS_FIELDS = {
  /** How the previous survey is entered (counts, percentages or scores). */
  previousMode: surveyMode(),
  /** Previous survey, counts mode: promoters (answers 9-10), in responses. */
  previousPromoters: responses(),
  /** Previous survey, counts mode: passives (answers 7-8), in responses. */
  previousPassives: responses(),
  /** Previous survey, counts mode: detractors (answers 0-6), in responses. */
  previousDetractors: responses(),
  /** Previous survey, percentages mode: promoters, PERCENT 0-100 of all responses. */
  previousPromoterPercent: percent(),
  /** Previous survey, percentages mode: passives, PERCENT 0-100 of all responses. */
  previousPassivePercent: percent(),
  /** Previous survey, percentages mode: detractors, PERCENT 0-100 of all responses. */
  previousDetractorPercent: percent(),
  /** Previous survey, percentages mode: how many people answered, in responses. */
  previousTotal: responses(),
  /** Previous survey, scores mode: pasted text, one score 0-10 per line (blank lines skipped). */
  previousScores: scores(),
  /** How the current survey is entered (counts, percentages or scores). */
  currentMode: surveyMode(),
  /** Current survey, counts mode: promoters (answers 9-10), in responses. */
  currentPromoters: responses(),
  /** Current survey, counts mode: passives (answers 7-8), in responses. */
  currentPassives: responses(),
  /** Current survey, counts mode: detractors (answers 0-6), in responses. */
  currentDetractors: responses(),
  /** Current survey, percentages mode: promoters, PERCENT 0-100 of all responses. */
  currentPromoterPercent: percent(),
  /** Current survey, percentages mode: passives, PERCENT 0-100 of all responses. */
  currentPassivePercent: percent(),
  /** Current survey, percentages mode: detractors, PERCENT 0-100 of all responses. */
  currentDetractorPercent: percent(),
  /** Current survey, percentages mode: how many people answered, in responses. */
  currentTotal: responses(),
  /** Current survey, scores mode: pasted text, one score 0-10 per line (blank lines skipped). */
  currentScores: scores(),
  /** Target margin of error for the sample-size helper, in points (NPS points; percentage points for CSAT). */
  marginOfError: margin,
  /** How CSAT answers are entered (five counts, or satisfied out of total). */
  csatMode: choice(CSAT_MODES),
  /** CSAT, distribution mode: answers of 1 (very dissatisfied), in responses. */
  csat1: responses(),
  /** CSAT, distribution mode: answers of 2, in responses. */
  csat2: responses(),
  /** CSAT, distribution mode: answers of 3 (neutral), in responses. */
  csat3: responses(),
  /** CSAT, distribution mode: answers of 4 (satisfied), in responses. */
  csat4: responses(),
  /** CSAT, distribution mode: answers of 5 (very satisfied), in responses. */
  csat5: responses(),
  /** CSAT, satisfied mode: answers of 4 or 5, in responses. */
  csatSatisfied: responses(),
  /** CSAT, satisfied mode: all answers, in responses. */
  csatTotal: responses(),
} as const;

/** Everything the NPS and CSAT tool takes (see NPS_FIELDS for units). */
export type NpsInput = InputOf<typeof NPS_FIELDS>;

/** The name of one input (also its key in share links and content). */
export type NpsInputKey = keyof NpsInput;

/** Which survey: the earlier one or the one being judged against it. */
export type SurveyId = 'previous' | 'current';

/** How a survey's answers are entered. */
export type SurveyMode = (typeof SURVEY_MODES)[number];

/** How CSAT answers are entered. */
export type CsatMode = (typeof CSAT_MODES)[number];
