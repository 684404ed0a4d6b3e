import { z } from 'astro/zod';
import { idList, idRef, order, text } from './common.ts';

/** A list of failure patterns as one source presents it (`content/failure-groups/<id>.yaml`). */
export const FailureGroupSchema = z
  .object({
    /** Heading of the group on /failures/, e.g. "Six reasons CX programmes fail". */
    title: text(),
    /** Position of the group on /failures/ (unique). */
    order: order(),
    /** One or two sentences introducing the list. */
    intro: text(),
    /** The source article the list comes from (id in `content/sources/`). */
    source: idRef(),
  })
  .strict();

/**
 * A theme: one kind of problem the patterns inside it share, named for what goes wrong
 * (`content/failure-themes/<id>.yaml`). Themes are the main way through /failures/; the source
 * lists (`content/failure-groups/`) are the second view.
 */
export const FailureThemeSchema = z
  .object({
    /** Heading of the theme, named for what goes wrong, e.g. "Leadership and ownership". */
    title: text(),
    /** Position of the theme on /failures/ and in the reading order (unique). */
    order: order(),
    /** One or two sentences saying what the patterns in the theme have in common. */
    intro: text(),
  })
  .strict();

/** How much work a play is, roughly: an afternoon, a few days, a few weeks, or months. */
export const EFFORTS = ['hours', 'days', 'weeks', 'months'] as const;

/** One play: a step that counters a failure pattern, who takes it and roughly how long it takes. */
export const PlaySchema = z
  .object({
    /** The step, as one sentence a team can act on. */
    text: text(),
    /** The role that does it, e.g. "Leadership team" or "CX lead" (a role, never a person's name). */
    owner: text(),
    /** Roughly how much work it is: hours, days, weeks or months. */
    effort: z.enum(EFFORTS),
  })
  .strict();

/** One failure pattern (`content/failures/<id>.mdx`); the MDX body explains why it happens. */
export const FailurePatternSchema = z
  .object({
    /** Name of the pattern, used as the page heading. */
    title: text(),
    /** The group (source list) this pattern belongs to (id in `content/failure-groups/`). */
    group: idRef(),
    /** Position inside its group (unique within the group). */
    order: order(),
    /** The theme (kind of problem) this pattern belongs to (id in `content/failure-themes/`). */
    theme: idRef(),
    /** Position inside its theme, which is the reading order (unique within the theme). */
    themeOrder: order(),
    /** The pattern in one sentence. */
    summary: text(),
    /** Symptoms a team can observe when the pattern is present. */
    symptoms: z.array(text()).min(1),
    /** The plays that counter the pattern, each with its owner and effort; readers tick them into My plan. */
    plays: z.array(PlaySchema).min(1),
    /** Key questions to ask in a review. */
    questions: z.array(text()).min(1),
    /** Source articles the pattern is drawn from (ids in `content/sources/`); at least one. */
    sources: idList().min(1),
    /** Statistics that evidence the pattern (ids in `content/stats/`). */
    stats: idList().default([]),
    /** Pyramid levels the pattern holds an organisation back from (ids in `content/pyramid/`). */
    levels: idList().min(1),
    /** Tools that help counter the pattern (ids in `content/tools/`). */
    tools: idList().default([]),
    /** Other patterns describing the same or a neighbouring failure (ids in `content/failures/`). */
    related: idList().default([]),
    /** Glossary terms this page relies on (ids in `content/glossary/`). */
    terms: idList().default([]),
  })
  .strict();

export type FailurePattern = z.infer<typeof FailurePatternSchema>;
export type FailureGroup = z.infer<typeof FailureGroupSchema>;
export type FailureTheme = z.infer<typeof FailureThemeSchema>;
export type Play = z.infer<typeof PlaySchema>;
export type Effort = (typeof EFFORTS)[number];
