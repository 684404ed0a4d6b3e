// The tool registry: every tool of the playbook, declared once. What reads it:
// - the content check (src/lib/content/integrity.ts): each tool's defaults and presets in
//   content/tools/<id>.mdx are validated with `schema` (made from `form`), and every declared
//   tool must have an entry;
// - the tool pages (src/pages/tools/<id>/): their island's props are built with `schema`;
// - the islands: each island's form checks what readers type with the same `form`, the plain
//   declaration (no zod in the browser; tests/unit/tools/registry.test.ts holds them to it);
// - the budgets test (tests/dist/budgets.test.ts): the JavaScript budget of each page below;
// - the benchmark (scripts/bench/): which pages to time, and how to drive them.
// Adding a tool is one entry here plus four files: docs/adding-a-tool.md walks through it, and
// tests/unit/tools/registry.test.ts fails, naming the step, when one of them is missing.
import type { z } from 'astro/zod';
import { CHURN_FORM } from '../calculators/churn/fields.ts';
import { ChurnInputSchema } from '../calculators/churn/schema.ts';
import { CLV_FORM } from '../calculators/clv/fields.ts';
import { ClvInputSchema } from '../calculators/clv/schema.ts';
import { NPS_FORM } from '../calculators/nps/form.ts';
import { NpsFormSchema } from '../calculators/nps/schema.ts';
import { EFFORT_FORM } from '../calculators/effort/form.ts';
import { EffortInputSchema } from '../calculators/effort/schema.ts';
import { ROI_FORM } from '../calculators/roi/fields.ts';
import { RoiInputSchema } from '../calculators/roi/schema.ts';
import type { FormDecl } from '../calculators/shared/fields.ts';

/** Gzipped JavaScript a page may load, in bytes (1 KB = 1,000 bytes). */
export interface JsBudget {
  /** Before the chart loads: inline scripts and every module imported up front. */
  before: number;
  /** After the chart loads: plus the modules loaded by dynamic `import()`. Equal to `before` when there is no chart. */
  after: number;
}

/** One page a tool renders. */
export interface ToolPage {
  /** The page's path from the site root, with a trailing slash, e.g. `/tools/clv/`. */
  path: string;
  /** Its JavaScript budget; set from a measurement with a little headroom (docs/performance.md). */
  js: JsBudget;
  /** Whether the page has a chart whose code loads by dynamic import when it scrolls into view. */
  lazyChart: boolean;
  /**
   * How `npm run bench` times the page (scripts/bench/latency.ts): `fields` types into each number
   * field in turn; `assessment` re-answers statements; `team` pastes share links;
   * `survey` is not timed by typing (its input is a file; the bench has no survey stage yet);
   * `document` is not timed either (its input is scenarios saved by the other tools).
   */
  bench: 'fields' | 'assessment' | 'team' | 'survey' | 'document';
}

/** One tool. */
export interface ToolDeclaration {
  /**
   * The tool's form: its inputs and the rules between them (src/calculators/shared/fields.ts).
   * The island imports the same object. `undefined` for a tool whose inputs are content of their own.
   */
  form: FormDecl | undefined;
  /**
   * `form` as a zod schema (`inputSchema(form)`, in the tool's schema.ts): what the content check
   * applies to the tool's defaults and presets, at build time only. `undefined` when `form` is.
   */
  schema: z.ZodType | undefined;
  /** The pages the tool renders; the first is its page under /tools/. */
  pages: readonly [ToolPage, ...ToolPage[]];
}

/** Every tool, by id. The id names the folders: src/calculators/<id>/, src/islands/<id>/, src/pages/tools/<id>/, content/tools/<id>.mdx. */
export const TOOLS = {
  clv: {
    form: CLV_FORM,
    schema: ClvInputSchema,
    // Issue 14 asked for at most 90 KB before the chart on every numeric tool page. Measured 111.4 KB
    // before and 176.2 KB after before it; now 85.3 KB before and 159.5 KB once everything it loads
    // on demand has loaded (chart, PNG buttons, working, CSV, link checks, scenarios panel).
    pages: [{ path: '/tools/clv/', js: { before: 87_000, after: 162_000 }, lazyChart: true, bench: 'fields' }],
  },
  roi: {
    form: ROI_FORM,
    schema: RoiInputSchema,
    // Measured 112.8 / 177.5 KB before issue 14's lighter pages; 87.0 / 161.1 KB after them. Issue 18's
    // ranges, risk adjustments and simulation raised it to 90.1 / 171.2 KB, and the budget by 2.0 / 8.5 KB:
    // up front, the ranges' checks and messages (they are the form's rules, so every keystroke needs them),
    // the tornado over the ranges, the risk-adjusted table and the button that opens the rest (1.4 KB,
    // 1.1 KB, 0.4 KB, 0.3 KB roughly); on demand, the ranges panel, the simulation's view and its Web
    // Worker (the model and mulberry32), about 7 KB. docs/performance.md has the figures. The ranges
    // section moved from the definition to RoiCalculator.tsx, to keep React out of the business case's
    // worker: 90.3 / 171.5 KB (0.2 KB more up front, the section compressed apart from the definition).
    pages: [{ path: '/tools/roi/', js: { before: 90_500, after: 172_000 }, lazyChart: true, bench: 'fields' }],
  },
  nps: {
    form: NPS_FORM,
    schema: NpsFormSchema,
    // Measured 117.1 / 181.8 KB before issue 14's lighter pages; now 89.9 / 165.8 KB. The 90 KB
    // limit is issue 14's and is met with almost nothing to spare: anything added to this page's first
    // load must be paid for elsewhere (docs/performance.md lists what was done and tried).
    pages: [{ path: '/tools/nps/', js: { before: 90_000, after: 168_000 }, lazyChart: true, bench: 'fields' }],
  },
  churn: {
    form: CHURN_FORM,
    schema: ChurnInputSchema,
    // Measured 85.4 KB before and 160.1 KB after, with its words from tools.churn.* (docs/architecture.md#languages).
    pages: [{ path: '/tools/churn/', js: { before: 87_000, after: 162_000 }, lazyChart: true, bench: 'fields' }],
  },
  effort: {
    form: EFFORT_FORM,
    schema: EffortInputSchema,
    // Measured 88.4 KB before and 163.0 KB after, with its words from tools.effort.* (docs/architecture.md#languages).
    pages: [{ path: '/tools/effort/', js: { before: 90_000, after: 165_000 }, lazyChart: true, bench: 'fields' }],
  },
  assessment: {
    form: undefined,
    schema: undefined,
    // Measured 109.7 / 172.6 KB (the assessment) and 100.6 KB (the team view, no chart) before issue 16.
    // With issue 16: the assessment 113.8 KB before its charts (the result that holds up) and 181.4 KB
    // after (the radar with its PNG export, which shares its slide code with the calculators' charts,
    // and the history's trend, 3.4 KB, both fetched only when they come into view); the team view
    // 106.7 KB, 107.3 KB once its position strips load (DotStrip, 0.7 KB); the workshop 112.8 KB,
    // 113.5 KB with the strips.
    pages: [
      // After the merge with issue 14's shared core chunk: 110.8 / 178.4 KB, 106.8 / 107.5 KB, 112.8 / 113.5 KB.
      { path: '/tools/assessment/', js: { before: 113_000, after: 181_000 }, lazyChart: true, bench: 'assessment' },
      { path: '/assessment/team/', js: { before: 109_000, after: 110_000 }, lazyChart: true, bench: 'team' },
      { path: '/assessment/workshop/', js: { before: 115_000, after: 116_000 }, lazyChart: true, bench: 'team' },
    ],
  },
  survey: {
    form: undefined,
    schema: undefined,
    // No form: the reader's input is a file. Measured 86.4 KB before the charts (the island with
    // the drivers' quadrant chart's component, 8.6 KB) and 166.4 KB once everything on demand has
    // loaded: the trend chart, the quadrant chart's drawing (drivers-draw.ts, 1.8 KB, and chart.js's
    // scatter controller) and, when a file is read, the worker with PapaParse (12.1 KB, started by
    // `new Worker(new URL(…))`, which the page weigher follows like a dynamic import).
    pages: [{ path: '/tools/survey/', js: { before: 87_000, after: 168_000 }, lazyChart: true, bench: 'survey' }],
  },
  'business-case': {
    form: undefined,
    schema: undefined,
    // No form: the input is the scenarios saved by the other tools. Measured 79.1 KB before the charts
    // and 168.1 KB once everything on demand has loaded: the worker that checks and recalculates the
    // scenarios with the five tools' own definitions and models (22.7 KB, bundled on its own so the
    // tool pages' chunks stay exactly as they were), the chart code and the Markdown export. Issue 18's
    // ROI ranges put React in that worker (ROI's definition carried its ranges section; 94.2 KB, 239.6 KB
    // in all): the section now joins the definition on the ROI page only. With ROI's risk-adjusted range
    // (the simulation, its words and histogram, 26.6 KB worker) it measures 79.3 / 172.2 KB; after +4 KB.
    pages: [{ path: '/tools/business-case/', js: { before: 81_000, after: 174_000 }, lazyChart: true, bench: 'document' }],
  },
} as const satisfies Record<string, ToolDeclaration>;

export type ToolId = keyof typeof TOOLS;

/** Every tool id, in declaration order (a tuple, for `z.enum`). */
export const TOOL_IDS = Object.keys(TOOLS) as [ToolId, ...ToolId[]];

/** The form schema of each tool that has one, by id: what the content check validates defaults and presets with. */
export const INPUT_SCHEMAS: Partial<Record<ToolId, z.ZodType>> = Object.fromEntries(
  Object.entries(TOOLS).flatMap(([id, tool]) => (tool.schema ? [[id, tool.schema]] : [])),
);

/** Every page of every tool, with its tool's id. */
export const TOOL_PAGES: readonly (ToolPage & { tool: ToolId })[] = Object.entries(TOOLS).flatMap(([id, tool]) =>
  tool.pages.map((page) => ({ ...page, tool: id as ToolId })),
);

/** The form schema of a tool; throws for a tool that declares none. */
export function toolSchema(id: ToolId): z.ZodType {
  const schema = TOOLS[id].schema;
  if (!schema) throw new Error(`the ${id} tool declares no form schema in src/tools/registry.ts`);
  return schema;
}
