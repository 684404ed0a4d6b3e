import type { z } from 'astro/zod';
import { toolSchema, type ToolId } from '../../tools/registry.ts';
import { makeFormatters } from './formatters.ts';
import type { CalculatorContent, CalculatorDefinition, WorkingStep } from './types.ts';
import type { CalculatorWords } from '../../lib/browser/calculator-words.ts';

/** The parts of a tool entry (`content/tools/<id>.mdx`) the calculator needs. */
interface ToolData {
  fields: Record<string, { label: string; help: string }>;
  defaults: Record<string, unknown>;
  presets: { id: string; label: string; description: string; values: Record<string, unknown> }[];
}

/** The parts of the site config the calculator needs, and its words in the page's language. */
interface SiteStyle {
  currency: string;
  currencies: string[];
  locale: string;
  locales: string[];
  words: CalculatorWords;
  /** The tool's own words (`tools.<id>.*`), from `localTool`. */
  toolWords?: Record<string, string>;
}

/**
 * Builds the island's props from a tool's content entry and the site config, at build time. The
 * defaults and each preset (over the defaults) are parsed with the tool's form schema from the
 * registry, the one the island checks typed input with, so a page can never hand the island an
 * input the form would refuse. The content check reports such a value first (file, line, field);
 * should this ever see one, it names the file and field too, never a bare ZodError.
 */
export function calculatorContent(
  id: ToolId,
  entry: { filePath?: string | undefined; data: ToolData },
  site: SiteStyle,
): CalculatorContent {
  const schema = toolSchema(id);
  const tool = entry.data;
  const file = entry.filePath ?? `content/tools/${id}.mdx`;
  const defaults = parseOrExplain(schema, tool.defaults, file, 'defaults');
  return {
    fields: tool.fields,
    defaults,
    presets: tool.presets.map((p, i) => {
      const merged = parseOrExplain(schema, { ...defaults, ...p.values }, file, `presets[${i}].values`);
      const values = Object.fromEntries(Object.keys(p.values).map((k) => [k, merged[k]!]));
      return { id: p.id, label: p.label, description: p.description, values };
    }),
    currency: site.currency,
    currencies: site.currencies,
    locale: site.locale,
    locales: site.locales,
    words: site.words,
    ...(site.toolWords ? { toolWords: site.toolWords } : {}),
  };
}

/** `schema.parse`, with a failure written as the content check writes it: `file: field "defaults.x": message`. */
export function parseOrExplain(schema: z.ZodType, values: unknown, file: string, at: string): Record<string, number | string> {
  const result = schema.safeParse(values);
  if (result.success) return result.data as Record<string, number | string>;
  const lines = result.error.issues.map(
    (issue) => `${file}: field "${[at, ...issue.path.map(String)].join('.')}": ${issue.message} (run npm run check:content)`,
  );
  throw new Error(`The tool's content does not pass its form schema:\n  ${lines.join('\n  ')}`);
}

/**
 * The working for the defaults, as the island would show it: the tool page renders it inside
 * <noscript> at build time, for readers without JavaScript (the island loads its working only when
 * it is opened).
 */
export async function defaultWorking<I, R>(def: CalculatorDefinition<I, R>, content: CalculatorContent): Promise<WorkingStep[]> {
  const input = content.defaults as I;
  const fmt = makeFormatters({ currency: content.currency, locale: content.locale, words: content.words });
  const labels = Object.fromEntries(Object.entries(content.fields).map(([key, f]) => [key, f.label]));
  const working = await def.working();
  return working({ input, result: def.calculate(input), fmt, labels });
}
