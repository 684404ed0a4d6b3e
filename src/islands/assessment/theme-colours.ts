// Colours for canvas drawing, read from the theme's CSS custom properties at draw time, so the
// chart follows the site's branding and the light or dark theme.

/** An `rgb(r, g, b)` colour string as computed by the browser for a CSS colour value. */
function resolve(value: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = value;
  probe.hidden = true;
  document.body.append(probe);
  const rgb = getComputedStyle(probe)
    .color.match(/[\d.]+/g)
    ?.map(Number) ?? [0, 0, 0];
  probe.remove();
  return [rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0];
}

const rgba = ([r, g, b]: [number, number, number], a = 1) => `rgba(${r}, ${g}, ${b}, ${a})`;

/** The chart colours of the theme currently shown. */
export function themeColours() {
  const accent = resolve('var(--accent)');
  const text = resolve('var(--text)');
  return {
    accent: rgba(accent),
    accentFill: rgba(accent, 0.18),
    text: rgba(text),
    grid: rgba(text, 0.22),
    faint: rgba(text, 0.1),
  };
}

/** Calls `onChange` when the theme switches (data-theme on <html>, or the system preference). */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}
