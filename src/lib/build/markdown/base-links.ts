// Editors write site links from the root (`/failures/lack-of-ownership/`); when the site is
// hosted under a sub-folder, this Markdown plugin prefixes the base path so the links still work.
// It runs in Sätteri, Astro's native Markdown and MDX compiler: the JavaScript remark pipeline
// it replaced took about 7 of the 27 seconds of a 1,000-page build.

/** `url` with `base` prefixed when it is root-relative (`/x/`, not `//host`) and not prefixed yet. */
export function withBaseLink(url: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || !url.startsWith('/') || url.startsWith('//') || url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}

interface UrlNode {
  url: string;
}

interface Context {
  setProperty(node: UrlNode, key: 'url', value: string): void;
}

/** A Sätteri mdast plugin: prefixes `base` to every root-relative link and link definition. */
export function baseLinks(options: { base: string }) {
  const visit = (node: UrlNode, ctx: Context) => {
    const url = withBaseLink(node.url, options.base);
    if (url !== node.url) ctx.setProperty(node, 'url', url);
  };
  return { name: 'cx-playbook:base-links', link: visit, definition: visit };
}
