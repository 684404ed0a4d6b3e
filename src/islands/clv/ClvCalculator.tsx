import { useMemo } from 'react';
import type { ClvWords } from '../../calculators/clv/words.ts';
import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { clvDefinitionIn } from './clv-definition.ts';

/**
 * The CLV island: the shared calculator with the CLV model. Props come from content/tools/clv.mdx,
 * and the tool's own words (`toolWords`) from `tools.clv.*` of the page language's strings.
 */
export default function ClvCalculator(props: CalculatorContent) {
  const definition = useMemo(() => clvDefinitionIn(props.toolWords as ClvWords), [props.toolWords]);
  return <Calculator definition={definition} content={props} />;
}
