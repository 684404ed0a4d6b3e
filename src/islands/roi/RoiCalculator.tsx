import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { roiDefinition } from './roi-definition.ts';
import { RoiExtra } from './RoiExtra.tsx';

/** The ROI definition with its ranges section, which only the page (not the business case's worker) needs. */
const definition = { ...roiDefinition, extra: RoiExtra };

/** The CX ROI island: the shared calculator with the ROI model. Props come from content/tools/roi.mdx. */
export default function RoiCalculator(props: CalculatorContent) {
  return <Calculator definition={definition} content={props} />;
}
