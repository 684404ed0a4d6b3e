// The effort form (./fields.ts, ./form.ts) as a zod schema, for build-time code and tests; the
// browser uses the declarations directly.
import { inputSchema } from '../shared/schema.ts';
import { EFFORT_FORM } from './form.ts';

export type { EffortInput } from './fields.ts';

/** What the content check validates content/tools/effort.mdx's defaults and presets with. */
export const EffortInputSchema = inputSchema(EFFORT_FORM);
