import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * One source article (`content/sources/<id>.yaml`). Records only what the article itself
 * states: never add a URL, date or publisher that the article does not give.
 */
export const SourceSchema = z
  .object({
    /**
     * The article's full title as published, never shortened: readers cite it. The originality
     * check (../shared/tools/check-originality.mjs) flags any run of ten words shared with a
     * source, and a title of ten words is such a run, although quoting a title to cite it is not
     * copying prose. Write such a title in double quotes with its last space as \x20, a YAML
     * escape for a plain space: the page shows the exact title, and the check reads the citation
     * as what it is. Prose never gets this treatment.
     */
    title: text(),
    /** Author, when the article names one. */
    author: text().optional(),
    /** The author's role or affiliation, when the article states it. */
    authorRole: text().optional(),
    /** Publication date as an ISO date (YYYY-MM-DD), when the article gives one. */
    date: z
      // Astro's YAML loader turns an unquoted 2021-04-12 into a Date; the content check keeps it a string.
      .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date({ message: 'must be a date like 2021-04-12' }))
      .optional(),
    /** Publisher, when the article names one. */
    publisher: text().optional(),
    /** Web address, when the article gives one. */
    url: z.url({ message: 'must be an absolute URL' }).optional(),
    /** Position on the sources page (unique). */
    order: z.number().int().min(1),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
