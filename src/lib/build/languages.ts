// Where each language's pages live: the default language at the site's root (`/failures/x/`),
// every other under its code (`/de/failures/x/`). Paths here are site paths without the base path.
import type { Language, SiteLanguages } from '../../schemas/site.ts';

/** `''` for the default language, `/de` for German. */
export function languagePrefix(code: string, languages: SiteLanguages): string {
  return code === languages.default.code ? '' : `/${code}`;
}

/** A language-neutral site path in one language: `/failures/x/` in German is `/de/failures/x/`. */
export function localizePath(path: string, code: string, languages: SiteLanguages): string {
  return `${languagePrefix(code, languages)}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The language of a site path and the path without its language: `/de/failures/x/` -> de, `/failures/x/`. */
export function splitLanguagePath(path: string, languages: SiteLanguages): { language: Language; path: string } {
  for (const language of languages.all.slice(1)) {
    const prefix = `/${language.code}`;
    if (path === prefix || path.startsWith(`${prefix}/`)) return { language, path: path.slice(prefix.length) || '/' };
  }
  return { language: languages.default, path };
}

/** The language a page is in: Astro's `currentLocale` (undefined on a one-language site) or the default. */
export function languageOf(code: string | undefined, languages: SiteLanguages): Language {
  return languages.all.find((l) => l.code === code) ?? languages.default;
}

/** Fills `{name}` placeholders: `fill('Level {n}', { n: 2 })` -> `Level 2`; an unknown name stays as written. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Folders of the output that are files, not pages, so their links never get a language prefix. */
const NOT_PAGES = /^(_astro|pagefind|og)\//;

/**
 * Points a page's own links at the pages of its language: in a German page `href="/failures/"`
 * becomes `href="/de/failures/"`. Only links to pages change (paths ending in `/`, before any `?` or
 * `#`, on `<a>`, `<area>` and `<form action>`); files, other sites, links already in a language and
 * links that name their language (`hreflang`: the switcher, the alternates) keep theirs. One pass
 * over the HTML, so every link the layouts, pages, content and islands render follows the page's
 * language without each of them knowing it.
 */
export function localizeLinks(html: string, code: string, languages: SiteLanguages, base = '/'): string {
  const prefix = languagePrefix(code, languages);
  if (!prefix) return html;
  const root = base.endsWith('/') ? base : `${base}/`;
  const codes = languages.all.slice(1).map((l) => l.code);
  return html.replace(/<(a|area|form)\b[^>]*>/gi, (tag) => {
    if (/\shreflang=/i.test(tag)) return tag;
    return tag.replace(/(\s(?:href|action)=")([^"]*)"/gi, (whole, attr: string, url: string) => {
      if (!url.startsWith(root)) return whole;
      const rest = url.slice(root.length);
      const path = rest.split(/[?#]/)[0] ?? '';
      if (NOT_PAGES.test(rest) || (path !== '' && !path.endsWith('/'))) return whole;
      if (codes.some((c) => path === `${c}/` || path.startsWith(`${c}/`))) return whole;
      return `${attr}${root}${prefix.slice(1)}/${rest}"`;
    });
  });
}
