// Open Graph images: one 1200 x 630 PNG per page, drawn at build time from the page's title and the
// site's name, logo and light colours, so a link pasted into chat or a slide shows what it is.
// Satori lays the card out and turns its text into SVG paths (with Inter, shipped by
// @fontsource/inter, so no font is fetched); resvg turns the SVG into a PNG.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import type { SiteConfig } from '../../schemas/site.ts';

/** Width and height of every Open Graph image, in pixels (the size Facebook, LinkedIn and Slack expect). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Where a page's image is written, from the page's path without the base: `/` -> `/og/index.png`, `/failures/x/` -> `/og/failures/x.png`. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\/index\.html$|\.html$/, '');
  return `/og/${trimmed || 'index'}.png`;
}

/** What one card shows. */
export interface OgCard {
  /** The page's title (the site's name on the home page). */
  title: string;
  /** The site's name, shown above the title. */
  siteTitle: string;
  /** The site's light colours: the card is drawn on the light background. */
  colours: SiteConfig['colours']['light'];
  /** The site's logo as a data: URL, or undefined to leave it out. */
  logo?: string | undefined;
}

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** The title's font size: smaller for longer titles, so every title fits in at most four lines. */
export function titleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 60) return 64;
  return 52;
}

/** The drawing's version, part of every cache key: bump it when renderOgImage draws differently. */
const CARD_VERSION = 2;

/** A key that changes whenever anything drawn on the card changes (the cache file's name). */
export function cardKey(card: OgCard): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, card.title, card.siteTitle, card.colours, card.logo ?? '']))
    .digest('hex')
    .slice(0, 20);
}

/** Space between the card's sides and its text, in pixels. */
const PAD_X = 80;

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

/** The card as a PNG. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ];
  const { background, text, accent } = card.colours;
  const brand = el('div', { display: 'flex', alignItems: 'center', gap: 24, fontSize: 36, color: text }, [
    ...(card.logo ? [el('img', { width: 64, height: 64 }, undefined, { src: card.logo, width: 64, height: 64 })] : []),
    el('div', { display: 'flex' }, card.siteTitle),
  ]);
  const title = el(
    'div',
    {
      display: 'flex',
      width: OG_WIDTH - 2 * PAD_X,
      fontSize: titleSize(card.title),
      fontWeight: 700,
      lineHeight: 1.15,
      color: text,
      textWrap: 'balance',
    },
    card.title,
  );
  const body = el(
    'div',
    { display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: `56px ${PAD_X}px 72px` },
    [brand, title],
  );
  const root = el('div', { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background, fontFamily: 'Inter' }, [
    el('div', { display: 'flex', height: 24, background: accent }),
    body,
  ]);
  const svg = await satori(root as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return Buffer.from((await renderAsync(svg, { fitTo: { mode: 'width', value: OG_WIDTH } })).asPng());
}
