import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { npsDefinition } from './nps-definition.ts';
import './nps.css';

/** The NPS and CSAT island: the shared calculator with the NPS model. Props come from content/tools/nps.mdx. */
export default function NpsCalculator(props: CalculatorContent) {
  return <Calculator definition={npsDefinition} content={props} />;
}
