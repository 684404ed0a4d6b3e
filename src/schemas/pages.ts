import { z } from 'astro/zod';
import { idList, text } from './common.ts';

/** A free-standing prose page (`content/pages/<id>.mdx`): `home` (the home page's introduction), `about`, `pyramid` (the pyramid introduction). */
export const PageSchema = z
  .object({
    /** Page heading and document title. */
    title: text(),
    /** The page's visible heading when it should differ from `title` (the home page's says what the site is for). */
    heading: text().optional(),
    /** One sentence for the meta description and Open Graph tags. */
    description: text(),
    /** Statistics the page features (ids in `content/stats/`); the home page shows them as headline figures. */
    stats: idList().default([]),
  })
  .strict();

export type Page = z.infer<typeof PageSchema>;
