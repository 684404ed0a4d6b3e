import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { churnDefinition } from './churn-definition.ts';

/** The cost-of-churn island: the shared calculator with the churn model. Props come from content/tools/churn.mdx. */
export default function ChurnCalculator(props: CalculatorContent) {
  return <Calculator definition={churnDefinition} content={props} />;
}
