/** One band of the pyramid diagram, in the 600 x 410 viewBox. */
export interface Band {
  /** SVG polygon points. */
  points: string;
  /** Vertical centre for the label. */
  textY: number;
  /** y of the band's top (narrow) edge. */
  top: number;
  /** y of the band's bottom (wide) edge. */
  bottom: number;
}

/** The label font size in viewBox units (the diagrams' CSS sets the same). */
export const LABEL_SIZE = 26;

/** Half the pyramid's width at height y of the viewBox: 110 at the cut-off apex, 298 at the base. */
export const halfWidthAt = (y: number, height = 400) => 110 + (188 * (y - 5)) / height;

/**
 * Bands of an upright pyramid, index 0 the base. The apex is cut flat so the top label fits:
 * the half-width grows linearly from 110 at the top to 298 at the base.
 */
export function pyramidBands(count: number, height = 400, gap = 6): Band[] {
  const step = height / count;
  const f = (n: number) => Math.round(n * 10) / 10;
  return Array.from({ length: count }, (_, i) => {
    const bottom = height - i * step + 5;
    const top = bottom - step + gap;
    const [hb, ht] = [halfWidthAt(bottom, height), halfWidthAt(top, height)];
    return {
      points: `${f(300 - hb)},${f(bottom)} ${f(300 + hb)},${f(bottom)} ${f(300 + ht)},${f(top)} ${f(300 - ht)},${f(top)}`,
      textY: f((top + bottom) / 2),
      top: f(top),
      bottom: f(bottom),
    };
  });
}

/** A band's label laid out to fit inside it: one or two lines, each with its vertical centre. */
export interface BandLabel {
  /** The first line starts with the level number. */
  lines: { text: string; y: number }[];
}

/**
 * Average advance of a bold sans-serif character, in em. Generous (bold Arial's lowercase averages
 * about 0.56 em), so a label judged to fit does so in whichever font of the stack the reader has.
 */
const CHAR_EM = 0.62;
/** Clear space kept between a line's ends and the band's slanted sides, in em. */
const SIDE_EM = 0.5;
/** Distance between two lines' centres, in em. */
const LINE_EM = 1.15;

/** Estimated width of a line of text at the label size, in viewBox units. */
const widthOf = (text: string) => text.length * CHAR_EM * LABEL_SIZE;

/** Whether lines centred at `ys` fit between the band's sides at the top of their glyphs (the narrower end). */
function fits(band: Band, lines: { text: string; y: number }[]): boolean {
  return lines.every(({ text, y }) => {
    const glyphTop = y - 0.6 * LABEL_SIZE;
    if (glyphTop < band.top || y + 0.6 * LABEL_SIZE > band.bottom) return false;
    return widthOf(text) / 2 + SIDE_EM * LABEL_SIZE <= halfWidthAt(glyphTop);
  });
}

/**
 * The label "<number> <title>" on one line when it fits inside the band, otherwise on two lines
 * broken at the space that makes the longer line shortest. Every level's label is checked against
 * its band in the browser at several widths (tests/e2e/pyramid.spec.ts).
 */
export function bandLabel(band: Band, number: number, title: string): BandLabel {
  const one = [{ text: `${number} ${title}`, y: band.textY }];
  if (fits(band, one)) return { lines: one };
  const words = title.split(/\s+/);
  const offset = (LINE_EM * LABEL_SIZE) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  let best: { text: string; y: number }[] | undefined;
  let bestWidth = Infinity;
  for (let k = 1; k <= words.length; k++) {
    const first = [String(number), ...words.slice(0, k)].join(' ');
    const second = words.slice(k).join(' ');
    if (!second) continue;
    const longest = Math.max(widthOf(first), widthOf(second));
    if (longest < bestWidth) {
      bestWidth = longest;
      best = [
        { text: first, y: round(band.textY - offset) },
        { text: second, y: round(band.textY + offset) },
      ];
    }
  }
  return { lines: best ?? one };
}
