// A complete, valid set of inputs for the NPS tool's tests (counts mode, the sources' 67 to 68).
import type { NpsInput } from '../../../src/calculators/nps/schema.ts';

export const BASE: NpsInput = {
  previousMode: 'counts',
  previousPromoters: 370,
  previousPassives: 95,
  previousDetractors: 35,
  previousPromoterPercent: 50,
  previousPassivePercent: 30,
  previousDetractorPercent: 20,
  previousTotal: 300,
  previousScores: '',
  currentMode: 'counts',
  currentPromoters: 372,
  currentPassives: 96,
  currentDetractors: 32,
  currentPromoterPercent: 55,
  currentPassivePercent: 27,
  currentDetractorPercent: 18,
  currentTotal: 300,
  currentScores: '',
  marginOfError: 5,
  csatMode: 'satisfied',
  csat1: 12,
  csat2: 18,
  csat3: 45,
  csat4: 110,
  csat5: 115,
  csatSatisfied: 400,
  csatTotal: 500,
};

export const input = (over: Partial<NpsInput> = {}): NpsInput => ({ ...BASE, ...over });
