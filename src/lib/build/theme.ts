import type { SiteConfig } from '../../schemas/site.ts';

type Colours = SiteConfig['colours']['light'];

const vars = (c: Colours) => `--accent:${c.accent};--on-accent:${c.onAccent};--bg:${c.background};--text:${c.text};`;

/**
 * CSS custom properties for both themes. The dark theme applies when the reader's system asks
 * for it, unless they picked a theme (data-theme on <html>), which wins either way. Both dark rules
 * are for screens only, so paper always gets the light colours whatever theme the reader uses.
 */
export function themeCss(colours: SiteConfig['colours']): string {
  return [
    `:root,[data-theme="light"]{${vars(colours.light)}color-scheme:light}`,
    `@media screen and (prefers-color-scheme:dark){:root:not([data-theme="light"]){${vars(colours.dark)}color-scheme:dark}}`,
    `@media screen{[data-theme="dark"]{${vars(colours.dark)}color-scheme:dark}}`,
    '',
  ].join('\n');
}
