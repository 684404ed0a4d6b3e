/** One band of the pyramid diagram, in the 600 x 410 viewBox. */
export interface Band {
  /** SVG polygon points. */
  points: string;
  /** Vertical centre for the label. */
  textY: number;
}

/**
 * Bands of an upright pyramid, index 0 the base. The apex is cut flat so the top label fits:
 * the half-width grows linearly from 110 at the top to 298 at the base.
 */
export function pyramidBands(count: number, height = 400, gap = 6): Band[] {
  const step = height / count;
  const half = (y: number) => 110 + (188 * y) / height;
  return Array.from({ length: count }, (_, i) => {
    const bottom = height - i * step + 5;
    const top = bottom - step + gap;
    const [hb, ht] = [half(bottom - 5), half(top - 5)];
    const f = (n: number) => Math.round(n * 10) / 10;
    return {
      points: `${f(300 - hb)},${f(bottom)} ${f(300 + hb)},${f(bottom)} ${f(300 + ht)},${f(top)} ${f(300 - ht)},${f(top)}`,
      textY: f((top + bottom) / 2),
    };
  });
}
