import { useMemo } from 'react';
import type { NpsWords } from '../../calculators/nps/words.ts';
import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { npsDefinitionIn } from './nps-definition.ts';
import './nps.css';

/**
 * The NPS and CSAT island: the shared calculator with the NPS model. Props come from
 * content/tools/nps.mdx, and the tool's own words (`toolWords`) from `tools.nps.*` of the page
 * language's strings.
 */
export default function NpsCalculator(props: CalculatorContent) {
  const definition = useMemo(() => npsDefinitionIn(props.toolWords as NpsWords, props.locale), [props.toolWords, props.locale]);
  return <Calculator definition={definition} content={props} />;
}
