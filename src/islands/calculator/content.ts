import type { z } from 'astro/zod';
import type { CalculatorContent } from './types.ts';

/** The parts of a tool entry (`content/tools/<id>.mdx`) the calculator needs. */
interface ToolData {
  fields: Record<string, { label: string; help: string }>;
  defaults: Record<string, unknown>;
  presets: { id: string; label: string; description: string; values: Record<string, unknown> }[];
}

/** The parts of the site config the calculator needs. */
interface SiteStyle {
  currency: string;
  currencies: string[];
  locale: string;
  locales: string[];
}

/**
 * Builds the island's props from a tool entry and the site config, at build time. The defaults
 * and each preset (over the defaults) are parsed with the tool's input schema, so a page can
 * never hand the island an input the schema would refuse (the content check reports it first).
 */
export function calculatorContent(schema: z.ZodObject, tool: ToolData, site: SiteStyle): CalculatorContent {
  const defaults = schema.parse(tool.defaults) as Record<string, number | string>;
  return {
    fields: tool.fields,
    defaults,
    presets: tool.presets.map((p) => {
      const merged = schema.parse({ ...defaults, ...p.values }) as Record<string, number | string>;
      const values = Object.fromEntries(Object.keys(p.values).map((k) => [k, merged[k]!]));
      return { id: p.id, label: p.label, description: p.description, values };
    }),
    currency: site.currency,
    currencies: site.currencies,
    locale: site.locale,
    locales: site.locales,
  };
}
