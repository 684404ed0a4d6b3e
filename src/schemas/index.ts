import type { z } from 'astro/zod';
import { AssessmentModelSchema, DimensionSchema } from './assessment.ts';
import { FailureGroupSchema, FailurePatternSchema, FailureThemeSchema } from './failures.ts';
import { GlossaryTermSchema } from './glossary.ts';
import { PageSchema } from './pages.ts';
import { PyramidLevelSchema } from './pyramid.ts';
import { SourceSchema } from './sources.ts';
import { StatSchema } from './stats.ts';
import { ToolSchema } from './tools.ts';

/** Where a collection lives under `content/` and what its files hold. */
export interface CollectionDef {
  /** Folder under the content root. */
  dir: string;
  /** File extension of its entries (one per collection keeps the rules simple for editors). */
  ext: 'mdx' | 'yaml';
  /** Schema of the frontmatter (MDX) or the whole file (YAML). */
  schema: z.ZodType;
}

/** Every collection of the playbook; the single list used by Astro and by the content check. */
export const COLLECTIONS = {
  pyramid: { dir: 'pyramid', ext: 'mdx', schema: PyramidLevelSchema },
  themes: { dir: 'failure-themes', ext: 'yaml', schema: FailureThemeSchema },
  groups: { dir: 'failure-groups', ext: 'yaml', schema: FailureGroupSchema },
  failures: { dir: 'failures', ext: 'mdx', schema: FailurePatternSchema },
  stats: { dir: 'stats', ext: 'yaml', schema: StatSchema },
  sources: { dir: 'sources', ext: 'yaml', schema: SourceSchema },
  glossary: { dir: 'glossary', ext: 'yaml', schema: GlossaryTermSchema },
  tools: { dir: 'tools', ext: 'mdx', schema: ToolSchema },
  dimensions: { dir: 'assessment/dimensions', ext: 'yaml', schema: DimensionSchema },
  assessment: { dir: 'assessment', ext: 'yaml', schema: AssessmentModelSchema },
  pages: { dir: 'pages', ext: 'mdx', schema: PageSchema },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof COLLECTIONS;
