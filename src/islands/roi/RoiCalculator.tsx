import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { roiDefinition } from './roi-definition.ts';

/** The CX ROI island: the shared calculator with the ROI model. Props come from content/tools/roi.mdx. */
export default function RoiCalculator(props: CalculatorContent) {
  return <Calculator definition={roiDefinition} content={props} />;
}
