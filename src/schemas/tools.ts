import { z } from 'astro/zod';
import { TOOL_IDS } from '../tools/registry.ts';
import { idList, idRef, order, text } from './common.ts';

/** A value a tool input can hold in content: numbers for most fields, text for pasted data. */
const InputValue = z.union([z.number(), z.string(), z.boolean()]);

/** Words for one input field; units and ranges come from the calculator's own input schema. */
const FieldTextSchema = z
  .object({
    /** Label shown beside the input. */
    label: text(),
    /** One sentence of help shown under the input. */
    help: text(),
  })
  .strict();

/** A named set of inputs a reader can load with one click. */
const PresetSchema = z
  .object({
    /** Id of the preset, unique inside the tool; used in share links. */
    id: idRef(),
    /** Name of the preset on its button. */
    label: text(),
    /** One sentence saying what situation the preset describes. */
    description: text(),
    /** Inputs the preset sets; fields it leaves out keep the tool's defaults. */
    values: z.record(z.string(), InputValue),
  })
  .strict();

/** One tool (`content/tools/<id>.mdx`); the MDX body is the method in prose with every formula. */
export const ToolSchema = z
  .object({
    /** Name of the tool, used as the page heading. */
    title: text(),
    /** One sentence saying what the tool answers, used in lists and the meta description. */
    summary: text(),
    /** Position on /tools/ (unique). */
    order: order(),
    /** Which tool this entry is the content of: an id in src/tools/registry.ts (one entry per tool). */
    calculator: z.string().refine((id) => (TOOL_IDS as readonly string[]).includes(id), {
      message: `must name a tool in src/tools/registry.ts (${TOOL_IDS.join(', ')}); a new tool needs its line there (docs/adding-a-tool.md, step 5)`,
    }),
    /** Label and help text for each input, keyed by the input's name in the model's schema. */
    fields: z.record(z.string(), FieldTextSchema).default({}),
    /** Starting inputs; checked against the tool's form schema (src/tools/registry.ts) by the content check. */
    defaults: z.record(z.string(), InputValue).default({}),
    /** Presets; each (over the defaults) is checked against the tool's form schema. */
    presets: z.array(PresetSchema).default([]),
    /** Pyramid levels the tool supports (ids in `content/pyramid/`). */
    levels: idList().default([]),
    /** Glossary terms the page relies on (ids in `content/glossary/`). */
    terms: idList().default([]),
  })
  .strict();

export type Tool = z.infer<typeof ToolSchema>;
