// An independent oracle for the cost-of-churn model: the base followed year by year in a plain
// loop, from the definitions in docs/methods/churn.md, with no import from src/calculators/churn
// (the code it checks) and no shared helper. Percentages come in as PERCENT 0-100.

export interface OracleChurnInput {
  customers: number;
  churn: number;
  revenuePerCustomer: number;
  margin: number;
  replacementCost: number;
  horizon: number;
  discountRate: number;
  churnCut: number;
}

/** Today's base followed for `years` years with churn `churnPercent`, nobody replaced: margin (or revenue) lost, discounted. */
function simulateLoss(customers: number, churnPercent: number, perCustomer: number, discountPercent: number, years: number): number {
  let active = customers;
  let growth = 1;
  let lostTotal = 0;
  for (let year = 1; year <= years; year++) {
    growth = growth * (1 + discountPercent / 100);
    // Everyone who left at an earlier year end buys nothing this year.
    lostTotal += ((customers - active) * perCustomer) / growth;
    active = active - (active * churnPercent) / 100;
  }
  return lostTotal;
}

export function oracleChurn(i: OracleChurnInput) {
  const marginPerCustomer = (i.revenuePerCustomer * i.margin) / 100;
  const leavers = (i.customers * i.churn) / 100;
  let spend = 0;
  let kept = 0;
  let survival = 1;
  let growth = 1;
  for (let year = 1; year <= i.horizon; year++) {
    growth *= 1 + i.discountRate / 100;
    spend += (leavers * i.replacementCost) / growth;
    kept += (marginPerCustomer * survival) / growth;
    survival *= 1 - i.churn / 100;
  }
  const marginLost = simulateLoss(i.customers, i.churn, marginPerCustomer, i.discountRate, i.horizon);
  const worth = (points: number) => {
    const after = i.churn - points < 0 ? 0 : i.churn - points;
    return marginLost - simulateLoss(i.customers, after, marginPerCustomer, i.discountRate, i.horizon);
  };
  return {
    customersLostPerYear: leavers,
    revenueLostPerYear: leavers * i.revenuePerCustomer,
    marginLostPerYear: leavers * marginPerCustomer,
    standStillSpendPerYear: leavers * i.replacementCost,
    standStillSpendHorizon: spend,
    revenueLostHorizon: simulateLoss(i.customers, i.churn, i.revenuePerCustomer, i.discountRate, i.horizon),
    marginLostHorizon: marginLost,
    valueOfOneKept: kept,
    cutValues: [worth(1), worth(2), worth(5), worth(i.churnCut)],
  };
}
