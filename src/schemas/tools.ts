import { z } from 'astro/zod';
import { idList, idRef, order, text } from './common.ts';

/** The calculators the project implements; a tool page names the one it shows. */
export const CALCULATORS = ['clv', 'roi', 'nps', 'assessment'] as const;

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
    /** Which calculator model the page runs. */
    calculator: z.enum(CALCULATORS),
    /** Label and help text for each input, keyed by the input's name in the model's schema. */
    fields: z.record(z.string(), FieldTextSchema).default({}),
    /** Starting inputs; checked against the calculator's input schema at build time. */
    defaults: z.record(z.string(), InputValue).default({}),
    /** Presets; each (over the defaults) is checked against the calculator's input schema. */
    presets: z.array(PresetSchema).default([]),
    /** Pyramid levels the tool supports (ids in `content/pyramid/`). */
    levels: idList().default([]),
    /** Glossary terms the page relies on (ids in `content/glossary/`). */
    terms: idList().default([]),
  })
  .strict();

export type Tool = z.infer<typeof ToolSchema>;
