import { useMemo } from 'react';
import type { RoiWords } from '../../calculators/roi/words.ts';
import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { roiDefinitionIn } from './roi-definition.ts';
import { RoiExtra } from './RoiExtra.tsx';

/**
 * The CX ROI island: the shared calculator with the ROI model and its ranges section, which only
 * the page (not the business case's worker) needs. Props come from content/tools/roi.mdx, and the
 * tool's own words (`toolWords`) from `tools.roi.*` of the page language's strings.
 */
export default function RoiCalculator(props: CalculatorContent) {
  const definition = useMemo(
    () => ({ ...roiDefinitionIn(props.toolWords as RoiWords, props.locale), extra: RoiExtra }),
    [props.toolWords, props.locale],
  );
  return <Calculator definition={definition} content={props} />;
}
