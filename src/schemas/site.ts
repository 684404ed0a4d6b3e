import { z } from 'astro/zod';
import { text } from './common.ts';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');

/** Colours of one theme; each must reach WCAG AA contrast against the other it is used with. */
const ThemeColours = z
  .object({
    /** Accent for links, buttons and the pyramid's current level. */
    accent: hex,
    /** Text drawn on top of the accent colour (buttons). */
    onAccent: hex,
    /** Page background. */
    background: hex,
    /** Body text. */
    text: hex,
  })
  .strict();

/** The one site config file (`content/site.yaml`): everything an adopting organisation rebrands. */
export const SiteConfigSchema = z
  .object({
    /** Site name shown in the header, titles and Open Graph tags. */
    title: text(),
    /** One sentence describing the site, used as the default meta description. */
    description: text(),
    /** The organisation that publishes this playbook, shown in the footer. */
    organisation: text(),
    /** Logo path inside `public/` (starts with `/`), drawn in the header. */
    logo: z.string().regex(/^\/[^\s]*\.(svg|png|webp)$/, 'must be a path in public/ like /logo.svg'),
    /** Theme colours for light and dark mode. */
    colours: z.object({ light: ThemeColours, dark: ThemeColours }).strict(),
    /** Default ISO 4217 currency code for money in the tools, e.g. EUR. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like EUR'),
    /** Currencies a reader can switch the tools to; must include `currency`. */
    currencies: z.array(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like EUR')).min(1),
    /** Default BCP 47 locale for numbers and dates, e.g. en-GB. */
    locale: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, 'must be a BCP 47 tag like en-GB'),
    /** Locales a reader can switch number formatting to; must include `locale`. */
    locales: z.array(z.string().min(2)).min(1),
    /** Public origin the site is served from, without a path, e.g. https://cx.example.org. */
    siteUrl: z.url({ message: 'must be an absolute URL like https://cx.example.org' }),
    /** Sub-folder the site lives under (`/` at the domain root, `/playbook/` for a project site). */
    basePath: z.string().regex(/^\/([a-zA-Z0-9._-]+\/)*$/, 'must start and end with / like /playbook/'),
    /**
     * Offline use: a service worker keeps every page, tool and the search index in the browser after
     * a reader's first visit, so the site works without a network. `false` registers none and
     * releases readers who installed one before. Defaults to true.
     */
    offline: z.boolean().default(true),
    /** Repository for "Edit this page" links. */
    repository: z
      .object({
        /** Web address of the repository, e.g. https://github.com/acme/cx-playbook. */
        url: z.url({ message: 'must be an absolute URL' }),
        /** Branch that edit links open. */
        branch: text(),
      })
      .strict(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.currencies.includes(c.currency))
      ctx.addIssue({ code: 'custom', path: ['currencies'], message: `must include the default currency ${c.currency}` });
    if (!c.locales.includes(c.locale))
      ctx.addIssue({ code: 'custom', path: ['locales'], message: `must include the default locale ${c.locale}` });
  });

export type SiteConfig = z.infer<typeof SiteConfigSchema>;
