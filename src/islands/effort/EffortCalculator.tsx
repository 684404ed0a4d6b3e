import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { effortDefinition } from './effort-definition.ts';

/** The customer effort island: the shared calculator with the effort model. Props come from content/tools/effort.mdx. */
export default function EffortCalculator(props: CalculatorContent) {
  return <Calculator definition={effortDefinition} content={props} />;
}
