import { z } from 'astro/zod';
import { idRef, text } from './common.ts';

/**
 * What kind of figure a statistic is, judged from how its article presents it: a study's finding
 * (`study`), what a surveyed group said (`survey`), a number the article makes up to illustrate a
 * point (`illustration`), or an unsourced claim or hearsay (`anecdote`). Only studies and surveys
 * are shown as evidence; illustrations and anecdotes are shown as examples.
 */
export const STAT_KINDS = ['study', 'survey', 'illustration', 'anecdote'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

/** Kinds shown under "Evidence". */
export const isEvidence = (kind: StatKind): boolean => kind === 'study' || kind === 'survey';

/** One statistic (`content/stats/<id>.yaml`). Every number on the site is one of these. */
export const StatSchema = z
  .object({
    /** The figure as printed, e.g. "81%" or "60-80%". */
    value: text().max(24),
    /** What the figure measures, as a sentence that reads after the value. */
    claim: text(),
    /** The article the figure is taken from (id in `content/sources/`). */
    source: idRef(),
    /** Who carried out the study, when the article names them (e.g. Forrester). */
    study: text().optional(),
    /** What kind of figure it is: study, survey, illustration (an example the article makes up) or anecdote (hearsay, unsourced). */
    kind: z.enum(STAT_KINDS),
  })
  .strict();

export type Stat = z.infer<typeof StatSchema>;
