import { useMemo } from 'react';
import type { ChurnWords } from '../../calculators/churn/words.ts';
import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { churnDefinitionIn } from './churn-definition.ts';

/**
 * The cost-of-churn island: the shared calculator with the churn model. Props come from
 * content/tools/churn.mdx, and the tool's own words (`toolWords`) from `tools.churn.*` of the page
 * language's strings.
 */
export default function ChurnCalculator(props: CalculatorContent) {
  const definition = useMemo(() => churnDefinitionIn(props.toolWords as ChurnWords), [props.toolWords]);
  return <Calculator definition={definition} content={props} />;
}
