import type { z } from 'astro/zod';
import type { CALCULATORS } from '../schemas/tools.ts';
import { ClvInputSchema } from './clv/schema.ts';
import { NpsInputSchema } from './nps/schema.ts';
import { RoiInputSchema } from './roi/schema.ts';

/**
 * Each calculator's input schema, by the id tool pages name in `calculator:`. The content check
 * validates every tool's defaults and presets with these, the same schemas that validate what
 * a reader types and what a share link carries.
 */
export const INPUT_SCHEMAS: Partial<Record<(typeof CALCULATORS)[number], z.ZodType>> = {
  clv: ClvInputSchema,
  roi: RoiInputSchema,
  nps: NpsInputSchema,
};
