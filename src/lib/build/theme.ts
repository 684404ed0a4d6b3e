import type { SiteConfig } from '../../schemas/site.ts';

type Colours = SiteConfig['colours']['light'];

const vars = (c: Colours) => `--accent:${c.accent};--on-accent:${c.onAccent};--bg:${c.background};--text:${c.text};`;

/**
 * CSS custom properties for both themes. The dark theme applies when the reader's system asks
 * for it, unless they picked a theme (data-theme on <html>), which wins either way. Both dark rules
 * are for screens only, so paper always gets the light colours whatever theme the reader uses.
 *
 * With `origin` (the site's URL), a printed link within the site is followed by its full address
 * (`https://…/failures/x/`) rather than the bare path global.css prints; its selector repeats
 * `[href]` to outrank that rule.
 */
export function themeCss(colours: SiteConfig['colours'], origin?: string): string {
  const rules = [
    `:root,[data-theme="light"]{${vars(colours.light)}color-scheme:light}`,
    `@media screen and (prefers-color-scheme:dark){:root:not([data-theme="light"]){${vars(colours.dark)}color-scheme:dark}}`,
    `@media screen{[data-theme="dark"]{${vars(colours.dark)}color-scheme:dark}}`,
  ];
  if (origin) {
    const quoted = JSON.stringify(origin.replace(/\/+$/, ''));
    rules.push(`@media print{main :is(p,li,dd,td,figcaption)>a[href][href^="/"]:not(.card)::after{content:" (" ${quoted} attr(href) ")"}}`);
  }
  return [...rules, ''].join('\n');
}
