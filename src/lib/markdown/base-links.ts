// Editors write site links from the root (`/failures/lack-of-ownership/`); when the site is
// hosted under a sub-folder, this remark plugin prefixes the base path so the links still work.

interface LinkNode {
  type: string;
  url?: string;
  children?: LinkNode[];
}

/** Prefixes `base` to every root-relative link (`/x/`, not `//host`) in a Markdown tree. */
export function remarkBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  const visit = (node: LinkNode) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/') && !node.url.startsWith('//')) {
      if (base && !node.url.startsWith(`${base}/`)) node.url = `${base}${node.url}`;
    }
    node.children?.forEach(visit);
  };
  return (tree: LinkNode) => visit(tree);
}
