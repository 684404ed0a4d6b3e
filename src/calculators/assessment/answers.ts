// What a respondent has answered, and the checks applied to answers that come from outside the
// form (the browser's storage, an imported JSON file), so a stale or hand-edited file can never
// reach the scoring.
import { z } from 'astro/zod';
import { fillWords } from '../shared/words.ts';
import { ASSESSMENT_WORDS, type AssessmentWords } from './words.ts';
import type { Questionnaire } from './questionnaire.ts';

/** Agreement from 1 (strongly disagree) to 5 (strongly agree). */
export type Rating = 1 | 2 | 3 | 4 | 5;
/** A statement's answer; "dontKnow" leaves it out of the score. */
export type StatementAnswer = Rating | 'dontKnow';
/** A pyramid question's answer; only "yes" meets the level. */
export type PyramidAnswer = 'yes' | 'no' | 'dontKnow';

/** Answers by id; a statement or level missing from the maps has not been answered yet. */
export interface AssessmentAnswers {
  /** Dimension id -> statement id -> answer. */
  ratings: Record<string, Record<string, StatementAnswer>>;
  /** Pyramid level id -> answer. */
  pyramid: Record<string, PyramidAnswer>;
}

/** One statement's answer: a whole number 1-5 or "dontKnow". */
export const StatementAnswerSchema = z.union([z.literal([1, 2, 3, 4, 5]), z.literal('dontKnow')]);
/** One pyramid answer. */
export const PyramidAnswerSchema = z.enum(['yes', 'no', 'dontKnow']);
/** The outer shape of stored answers; each value is checked on its own by `checkAnswers`. */
export const AnswersShapeSchema = z.object({
  ratings: z.record(z.string(), z.record(z.string(), z.unknown())),
  pyramid: z.record(z.string(), z.unknown()),
});

/** No answers yet. */
export const emptyAnswers = (): AssessmentAnswers => ({ ratings: {}, pyramid: {} });

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

/**
 * Keeps the answers that fit the questionnaire and describes each one it drops, e.g. a
 * statement removed from the content since the answers were saved, or a rating of 7.
 */
export function checkAnswersIn(w: AssessmentWords, q: Questionnaire, data: unknown): { answers: AssessmentAnswers; problems: string[] } {
  const shape = AnswersShapeSchema.safeParse(data);
  if (!shape.success)
    return {
      answers: emptyAnswers(),
      problems: [w.storedShape],
    };
  const answers = emptyAnswers();
  const problems: string[] = [];
  for (const [dimId, byStatement] of Object.entries(shape.data.ratings)) {
    const dim = q.dimensions.find((d) => d.id === dimId);
    if (!dim) {
      problems.push(fillWords(w.storedNoDimension, { id: dimId }));
      continue;
    }
    for (const [stId, value] of Object.entries(byStatement)) {
      if (!dim.statements.some((s) => s.id === stId)) {
        problems.push(fillWords(w.storedNoStatement, { title: dim.title, id: stId }));
        continue;
      }
      const parsed = StatementAnswerSchema.safeParse(value);
      if (parsed.success) (answers.ratings[dimId] ??= {})[stId] = parsed.data;
      else problems.push(fillWords(w.storedBadRating, { title: dim.title, id: stId, value: show(value) }));
    }
  }
  for (const [level, value] of Object.entries(shape.data.pyramid)) {
    if (!q.pyramid.some((p) => p.level === level)) {
      problems.push(fillWords(w.storedNoLevel, { level }));
      continue;
    }
    const parsed = PyramidAnswerSchema.safeParse(value);
    if (parsed.success) answers.pyramid[level] = parsed.data;
    else problems.push(fillWords(w.storedBadPyramid, { level, value: show(value) }));
  }
  return { answers, problems };
}

/** The same check with the default language's messages. */
export const checkAnswers = (q: Questionnaire, data: unknown): { answers: AssessmentAnswers; problems: string[] } =>
  checkAnswersIn(ASSESSMENT_WORDS, q, data);

/** How many of the questionnaire's statements and pyramid questions have an answer (incl. "don't know"). */
export function progress(q: Questionnaire, a: AssessmentAnswers): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const d of q.dimensions) {
    for (const s of d.statements) {
      total++;
      if (a.ratings[d.id]?.[s.id] !== undefined) answered++;
    }
  }
  for (const p of q.pyramid) {
    total++;
    if (a.pyramid[p.level] !== undefined) answered++;
  }
  return { answered, total };
}

/**
 * The notice for answers saved in this browser under another questionnaire version, or null when
 * the versions match. A saved version that is no version at all (0, 1.5, a hand-edited 1e300) is
 * never written out as one.
 */
export function savedVersionNoticeIn(
  w: Pick<AssessmentWords, 'versionChanged' | 'versionUnknown' | 'versionKeep'>,
  saved: number,
  current: number,
): string | null {
  if (saved === current) return null;
  const keep = w.versionKeep;
  if (Number.isInteger(saved) && saved >= 1 && saved < 1e9) return fillWords(w.versionChanged, { saved, current, keep });
  return fillWords(w.versionUnknown, { current, keep });
}

/** The same notice in the default language's words. */
export const savedVersionNotice = (saved: number, current: number): string | null => savedVersionNoticeIn(ASSESSMENT_WORDS, saved, current);
