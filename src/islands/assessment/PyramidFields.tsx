// The five pyramid questions, one yes/no/don't-know group per level, base first.
import type { Ref } from 'react';
import type { AssessmentAnswers, PyramidAnswer } from '../../calculators/assessment/answers.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import { RadioGroup } from './RadioGroup.tsx';
import type { LevelInfo } from '../../data/assessment.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';

interface Props {
  q: Questionnaire;
  w: AssessmentWords;
  levels: LevelInfo[];
  answers: AssessmentAnswers;
  onAnswer: (level: string, value: PyramidAnswer) => void;
  /** Receives the title heading, which is focused when this step opens. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}

export function PyramidFields({ q, w, levels, answers, onAnswer, headingRef }: Props) {
  const options = [
    { value: 'yes' as const, label: w.answerYes },
    { value: 'no' as const, label: w.answerNo },
    { value: 'dontKnow' as const, label: q.dontKnow },
  ];
  return (
    <section className="as-dimension" id="pyramid-questions" aria-labelledby="pyramid-questions-title">
      <h3 id="pyramid-questions-title" tabIndex={-1} ref={headingRef}>
        {w.pyramidQuestions}
      </h3>
      <p className="as-muted">{w.pyramidQuestionsIntro}</p>
      {q.pyramid.map((p, i) => {
        const level = levels.find((l) => l.id === p.level);
        return (
          <RadioGroup
            key={p.level}
            name={`pyramid--${p.level}`}
            legend={fill(w.pyramidQuestion, { level: level?.level ?? i + 1, title: level?.title ?? '', question: p.question })}
            options={options}
            value={answers.pyramid[p.level]}
            onChange={(v) => onAnswer(p.level, v)}
            className="as-yesno"
          />
        );
      })}
    </section>
  );
}
