// One dimension of the questionnaire: its statements, each a radio group on the agreement scale
// plus "don't know".
import type { Ref } from 'react';
import type { AssessmentAnswers, StatementAnswer } from '../../calculators/assessment/answers.ts';
import type { Questionnaire, QuestionnaireDimension } from '../../calculators/assessment/questionnaire.ts';
import { RadioGroup, type RadioOption } from './RadioGroup.tsx';

interface Props {
  q: Questionnaire;
  dim: QuestionnaireDimension;
  /** Position in the questionnaire, from 1. */
  number: number;
  answers: AssessmentAnswers;
  onRate: (dimId: string, stId: string, value: StatementAnswer) => void;
  /** Receives the title heading, which is focused when this step opens. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}

export const scaleOptions = (q: Questionnaire): RadioOption<StatementAnswer>[] => [
  ...q.scale.map((label, i) => ({ value: (i + 1) as StatementAnswer, label })),
  { value: 'dontKnow' as const, label: q.dontKnow },
];

export function DimensionFields({ q, dim, number, answers, onRate, headingRef }: Props) {
  const options = scaleOptions(q);
  return (
    <section className="as-dimension" id={`dimension-${dim.id}`} aria-labelledby={`dimension-${dim.id}-title`}>
      <h3 id={`dimension-${dim.id}-title`} tabIndex={-1} ref={headingRef}>
        <span className="as-count">{number}.</span> {dim.title}
      </h3>
      <p className="as-muted">{dim.description}</p>
      {dim.statements.map((s) => (
        <RadioGroup
          key={s.id}
          name={`${dim.id}--${s.id}`}
          legend={s.text}
          options={options}
          value={answers.ratings[dim.id]?.[s.id]}
          onChange={(v) => onRate(dim.id, s.id, v)}
          className="as-scale"
        />
      ))}
    </section>
  );
}
