// An independent oracle for the CX ROI model, from the definitions in docs/methods/roi.md. It follows the
// customer base year by year by multiplication (not powers), discounts by repeated division,
// and finds payback by scanning the cumulative line month by month and refining by bisection.
// It does not import src/calculators/roi (the code it checks). Percentages are PERCENT 0-100.

export interface OracleRoiInput {
  customers: number;
  revenuePerCustomer: number;
  margin: number;
  retention: number;
  retentionUplift: number;
  spendUplift: number;
  contactsPerYear: number;
  costPerContact: number;
  deflection: number;
  investment: number;
  runningCost: number;
  horizon: number;
  discountRate: number;
}

export function oracleRoi(i: OracleRoiInput) {
  const g = i.margin / 100;
  const u = i.spendUplift / 100;
  const d = i.discountRate / 100;
  let base = i.customers;
  let withProgramme = i.customers;
  const benefits = [0];
  const costs = [i.investment];
  for (let t = 1; t <= i.horizon; t++) {
    base *= i.retention / 100;
    withProgramme *= (i.retention + i.retentionUplift) / 100;
    const fromCustomers = withProgramme * i.revenuePerCustomer * (1 + u) - base * i.revenuePerCustomer;
    benefits.push(fromCustomers * g + i.contactsPerYear * (i.deflection / 100) * i.costPerContact);
    costs.push(i.runningCost);
  }
  const net = benefits.map((b, t) => b - costs[t]!);
  const presentValue = (flows: number[]) => {
    let total = 0;
    flows.forEach((f, t) => {
      let v = f;
      for (let k = 0; k < t; k++) v /= 1 + d;
      total += v;
    });
    return total;
  };
  const cumulative: number[] = [];
  net.reduce((sum, n) => (cumulative.push(sum + n), sum + n), 0);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    benefits,
    net,
    cumulative,
    npv: presentValue(net),
    totalBenefits: sum(benefits),
    totalCosts: sum(costs),
    pvBenefits: presentValue(benefits),
    pvCosts: presentValue(costs),
    paybackMonths: payback(cumulative),
  };
}

/** The cumulative net flow at month `m`, straight lines between year ends. */
function at(cumulative: number[], m: number): number {
  const y = Math.min(Math.floor(m / 12), cumulative.length - 2);
  if (y < 0) return cumulative[0]!;
  const f = (m - 12 * y) / 12;
  return cumulative[y]! + f * (cumulative[y + 1]! - cumulative[y]!);
}

/** The month after which the line stays at or above zero; null when it ends below zero. */
function payback(cumulative: number[]): number | null {
  const end = 12 * (cumulative.length - 1);
  if (cumulative.at(-1)! < 0) return null;
  // Scan backwards month by month for the last month that starts below zero.
  let lo = -1;
  for (let m = end; m >= 0; m -= 1) {
    if (at(cumulative, m) < 0 || (m % 12 === 0 && cumulative[m / 12]! < 0)) {
      lo = m;
      break;
    }
  }
  if (lo < 0) return 0;
  let a = lo;
  let b = Math.min(lo + 12, end);
  for (let k = 0; k < 200; k++) {
    const mid = (a + b) / 2;
    if (at(cumulative, mid) < 0) a = mid;
    else b = mid;
  }
  return b;
}
