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

const bcp47 = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, 'must be a BCP 47 tag like en-GB');

/** One language the playbook is published in. */
const Language = z
  .object({
    /** Short code, e.g. `de`: the folder of its pages (`/de/…`), its strings file (`content/strings/de.yaml`) and its translations (`content/translations/de/`). */
    code: z.string().regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code like de'),
    /** The language's name in that language, shown in the language switcher, e.g. Deutsch. */
    name: text(),
    /** BCP 47 locale for dates and numbers on its pages, and its pages' `lang`, e.g. de-DE. */
    locale: bcp47,
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
    locale: bcp47,
    /** Locales a reader can switch number formatting to; must include `locale`. */
    locales: z.array(z.string().min(2)).min(1),
    /**
     * Languages the playbook is published in. The default one lives at the site's root, every other
     * under its code (`/de/…`). Absent: one language, the default `locale`'s (English for en-GB).
     */
    languages: z.array(Language).min(1).optional(),
    /** Code of the default language, one of `languages`; absent: the first of `languages`. */
    defaultLanguage: z.string().optional(),
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
    const codes = (c.languages ?? []).map((l) => l.code);
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i)
        ctx.addIssue({ code: 'custom', path: ['languages', i, 'code'], message: `"${code}" is listed twice; list each language once` });
    });
    if (c.defaultLanguage !== undefined && !codes.includes(c.defaultLanguage))
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLanguage'],
        message: codes.length
          ? `must be the code of one of the languages (${[...new Set(codes)].join(', ')})`
          : 'needs a "languages" list that includes it; add languages: [{ code, name, locale }]',
      });
  });

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** One language of the site, as `languages` in the site config lists it. */
export type Language = z.infer<typeof Language>;

/** The site's languages and its default one, with the config's defaults filled in. */
export interface SiteLanguages {
  /** Every language, the default one first. */
  all: Language[];
  /** The language at the site's root. */
  default: Language;
}

/**
 * The languages of a checked site config. Without `languages` the site has one language, named by
 * the default `locale`'s language subtag (en-GB gives `en`), so a one-language site needs no change.
 */
export function languagesOf(config: Pick<SiteConfig, 'languages' | 'defaultLanguage' | 'locale'>): SiteLanguages {
  const listed = config.languages ?? [{ code: config.locale.split('-')[0]!, name: config.locale.split('-')[0]!, locale: config.locale }];
  const main = listed.find((l) => l.code === config.defaultLanguage) ?? listed[0]!;
  return { all: [main, ...listed.filter((l) => l !== main)], default: main };
}
