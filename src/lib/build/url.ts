/** Prefixes a root-relative site path with the base path, e.g. `/failures/` -> `/playbook/failures/`. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Strips the base path from a pathname, giving the site path editors write (`/failures/`). */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return b && pathname.startsWith(b) ? pathname.slice(b.length) || '/' : pathname;
}
