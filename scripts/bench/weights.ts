// Bytes per page type of a build: HTML, CSS and JavaScript (before and after dynamic imports),
// the median and the largest page of each type. Used by the benchmark's table and JSON.
import { htmlPages } from '../../tests/dist/dist-helpers.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { TOOL_PAGES as TOOL_REGISTRY_PAGES } from '../../src/tools/registry.ts';

/** The tool pages, each its own page type, from the tool registry. */
export const TOOL_PAGES: readonly string[] = TOOL_REGISTRY_PAGES.map((p) => p.path);

/** Page types and the paths that belong to each. */
const TYPES: { type: string; match: (path: string) => boolean }[] = [
  { type: 'home', match: (p) => p === '/' },
  { type: 'failure pattern', match: (p) => /^\/failures\/[^/]+\/$/.test(p) },
  { type: 'pyramid level', match: (p) => /^\/pyramid\/[^/]+\/$/.test(p) },
  { type: 'failures index', match: (p) => p === '/failures/' },
  { type: 'glossary', match: (p) => p === '/glossary/' },
  { type: 'print (whole playbook)', match: (p) => p === '/print/' },
  ...TOOL_PAGES.map((t) => ({ type: t, match: (p: string) => p === t })),
];

/** Bytes of one page type: median and largest page. */
export interface TypeWeight {
  type: string;
  pages: number;
  /** Raw HTML bytes: median and largest. */
  htmlRaw: { median: number; max: number };
  /** Gzipped HTML bytes, median. */
  htmlGzip: number;
  /** Gzipped CSS bytes (linked and inline), median. */
  cssGzip: number;
  /** Gzipped JavaScript before any dynamic import, median. */
  jsBeforeGzip: number;
  /** Gzipped JavaScript once dynamic imports (the chart) have loaded, median. */
  jsAfterGzip: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};

/** Bytes per page type of the build in `dist`; tool pages missing from the build are listed with 0 pages. */
export function weighBuild(dist: string): TypeWeight[] {
  const paths = htmlPages(dist).map((p) => p.path);
  return TYPES.map(({ type, match }) => {
    const weights = paths
      .filter(match)
      .map((p) => pageWeight(dist, p))
      .filter((w): w is PageWeight => !!w);
    if (!weights.length)
      return { type, pages: 0, htmlRaw: { median: 0, max: 0 }, htmlGzip: 0, cssGzip: 0, jsBeforeGzip: 0, jsAfterGzip: 0 };
    return {
      type,
      pages: weights.length,
      htmlRaw: { median: median(weights.map((w) => w.html.raw)), max: Math.max(...weights.map((w) => w.html.raw)) },
      htmlGzip: median(weights.map((w) => w.html.gzip)),
      cssGzip: median(weights.map((w) => w.css.gzip)),
      jsBeforeGzip: median(weights.map((w) => w.js.beforeGzip)),
      jsAfterGzip: median(weights.map((w) => w.js.afterGzip)),
    };
  });
}

/** The same page in two builds, for the growth check: raw HTML bytes of `path` in each. */
export function htmlBytesOf(dist: string, path: string): number | null {
  return pageWeight(dist, path)?.html.raw ?? null;
}
