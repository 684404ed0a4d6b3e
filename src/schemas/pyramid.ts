import { z } from 'astro/zod';
import { idList, text } from './common.ts';

/** One level of the CX pyramid (`content/pyramid/<id>.mdx`); the MDX body tells the level's story. */
export const PyramidLevelSchema = z
  .object({
    /** Position from the base: 1 (useful information) to 5 (customers empowered). Each once. */
    level: z.number().int().min(1).max(5),
    /** Full name of the level, used as the page heading. */
    title: text(),
    /** Two to four words drawn inside the pyramid diagram. */
    shortTitle: text().max(32),
    /** One sentence summarising the level, used in lists and the meta description. */
    summary: text(),
    /** What reaching this level means for the customer. */
    forCustomer: text(),
    /** What reaching this level means for the brand. */
    forBrand: text(),
    /** Observable signs that an organisation is operating at this level. */
    signs: z.array(text()).min(1),
    /** Steps that lead from this level to the next one (for level 5: how to stay there). */
    climb: z.array(text()).min(1),
    /** What to measure at this level. */
    measures: z.array(text()).min(1),
    /** Tools that help at this level (ids in `content/tools/`). */
    tools: idList().default([]),
    /** Statistics cited on this page (ids in `content/stats/`). */
    stats: idList().default([]),
    /** Glossary terms this page relies on (ids in `content/glossary/`). */
    terms: idList().default([]),
  })
  .strict();

export type PyramidLevel = z.infer<typeof PyramidLevelSchema>;
