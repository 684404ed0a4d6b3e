import { z } from 'astro/zod';
import { idList, text } from './common.ts';

/** One glossary term (`content/glossary/<id>.yaml`). */
export const GlossaryTermSchema = z
  .object({
    /** The term as written in prose, e.g. "Net Promoter Score". */
    term: text(),
    /** Abbreviation, when the term is usually shortened (e.g. NPS). */
    abbreviation: text().optional(),
    /** Definition in one to three plain sentences. */
    definition: text(),
    /** Related terms (ids in `content/glossary/`). */
    related: idList().default([]),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
