// A tool's form declaration (./fields.ts) as a zod schema, for the code that runs at build time
// (the content check validates each tool's defaults and presets with it; the tool pages parse
// their props with it) and for tests. The browser never loads this module: it checks input with
// the declarations themselves (src/lib/browser/inputs.ts), which follow the same rules.
import { z } from 'astro/zod';
import type { FieldDecl, Fields, FormDecl, InputOf } from './fields.ts';

/** One input's zod schema: its range, whole-number rule, options or length, with the unit in its metadata; `message` replaces zod's words. */
export function fieldSchema(decl: FieldDecl, message?: string): z.ZodType {
  const error = message === undefined ? {} : { error: message };
  if (decl.kind === 'choice') return z.enum(decl.options as [string, ...string[]], error);
  // An input with an `absent` value may be left out (it then holds its `absent` value).
  if (decl.kind === 'text') {
    const t = z.string(error).max(decl.maxLength, error);
    return decl.absent === undefined ? t : t.optional();
  }
  const n = z.number(error).min(decl.min, error).max(decl.max, error);
  const typed = (decl.integer ? n.int(error) : n).meta({ unit: decl.unit });
  return decl.absent === undefined ? typed : typed.optional();
}

/** The zod object of a form: one schema per input, typed as the input it checks. */
export type InputSchema<F extends Fields> = z.ZodObject<{ [K in keyof F]: z.ZodType<InputOf<F>[K & keyof InputOf<F>]> }, z.core.$strict>;

/**
 * The whole form as one strict object schema, its cross-field rules reported at the input each
 * names. `messages` gives the content check's own words for a bad value of an input, by key.
 */
export function inputSchema<F extends Fields>(form: FormDecl<F>, messages: Partial<Record<keyof F, string>> = {}): InputSchema<F> {
  const shape = Object.fromEntries(Object.entries(form.fields).map(([key, decl]) => [key, fieldSchema(decl, messages[key])]));
  const object = z.object(shape).strict() as unknown as InputSchema<F>;
  const rules = form.rules?.bind(form);
  if (!rules) return object;
  return object.superRefine((input, ctx) => {
    for (const { field, message } of rules(input as InputOf<F>)) ctx.addIssue({ code: 'custom', path: [field], message });
  });
}
