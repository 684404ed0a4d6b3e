// The CLV form (./fields.ts) as a zod schema, for build-time code and tests; the browser uses the
// declarations directly.
import { inputSchema } from '../shared/schema.ts';
import { CLV_FORM } from './fields.ts';

export type { ClvInput } from './fields.ts';

/** What the content check validates content/tools/clv.mdx's defaults and presets with. */
export const ClvInputSchema = inputSchema(CLV_FORM);
