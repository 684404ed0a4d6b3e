// Discounting shared by the calculators. Rates here are SHARES (0.05 = 5%); the input schemas
// take PERCENT 0-100 and convert once, at the top of each `calculate` function.

/** Converts a percentage as typed (PERCENT 0-100, e.g. 5 for 5%) into a share 0-1. */
export const share = (percent: number): number => percent / 100;

/** Discount factor for cash arriving at the end of year `t` (whole years): 1 / (1 + rate)^t, rate a share 0-1. */
export const discountFactor = (rate: number, t: number): number => 1 / (1 + rate) ** t;

/**
 * Net present value (money) of yearly flows (money), where `flows[t]` arrives at the end of year t
 * (so `flows[0]`, year 0, is not discounted), at `rate`, a share 0-1 per year.
 */
export function npv(rate: number, flows: readonly number[]): number {
  let total = 0;
  flows.forEach((flow, t) => {
    total += flow * discountFactor(rate, t);
  });
  return total;
}

/** Keeps `value` inside [min, max]. */
export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** `value` when it is a finite number, else null (a ratio whose divisor is 0 or vanishingly small). */
export const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);
