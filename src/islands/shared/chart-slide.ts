// What every lazily loaded chart module shares: colours read from the theme (and the light
// theme's whatever the page shows), following theme changes, and the slide image (issue 14): a
// 1600 x 900 PNG in the light theme with a title, a units line and a footer naming the site, the
// tool and where the numbers came from, saved as a file or put on the clipboard. Imported only by
// modules that are themselves loaded with import() (chart-render.ts, radar-draw.ts), so none of it
// weighs on a page's first load.
import { saveFile } from '../../lib/browser/download.ts';

/** Colours of a theme as rgb() strings, and the font, for drawing on a canvas. */
export interface Palette {
  accent: string;
  text: string;
  muted: string;
  border: string;
  background: string;
  font: string;
}

/** Resolves a CSS colour (including var() and color-mix()) to rgb() via a probe and one pixel. */
function resolve(host: HTMLElement, css: string): string {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = css;
  host.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const px = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!px) return computed;
  px.fillStyle = '#000';
  px.fillStyle = computed;
  px.fillRect(0, 0, 1, 1);
  const [r, g, b] = px.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

/** The palette of the theme `host` is shown in. */
export function palette(host: HTMLElement): Palette {
  return {
    accent: resolve(host, 'var(--accent)'),
    text: resolve(host, 'var(--text)'),
    muted: resolve(host, 'var(--muted)'),
    border: resolve(host, 'var(--border)'),
    background: resolve(host, 'var(--bg)'),
    font: getComputedStyle(host).fontFamily,
  };
}

/**
 * The light theme's palette whatever the page's theme: a hidden element marked data-theme="light"
 * takes the light colours from theme.css, and --muted and --border are mixed there as global.css
 * mixes them (on :root they are computed once, from the page's theme).
 */
export function lightPalette(): Palette {
  const host = document.createElement('div');
  host.hidden = true;
  host.dataset['theme'] = 'light';
  host.style.setProperty('--muted', 'color-mix(in srgb, var(--text) 74%, var(--bg))');
  host.style.setProperty('--border', 'color-mix(in srgb, var(--text) 22%, var(--bg))');
  document.body.append(host);
  const p = palette(host);
  host.remove();
  return { ...p, font: getComputedStyle(document.body).fontFamily };
}

/** An rgb() colour made translucent: withAlpha('rgb(1, 2, 3)', 0.2) -> 'rgba(1, 2, 3, 0.2)'. */
export const withAlpha = (rgb: string, alpha: number): string => rgb.replace(/^rgb\((.*)\)$/, `rgba($1, ${alpha})`);

/** Calls `onChange` when the theme switches (data-theme or class on <html>, or the system preference); returns the unwatch. */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

/** Size of a slide image, px; drawn at a device pixel ratio of 1 so the file is exactly this size. */
export const SLIDE = { width: 1600, height: 900 } as const;

const TITLE_SIZE = 40;
const FOOTER_SIZE = 20;
const MARGIN = 48;
const TOP = 36;
const BOTTOM = 24;

/** The padding a slide's chart leaves for the title above and the footer below. */
export const SLIDE_PADDING = { top: TOP + TITLE_SIZE + 32, bottom: BOTTOM + FOOTER_SIZE + 24, left: MARGIN, right: MARGIN } as const;

/** What a slide image says besides the chart. */
export interface SlideText {
  /** The title along the top. */
  title: string;
  /** A line under the title saying what the values measure and their unit, where no axis title does. */
  units?: string;
  /** The line along the bottom: site, tool and where the numbers came from. */
  footer: string;
}

const UNITS_SIZE = 24;

/** Extra padding above the chart when a slide has a units line. */
export const UNITS_PADDING = UNITS_SIZE + 16;

/** Paints the slide's background; call before the chart draws. */
export function paintSlideBackground(ctx: CanvasRenderingContext2D, width: number, height: number, p: Palette): void {
  ctx.save();
  ctx.fillStyle = p.background;
  ctx.fillRect(0, 0, width, height);
  ctx.restore();
}

/** Writes the slide's title and footer; call after the chart draws. */
export function writeSlideText(ctx: CanvasRenderingContext2D, width: number, height: number, p: Palette, text: SlideText): void {
  ctx.save();
  ctx.fillStyle = p.text;
  ctx.textBaseline = 'top';
  ctx.font = `bold ${TITLE_SIZE}px ${p.font}`;
  ctx.fillText(text.title, MARGIN, TOP, width - 2 * MARGIN);
  ctx.fillStyle = p.muted;
  if (text.units) {
    ctx.font = `${UNITS_SIZE}px ${p.font}`;
    ctx.fillText(text.units, MARGIN, TOP + TITLE_SIZE + 14, width - 2 * MARGIN);
  }
  ctx.textBaseline = 'bottom';
  ctx.font = `${FOOTER_SIZE}px ${p.font}`;
  ctx.fillText(text.footer, MARGIN, height - BOTTOM, width - 2 * MARGIN);
  ctx.restore();
}

/** The canvas as a PNG file. */
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((ok, fail) =>
    canvas.toBlob((blob) => (blob ? ok(blob) : fail(new Error('The chart could not be turned into a PNG.'))), 'image/png'),
  );
}

/** Lower-case words joined by hyphens, for file names: "CX Playbook" -> "cx-playbook". */
export const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The site's name, the tool's name (the page's h1) and the page's last path segment, read from the page. */
export function pageIdentity(): { site: string; tool: string; page: string } {
  const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content.trim() || document.title;
  const tool = document.querySelector('h1')?.textContent?.trim() ?? '';
  const page = location.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return { site, tool, page };
}

/** The footer of a slide: "<site> · <tool> · <source>". */
export function slideFooter(source: string): string {
  const { site, tool } = pageIdentity();
  return [site, tool, source].filter(Boolean).join(' · ');
}

/** The file name of a chart's slide: "<site>-<page>-<chart id>.png". */
export function slideFileName(chartId: string): string {
  const { site, page } = pageIdentity();
  return `${[slug(site), slug(page), chartId].filter(Boolean).join('-')}.png`;
}

/** What to tell the reader once a PNG is saved or copied; `{file}` is the file's name. */
export interface PngWords {
  pngCopied: string;
  pngCopyRefused: string;
  pngSaved: string;
  pngFailed: string;
}

/** The English words, for the pictures whose words are still in code (the radar). */
const PNG_WORDS: PngWords = {
  pngCopied: 'Copied the chart image.',
  pngCopyRefused: 'The browser did not allow copying the image; use Download PNG instead.',
  pngSaved: 'Saved {file}.',
  pngFailed: 'The image could not be made; the table has the same numbers.',
};

/**
 * Saves a PNG being made as `file`, or puts it on the clipboard; returns what to tell the reader
 * in `words` (a calculator's chart passes its page's). The clipboard gets the promise itself, so
 * the copy starts inside the click that asked for it.
 */
export async function deliverPng(png: Promise<Blob>, file: string, how: 'download' | 'copy', words = PNG_WORDS): Promise<string> {
  if (how === 'copy') {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      return words.pngCopied;
    } catch {
      return words.pngCopyRefused;
    }
  }
  try {
    saveFile(file, await png);
    return words.pngSaved.replace('{file}', file);
  } catch {
    return words.pngFailed;
  }
}
