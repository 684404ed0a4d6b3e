// The cost-of-churn form (./fields.ts) as a zod schema, for build-time code and tests; the browser
// uses the declarations directly.
import { inputSchema } from '../shared/schema.ts';
import { CHURN_FORM } from './fields.ts';

export type { ChurnInput } from './fields.ts';

/** What the content check validates content/tools/churn.mdx's defaults and presets with. */
export const ChurnInputSchema = inputSchema(CHURN_FORM);
