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
  /**
   * Fields a translation keeps exactly as its source has them (ids, numbers, references, order),
   * so every language's pages and tools give the same figures and links; the content check holds
   * each translation to them (src/lib/content/kept.ts). `a[].b`: a list with as many items as the
   * source's, each with the same `b`; `a{}`: a map with the same keys.
   */
  kept: readonly string[];
}

/** Every collection of the playbook; the single list used by Astro and by the content check. */
export const COLLECTIONS = {
  pyramid: { dir: 'pyramid', ext: 'mdx', schema: PyramidLevelSchema, kept: ['level', 'tools', 'stats', 'terms'] },
  themes: { dir: 'failure-themes', ext: 'yaml', schema: FailureThemeSchema, kept: ['order'] },
  groups: { dir: 'failure-groups', ext: 'yaml', schema: FailureGroupSchema, kept: ['order', 'source'] },
  failures: {
    dir: 'failures',
    ext: 'mdx',
    schema: FailurePatternSchema,
    kept: ['group', 'order', 'theme', 'themeOrder', 'plays[].effort', 'sources', 'stats', 'levels', 'tools', 'related', 'terms'],
  },
  stats: { dir: 'stats', ext: 'yaml', schema: StatSchema, kept: ['source', 'kind'] },
  sources: { dir: 'sources', ext: 'yaml', schema: SourceSchema, kept: ['date', 'url', 'order'] },
  glossary: { dir: 'glossary', ext: 'yaml', schema: GlossaryTermSchema, kept: ['related'] },
  tools: {
    dir: 'tools',
    ext: 'mdx',
    schema: ToolSchema,
    kept: ['order', 'calculator', 'fields{}', 'defaults', 'presets[].id', 'presets[].values', 'levels', 'terms'],
  },
  dimensions: {
    dir: 'assessment/dimensions',
    ext: 'yaml',
    schema: DimensionSchema,
    kept: ['order', 'weight', 'failures', 'statements[].id'],
  },
  assessment: {
    dir: 'assessment',
    ext: 'yaml',
    schema: AssessmentModelSchema,
    kept: ['version', 'scale[]', 'stages[].min', 'pyramid[].level', 'disagreementThreshold'],
  },
  pages: { dir: 'pages', ext: 'mdx', schema: PageSchema, kept: ['stats'] },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof COLLECTIONS;
