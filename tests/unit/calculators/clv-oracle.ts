// An independent oracle for the CLV model: brute force from the definitions in docs/methods/clv.md, with
// no closed forms and no import from src/calculators/clv (the code it checks).
// Percentages come in as PERCENT 0-100, as in the input schema.

export interface OracleClvInput {
  orderValue: number;
  ordersPerYear: number;
  margin: number;
  retention: number;
  discountRate: number;
  acquisitionCost: number;
  horizon: number;
  retentionWhatIf: number;
}

/** Discounted margin of one acquired customer in year t: survival r^(t-1), cash at the end of year t. */
function yearValue(m: number, r: number, d: number, t: number): number {
  let survival = 1;
  for (let i = 1; i < t; i++) survival *= r;
  let growth = 1;
  for (let i = 0; i < t; i++) growth *= 1 + d;
  return (m * survival) / growth;
}

/** Sum of the series term by term until the terms stop mattering (or 20,000 years). */
function lifetime(m: number, r: number, d: number): number {
  let total = 0;
  let term = m / (1 + d);
  for (let t = 1; t <= 20_000; t++) {
    total += term;
    if (term <= Math.abs(total) * 1e-17 || term === 0) break;
    term *= r / (1 + d);
  }
  return total;
}

export function oracleClv(i: OracleClvInput) {
  const m = (i.orderValue * i.ordersPerYear * i.margin) / 100;
  const r = i.retention / 100;
  const d = i.discountRate / 100;
  let horizon = 0;
  for (let t = 1; t <= i.horizon; t++) horizon += yearValue(m, r, d, t);
  const whatIfRetention = Math.min(99, i.retention + i.retentionWhatIf);
  return {
    marginPerYear: m,
    clv: lifetime(m, r, d),
    clvHorizon: horizon,
    whatIfRetention,
    whatIfClv: lifetime(m, whatIfRetention / 100, d),
  };
}
