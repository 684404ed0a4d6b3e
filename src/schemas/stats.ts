import { z } from 'astro/zod';
import { idRef, text } from './common.ts';

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
  })
  .strict();

export type Stat = z.infer<typeof StatSchema>;
