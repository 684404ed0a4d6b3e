import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { clvDefinition } from './clv-definition.ts';

/** The CLV island: the shared calculator with the CLV model. Props come from content/tools/clv.mdx. */
export default function ClvCalculator(props: CalculatorContent) {
  return <Calculator definition={clvDefinition} content={props} />;
}
