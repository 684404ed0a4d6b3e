// Earlier results kept in the browser, and the comparison of any two of them. Each entry keeps
// its scores as they were, so it can still be compared after the questionnaire changes, as long
// as dimension ids stay the same.
import { z } from 'astro/zod';
import type { AssessmentAnswers } from './answers.ts';
import type { Questionnaire } from './questionnaire.ts';
import type { AssessmentResult } from './score.ts';
import { encodeAnswers } from './share.ts';
import { fillWords } from '../shared/words.ts';
import { ASSESSMENT_WORDS, type AssessmentWords } from './words.ts';

const Points = z.number().min(0).max(100).nullable();

/** One saved result. */
export const HistoryEntrySchema = z.object({
  /** When it was saved (ISO 8601 date-time). */
  date: z.iso.datetime(),
  /** Questionnaire version the answers were given to. */
  version: z.number().int().min(1),
  /** The answers as a share fragment (see share.ts). */
  answers: z.string(),
  /** Score per dimension id at the time, points 0-100; null = unscored. */
  scores: z.record(z.string(), Points),
  /** Overall score at the time, points 0-100. */
  overall: Points,
  /** Pyramid level reached, 0-5. */
  pyramidLevel: z.number().int().min(0).max(5),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** The entry saved for a result. */
export function snapshot(q: Questionnaire, answers: AssessmentAnswers, result: AssessmentResult, date: Date): HistoryEntry {
  return {
    date: date.toISOString(),
    version: q.version,
    answers: encodeAnswers(q, answers),
    scores: Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
    overall: result.overall,
    pyramidLevel: result.pyramidLevel,
  };
}

/** Keeps the valid entries of stored history, oldest first, and says how many were dropped. */
export function checkHistoryIn(w: AssessmentWords, data: unknown): { entries: HistoryEntry[]; problems: string[] } {
  if (!Array.isArray(data)) return { entries: [], problems: data === undefined || data === null ? [] : [w.storedHistoryNotList] };
  const entries: HistoryEntry[] = [];
  let dropped = 0;
  for (const item of data) {
    const parsed = HistoryEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else dropped++;
  }
  entries.sort((a, b) => a.date.localeCompare(b.date));
  return { entries, problems: dropped ? [fillWords(w.storedHistoryDropped, { count: dropped })] : [] };
}

/** The same check with the default language's messages. */
export const checkHistory = (data: unknown): { entries: HistoryEntry[]; problems: string[] } => checkHistoryIn(ASSESSMENT_WORDS, data);

/** A score before and after; `change` = after - before, null when either is unscored. */
export interface Change {
  before: number | null;
  after: number | null;
  change: number | null;
}

const change = (before: number | null, after: number | null): Change => ({
  before,
  after,
  change: before === null || after === null ? null : after - before,
});

/** Change per dimension (current questionnaire order), overall and in pyramid level; later minus earlier. */
export function compareEntries(q: Questionnaire, a: HistoryEntry, b: HistoryEntry) {
  const [earlier, later] = a.date <= b.date ? [a, b] : [b, a];
  return {
    earlier,
    later,
    dimensions: q.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      ...change(earlier.scores[d.id] ?? null, later.scores[d.id] ?? null),
    })),
    overall: change(earlier.overall, later.overall),
    pyramidLevel: change(earlier.pyramidLevel, later.pyramidLevel),
  };
}
