// The sections of a pyramid level or failure page, in the order the page renders them: fixed
// sections around the MDX body, whose own level-2 headings sit in between. Feeds the table of
// contents, so it can never list a section the page does not have.

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface Section {
  id: string;
  text: string;
  /** The heading's language when it is not the page's (a body standing in for a missing translation). */
  lang?: string;
}

const bodySections = (headings: Heading[], lang?: string): Section[] =>
  headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text, ...(lang ? { lang } : {}) }));

/**
 * `label`: the page language's heading of a fixed section, by its id (`for-the-customer`, `signs`,
 * `measure`, `evidence`); `bodyLang`: the language of the MDX body's headings when it is not the page's.
 */
export function levelSections(
  headings: Heading[],
  opts: { hasStats: boolean; climbTitle: string; bodyLang?: string | undefined },
  label: (id: string) => string,
): Section[] {
  const fixed = (id: string): Section => ({ id, text: label(id) });
  return [
    fixed('for-the-customer'),
    fixed('for-the-brand'),
    ...bodySections(headings, opts.bodyLang),
    fixed('signs'),
    { id: 'climb', text: opts.climbTitle },
    fixed('measure'),
    ...(opts.hasStats ? [fixed('evidence')] : []),
  ];
}

/**
 * `hasStats`: the page has evidence (studies, surveys); `hasExamples`: illustrations or anecdotes.
 * `label`: the page language's heading of a fixed section (its `sections.<id>` string).
 */
export function failureSections(
  headings: Heading[],
  opts: { hasStats: boolean; hasExamples?: boolean; bodyLang?: string | undefined },
  label: (id: string) => string,
): Section[] {
  const fixed = (id: string): Section => ({ id, text: label(id) });
  return [
    fixed('symptoms'),
    ...bodySections(headings, opts.bodyLang),
    ...(opts.hasStats ? [fixed('evidence')] : []),
    ...(opts.hasExamples ? [fixed('examples')] : []),
    fixed('plays'),
    fixed('questions'),
    fixed('related'),
  ];
}
