// Calculator state in the URL's fragment (#orderValue=40&retention=60&currency=EUR): the fragment
// is never sent to the server, so a share link carries the reader's numbers without them leaving
// the browser. This module writes it and recognises it; reading it back, with every value
// checked, is ./url-state.ts, which a calculator loads only when there is something to read.
import type { NumberStyle } from '../../shared/format.ts';
import type { InputValue } from './inputs.ts';

/** The key of a share link that carries one saved scenario (src/lib/browser/scenarios.ts), repeated for each. */
export const SCENARIO_KEY = 'scenario';

/** Keys of a share link that hold the number style rather than an input. */
export const STYLE_KEYS = ['currency', 'locale'] as const;

/** Writes inputs (and optionally the currency and locale) as a fragment without the leading '#'. */
export function encodeState(values: Readonly<Record<string, InputValue>>, style?: Partial<NumberStyle>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (typeof value === 'string' || Number.isFinite(value)) params.set(key, String(value));
  if (style?.currency) params.set('currency', style.currency);
  if (style?.locale) params.set('locale', style.locale);
  return params.toString();
}

/** Whether a fragment holds calculator state (key=value pairs) rather than a heading anchor like "#method". */
export const isStateHash = (hash: string): boolean => hash.replace(/^#/, '').includes('=');
