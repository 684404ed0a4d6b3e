// The components content MDX may use, passed to <Content components={mdxComponents} />.
// The names must match ALLOWED_COMPONENTS in src/schemas/mdx.ts, which the content check enforces.
import Callout from './Callout.astro';
import DefaultLanguageStat from './DefaultLanguageStat.astro';
import Stat from './Stat.astro';
import Term from './Term.astro';

export const mdxComponents = { Stat, Term, Callout };

/**
 * The components for a body that is the default language's text standing in for a missing
 * translation on a page marking its own blocks' languages (/de/print/): its statistics in the
 * default language as well. Any other body: `mdxComponents`.
 */
export const mdxComponentsInDefaultLanguage = { ...mdxComponents, Stat: DefaultLanguageStat };
