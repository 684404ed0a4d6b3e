// Inputs of the customer effort (CES) tool: two surveys (previous and current), each entered as the
// counts of the seven answers of a 1-7 scale or as a pasted column of 1-7 answers. Flat, like the
// NPS tool's, because share links and content defaults are flat key-value maps. The rule between
// fields (pasted lines being answers) is the model's own (calculate.ts); ./form.ts reports it.
import { MAX_PASTE_CHARS, MAX_RESPONSES } from '../shared/fields.ts';
import { choice, text, wholeCount, type InputOf } from '../shared/fields.ts';

/** How a survey's answers are entered: seven counts, or a pasted column of answers. */
export const EFFORT_MODES = ['counts', 'scores'] as const;

/** The answers of the scale, 1 (strongly disagree that it was easy) to 7 (strongly agree). */
export const EFFORT_ANSWERS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Lowest answer counted as "easy": the share answering 5 to 7 is the headline CES. */
export const EASY_FROM = 5;

const answers = () => wholeCount(MAX_RESPONSES);

export const EFFORT_FIELDS = {
  /** How the previous survey is entered (counts or a pasted column). */
  previousMode: choice(EFFORT_MODES),
  /** Previous survey, counts mode: answers of 1, in responses. */
  previous1: answers(),
  /** Previous survey: answers of 2, in responses. */
  previous2: answers(),
  /** Previous survey: answers of 3, in responses. */
  previous3: answers(),
  /** Previous survey: answers of 4 (neither agree nor disagree), in responses. */
  previous4: answers(),
  /** Previous survey: answers of 5, in responses. */
  previous5: answers(),
  /** Previous survey: answers of 6, in responses. */
  previous6: answers(),
  /** Previous survey: answers of 7, in responses. */
  previous7: answers(),
  /** Previous survey, scores mode: pasted text, one answer 1-7 per line (blank lines skipped). */
  previousScores: text(MAX_PASTE_CHARS),
  /** How the current survey is entered (counts or a pasted column). */
  currentMode: choice(EFFORT_MODES),
  /** Current survey, counts mode: answers of 1, in responses. */
  current1: answers(),
  /** Current survey: answers of 2, in responses. */
  current2: answers(),
  /** Current survey: answers of 3, in responses. */
  current3: answers(),
  /** Current survey: answers of 4, in responses. */
  current4: answers(),
  /** Current survey: answers of 5, in responses. */
  current5: answers(),
  /** Current survey: answers of 6, in responses. */
  current6: answers(),
  /** Current survey: answers of 7, in responses. */
  current7: answers(),
  /** Current survey, scores mode: pasted text, one answer 1-7 per line (blank lines skipped). */
  currentScores: text(MAX_PASTE_CHARS),
} as const;

/** Everything the effort tool takes (see EFFORT_FIELDS for units). */
export type EffortInput = InputOf<typeof EFFORT_FIELDS>;

/** The name of one input (also its key in share links and content). */
export type EffortInputKey = keyof EffortInput;

/** How a survey's answers are entered. */
export type EffortMode = (typeof EFFORT_MODES)[number];
