import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * One source article (`content/sources/<id>.yaml`). Records only what the article itself
 * states: never add a URL, date or publisher that the article does not give.
 */
export const SourceSchema = z
  .object({
    /**
     * The article's title as published. A title of ten words or more is cut short with an
     * ellipsis (…): the site quotes no ten-word run of a source, titles included.
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
