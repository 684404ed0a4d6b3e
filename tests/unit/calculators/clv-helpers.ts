// Small helpers shared by the CLV and ROI display tests.

/** Every string anywhere inside a value (arrays and objects walked). */
export function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => texts(v, out));
  return out;
}
