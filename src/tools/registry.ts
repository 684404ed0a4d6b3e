// The tool registry: every tool of the playbook, declared once. What reads it:
// - the content check (src/lib/content/integrity.ts): each tool's defaults and presets in
//   content/tools/<id>.mdx are validated with `schema`, and every declared tool must have an entry;
// - the tool pages (src/pages/tools/<id>/): their island's props are built with `schema`;
// - the islands: each island's form validates what readers type with the same `schema`
//   (tests/unit/tools/registry.test.ts holds them to it);
// - the budgets test (tests/dist/budgets.test.ts): the JavaScript budget of each page below;
// - the benchmark (scripts/bench/): which pages to time, and how to drive them.
// Adding a tool is one entry here plus four files: docs/adding-a-tool.md walks through it, and
// tests/unit/tools/registry.test.ts fails, naming the step, when one of them is missing.
import type { z } from 'astro/zod';
import { ClvInputSchema } from '../calculators/clv/schema.ts';
import { NpsFormSchema } from '../calculators/nps/form.ts';
import { RoiInputSchema } from '../calculators/roi/schema.ts';

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
   * field in turn; `assessment` re-answers statements; `team` pastes share links.
   */
  bench: 'fields' | 'assessment' | 'team';
}

/** One tool. */
export interface ToolDeclaration {
  /**
   * The schema of the tool's form: what readers type, what a share link carries, and what the
   * content check applies to the tool's defaults and presets. `undefined` for a tool whose inputs
   * are content of their own (the assessment's questionnaire has its own collections).
   */
  schema: z.ZodObject | undefined;
  /** The pages the tool renders; the first is its page under /tools/. */
  pages: readonly [ToolPage, ...ToolPage[]];
}

/** Every tool, by id. The id names the folders: src/calculators/<id>/, src/islands/<id>/, src/pages/tools/<id>/, content/tools/<id>.mdx. */
export const TOOLS = {
  clv: {
    schema: ClvInputSchema,
    // Measured 109.5 KB before and 173.0 KB after the chart.
    pages: [{ path: '/tools/clv/', js: { before: 120_000, after: 180_000 }, lazyChart: true, bench: 'fields' }],
  },
  roi: {
    schema: RoiInputSchema,
    // Measured 110.6 KB before and 174.1 KB after the chart.
    pages: [{ path: '/tools/roi/', js: { before: 120_000, after: 180_000 }, lazyChart: true, bench: 'fields' }],
  },
  nps: {
    schema: NpsFormSchema,
    // Measured 114.7 KB before and 178.2 KB after the chart before issue 14; with its change verdict,
    // CSV units and CSAT interval rows, and the charts' PNG export (loaded with the chart): 117.0 KB
    // before and 181.7 KB after (the NPS island 8.0 KB of it).
    pages: [{ path: '/tools/nps/', js: { before: 118_000, after: 183_000 }, lazyChart: true, bench: 'fields' }],
  },
  assessment: {
    schema: undefined,
    // Measured 109.7 / 172.6 KB (the assessment) and 100.6 KB (the team view, no chart) before issue 16.
    // With issue 16: the assessment 113.8 KB before its charts (the result that holds up) and 181.4 KB
    // after (the radar with its PNG export, which shares its slide code with the calculators' charts,
    // and the history's trend, 3.4 KB, both fetched only when they come into view); the team view
    // 106.7 KB, 107.3 KB once its position strips load (DotStrip, 0.7 KB); the workshop 112.8 KB,
    // 113.5 KB with the strips.
    pages: [
      { path: '/tools/assessment/', js: { before: 115_000, after: 184_000 }, lazyChart: true, bench: 'assessment' },
      { path: '/assessment/team/', js: { before: 110_000, after: 110_000 }, lazyChart: true, bench: 'team' },
      { path: '/assessment/workshop/', js: { before: 115_000, after: 116_000 }, lazyChart: true, bench: 'team' },
    ],
  },
} as const satisfies Record<string, ToolDeclaration>;

export type ToolId = keyof typeof TOOLS;

/** Every tool id, in declaration order (a tuple, for `z.enum`). */
export const TOOL_IDS = Object.keys(TOOLS) as [ToolId, ...ToolId[]];

/** The form schema of each tool that has one, by id: what the content check validates defaults and presets with. */
export const INPUT_SCHEMAS: Partial<Record<ToolId, z.ZodObject>> = Object.fromEntries(
  Object.entries(TOOLS).flatMap(([id, tool]) => (tool.schema ? [[id, tool.schema]] : [])),
);

/** Every page of every tool, with its tool's id. */
export const TOOL_PAGES: readonly (ToolPage & { tool: ToolId })[] = Object.entries(TOOLS).flatMap(([id, tool]) =>
  tool.pages.map((page) => ({ ...page, tool: id as ToolId })),
);

/** The form schema of a tool; throws for a tool that declares none. */
export function toolSchema(id: ToolId): z.ZodObject {
  const schema = TOOLS[id].schema;
  if (!schema) throw new Error(`the ${id} tool declares no form schema in src/tools/registry.ts`);
  return schema;
}
