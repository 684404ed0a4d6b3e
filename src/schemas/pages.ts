import { z } from 'astro/zod';
import { text } from './common.ts';

/** A free-standing prose page such as About (`content/pages/<id>.mdx`), served at `/<id>/`. */
export const PageSchema = z
  .object({
    /** Page heading and document title. */
    title: text(),
    /** One sentence for the meta description and Open Graph tags. */
    description: text(),
  })
  .strict();

export type Page = z.infer<typeof PageSchema>;
