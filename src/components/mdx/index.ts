// The components content MDX may use, passed to <Content components={mdxComponents} />.
// The names must match ALLOWED_COMPONENTS in src/schemas/mdx.ts, which the content check enforces.
import Callout from './Callout.astro';
import Stat from './Stat.astro';
import Term from './Term.astro';

export const mdxComponents = { Stat, Term, Callout };
