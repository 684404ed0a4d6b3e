// The MDX body rule of content: the only components a .mdx file in content/ may use, and what each
// attribute must name. The content check (src/lib/content/mdx.ts) enforces it; the components
// themselves are src/components/mdx/, whose index must offer exactly these names.
import type { CollectionName } from './index.ts';

/** An MDX component editors may use, with the attributes it takes. */
export interface AllowedComponent {
  /** Attribute name -> the collection its value must be an id of, or null for free text. */
  attributes: Record<string, CollectionName | null>;
  /** Attributes that must be present. */
  required: string[];
  /** One line shown to editors in error messages and CONTRIBUTING.md. */
  usage: string;
}

/**
 * The only components content MDX may use. The content check rejects any other component,
 * any `import`/`export`, and any `{expression}`, so content can never run code at build time.
 */
export const ALLOWED_COMPONENTS: Record<string, AllowedComponent> = {
  Stat: {
    attributes: { id: 'stats' },
    required: ['id'],
    usage: '<Stat id="stat-id" /> prints a statistic with its citation',
  },
  Term: {
    attributes: { id: 'glossary' },
    required: ['id'],
    usage: '<Term id="term-id">words</Term> links words to a glossary entry',
  },
  Callout: {
    attributes: { title: null },
    required: ['title'],
    usage: '<Callout title="Example">…</Callout> sets an example or warning apart',
  },
};
