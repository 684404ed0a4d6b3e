import { useMemo } from 'react';
import type { EffortWords } from '../../calculators/effort/words.ts';
import { Calculator } from '../calculator/Calculator.tsx';
import type { CalculatorContent } from '../calculator/types.ts';
import { effortDefinitionIn } from './effort-definition.ts';

/**
 * The customer effort island: the shared calculator with the effort model. Props come from
 * content/tools/effort.mdx, and the tool's own words (`toolWords`) from `tools.effort.*` of the
 * page language's strings.
 */
export default function EffortCalculator(props: CalculatorContent) {
  const definition = useMemo(() => effortDefinitionIn(props.toolWords as EffortWords), [props.toolWords]);
  return <Calculator definition={definition} content={props} />;
}
