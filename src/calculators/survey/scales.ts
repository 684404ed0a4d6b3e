// The three rating scales and how one answer becomes a number: a whole number on the scale, a
// number followed by its label ("10 - Extremely likely", "5 (Very satisfied)"), or a label alone
// ("Very satisfied", "Strongly agree"). Anything else is refused with its reason, never coerced.
import { fillWords } from '../shared/words.ts';
import { SURVEY_WORKER_WORDS, type SurveyWorkerWords } from './words.ts';

/** The rating scales the survey tool scores. */
export type ScaleKind = 'nps' | 'csat' | 'ces';

/** Each scale's range, in scale points, and its name in messages. */
export const SCALES: Record<ScaleKind, { min: number; max: number; name: string }> = {
  nps: { min: 0, max: 10, name: '0-10' },
  csat: { min: 1, max: 5, name: '1-5' },
  ces: { min: 1, max: 7, name: '1-7' },
};

/**
 * Labels a platform writes instead of the number, lower case, by scale: English, and German as the
 * platforms' German survey templates word them (the playbook ships in both languages).
 */
const LABELS: Record<ScaleKind, Record<string, number>> = {
  nps: {
    'not at all likely': 0,
    'extremely likely': 10,
    'äußerst unwahrscheinlich': 0,
    'überhaupt nicht wahrscheinlich': 0,
    'äußerst wahrscheinlich': 10,
  },
  csat: {
    'very dissatisfied': 1,
    dissatisfied: 2,
    'neither satisfied nor dissatisfied': 3,
    neutral: 3,
    satisfied: 4,
    'very satisfied': 5,
    'sehr unzufrieden': 1,
    unzufrieden: 2,
    'weder zufrieden noch unzufrieden': 3,
    zufrieden: 4,
    'sehr zufrieden': 5,
  },
  // CES is asked as agreement ("The company made it easy…") or as ease, on seven points.
  ces: {
    'strongly disagree': 1,
    disagree: 2,
    'somewhat disagree': 3,
    'neither agree nor disagree': 4,
    neutral: 4,
    'somewhat agree': 5,
    agree: 6,
    'strongly agree': 7,
    'very difficult': 1,
    difficult: 2,
    'somewhat difficult': 3,
    'neither easy nor difficult': 4,
    'somewhat easy': 5,
    easy: 6,
    'very easy': 7,
    'stimme überhaupt nicht zu': 1,
    'stimme gar nicht zu': 1,
    'stimme nicht zu': 2,
    'stimme eher nicht zu': 3,
    'weder noch': 4,
    'stimme eher zu': 5,
    'stimme zu': 6,
    'stimme voll und ganz zu': 7,
    'stimme voll zu': 7,
    'sehr schwierig': 1,
    schwierig: 2,
    'eher schwierig': 3,
    'weder leicht noch schwierig': 4,
    'eher leicht': 5,
    leicht: 6,
    'sehr leicht': 7,
  },
};

/** A cell of one or two ASCII digits as its number (0-99), else -1; cheaper than a pattern on every row. */
export function smallWhole(cell: string): number {
  const a = cell.charCodeAt(0) - 48;
  if (cell.length === 1) return a >= 0 && a <= 9 ? a : -1;
  if (cell.length !== 2) return -1;
  const b = cell.charCodeAt(1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** One answer read: blank (skipped, not an error), a score, or refused with its reason. */
export type Answer = { kind: 'blank' } | { kind: 'score'; value: number } | { kind: 'refused'; reason: string };

const normalise = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** A value shown in a reason, cut to 30 characters (the words put the quotation marks around it). */
const shown = (s: string) => (s.length > 30 ? `${s.slice(0, 29)}…` : s);

/** The words of a refusal's reason (SURVEY_WORKER_WORDS' `reason*`). */
export type ReasonWords = Pick<SurveyWorkerWords, 'reasonOutside' | 'reasonNotWhole' | 'reasonNotScore'>;

/** Reads one cell as an answer on `scale`; a refusal's reason in `words` (the default language's unless given). */
export function readAnswer(cell: string, scale: ScaleKind, words: ReasonWords = SURVEY_WORKER_WORDS): Answer {
  const { min, max, name } = SCALES[scale];
  // Fast path for the common case, a bare number of one or two digits (most rows of a large file).
  const value = smallWhole(cell);
  if (value >= min && value <= max) return { kind: 'score', value };
  const text = cell.trim();
  if (text === '') return { kind: 'blank' };
  const refused = (reason: string): Answer => ({ kind: 'refused', reason: fillWords(reason, { value: shown(text), scale: name }) });
  const labelled = /^(-?\d+)(?:\s*(?:[-–—:=)]|\.\s)\s*\S.*|\s*\(.*\))?$/s.exec(text);
  if (labelled) {
    const value = Number(labelled[1]);
    return value >= min && value <= max ? { kind: 'score', value } : refused(words.reasonOutside);
  }
  if (/^-?\d*[.,]\d+$/.test(text)) return refused(words.reasonNotWhole);
  const byLabel = LABELS[scale][normalise(text)];
  if (byLabel !== undefined) return { kind: 'score', value: byLabel };
  return refused(words.reasonNotScore);
}

/** Whether a label alone (no number) names a point of `scale`: used to tell scales apart. */
export const isScaleLabel = (cell: string, scale: ScaleKind): boolean => LABELS[scale][normalise(cell)] !== undefined;
