// The team view: several people's results combined per dimension. Spread is the population
// standard deviation (divide by n): the people who answered are the whole group being described,
// not a sample from a larger one. A wide spread is itself a finding, a sign that the
// organisation does not share one picture of its customer experience. A person counts for a
// dimension only when their score for it holds (the minimum-answers rule of score.ts), and for
// the overall score only when their overall score holds.
import type { AssessmentAnswers } from './answers.ts';
import type { Questionnaire } from './questionnaire.ts';
import type { AssessmentResult } from './score.ts';
import { decodeShareIn, encodeAnswers } from './share.ts';
import { ASSESSMENT_WORDS, type AssessmentWords } from './words.ts';

/** Mean and spread of one dimension (or of the overall score) across people. */
export interface Spread {
  /** People who scored it. */
  n: number;
  /** Mean score, points 0-100; null when nobody scored it. */
  mean: number | null;
  /** Population standard deviation, points; null when nobody scored it (0 for one person). */
  sd: number | null;
  min: number | null;
  max: number | null;
}

export interface TeamDimension extends Spread {
  id: string;
  title: string;
  failures: string[];
  /** At least two people scored it and their spread is above the disagreement threshold. */
  flagged: boolean;
}

export interface TeamSummary {
  people: number;
  dimensions: TeamDimension[];
  overall: Spread;
  /** The flagged dimensions, widest spread first. */
  disagreements: TeamDimension[];
  /** The threshold used, points of standard deviation. */
  threshold: number;
}

/** sqrt(sum of (x - mean)^2 / n). */
export function populationSd(values: readonly number[]): number {
  const mean = values.reduce((s, x) => s + x, 0) / values.length;
  return Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length);
}

export function spreadOf(values: readonly number[]): Spread {
  if (!values.length) return { n: 0, mean: null, sd: null, min: null, max: null };
  return {
    n: values.length,
    mean: values.reduce((s, x) => s + x, 0) / values.length,
    sd: populationSd(values),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

const scored = (xs: (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number');

/** Combines results (each from `scoreAssessment` with the same questionnaire). */
export function aggregateTeam(q: Questionnaire, results: readonly AssessmentResult[]): TeamSummary {
  const threshold = q.disagreementThreshold;
  const dimensions = q.dimensions.map((d): TeamDimension => {
    const s = spreadOf(
      scored(
        results.map((r) => {
          const x = r.dimensions.find((y) => y.id === d.id);
          return x?.holds ? x.score : null;
        }),
      ),
    );
    return { id: d.id, title: d.title, failures: d.failures, ...s, flagged: s.n >= 2 && (s.sd as number) > threshold };
  });
  return {
    people: results.length,
    dimensions,
    overall: spreadOf(scored(results.map((r) => (r.holds ? r.overall : null)))),
    disagreements: dimensions.filter((d) => d.flagged).sort((a, b) => (b.sd as number) - (a.sd as number)),
    threshold,
  };
}

/** One pasted line, read: its answers, the reason it cannot be used, or the earlier line it repeats. */
export type TeamLine = { line: number; text: string } & (
  | { status: 'read'; answers: AssessmentAnswers }
  | { status: 'error'; error: string }
  | { status: 'duplicate'; of: number; answers: AssessmentAnswers }
);

/**
 * Reads pasted share links, one per line (blank lines skipped, numbered as pasted). A link whose
 * answers are the same as an earlier line's is a duplicate of it, counted once, however the link
 * is written (another host, parameters in another order, spaces): the answers, written back as a
 * fragment, are compared, not the text.
 */
export function readTeamLinksIn(w: AssessmentWords, q: Questionnaire, text: string): TeamLine[] {
  const first = new Map<string, number>();
  return text.split('\n').flatMap((raw, i): TeamLine[] => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (!trimmed) return [];
    const decoded = decodeShareIn(w, q, trimmed.replace(/\s+/g, ''));
    if (!decoded.ok) return [{ line, text: trimmed, status: 'error', error: decoded.error }];
    const key = encodeAnswers(q, decoded.answers);
    const of = first.get(key);
    if (of !== undefined) return [{ line, text: trimmed, status: 'duplicate', of, answers: decoded.answers }];
    first.set(key, line);
    return [{ line, text: trimmed, status: 'read', answers: decoded.answers }];
  });
}

/** Pasted share links read with the default language's messages. */
export const readTeamLinks = (q: Questionnaire, text: string): TeamLine[] => readTeamLinksIn(ASSESSMENT_WORDS, q, text);

/** The sentence for a duplicate line, e.g. "Line 3 repeats line 1; counted once." */
export function duplicateMessage(line: number, of: number): string {
  return `Line ${line} repeats line ${of}; counted once.`;
}
