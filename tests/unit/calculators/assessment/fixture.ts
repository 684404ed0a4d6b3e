// A small questionnaire written out by hand, so the unit tests do not move when editors change
// the real content. Arbitraries for property tests live here too.
import fc from 'fast-check';
import type { AssessmentAnswers, StatementAnswer } from '../../../../src/calculators/assessment/answers.ts';
import type { Questionnaire, QuestionnaireDimension } from '../../../../src/calculators/assessment/questionnaire.ts';

const dim = (id: string, weight: number, statements: number): QuestionnaireDimension => ({
  id,
  title: id.toUpperCase(),
  description: `Dimension ${id}.`,
  weight,
  failures: [`${id}-failure`],
  statements: Array.from({ length: statements }, (_, i) => ({ id: `s${i + 1}`, text: `Statement ${i + 1} of ${id}.` })),
});

export const LEVELS = ['l1', 'l2', 'l3', 'l4', 'l5'];

export const STAGES = [
  { name: 'Reactive', min: 0, description: 'r' },
  { name: 'Emerging', min: 30, description: 'e' },
  { name: 'Established', min: 55, description: 'es' },
  { name: 'Leading', min: 80, description: 'l' },
];

/** Dimensions a (weight 2, 3 statements), b (1, 2), c (1, 2), d (1, 1). */
export const Q: Questionnaire = {
  version: 3,
  scale: ['SD', 'D', 'N', 'A', 'SA'],
  dontKnow: "Don't know",
  stages: STAGES,
  pyramid: LEVELS.map((level) => ({ level, question: `Is ${level} met?` })),
  disagreementThreshold: 20,
  dimensions: [dim('a', 2, 3), dim('b', 1, 2), dim('c', 1, 2), dim('d', 1, 1)],
};

const answerArb: fc.Arbitrary<StatementAnswer | undefined> = fc.oneof(
  fc.constantFrom<StatementAnswer>(1, 2, 3, 4, 5),
  fc.constant<StatementAnswer>('dontKnow'),
  fc.constant(undefined),
);

/** Any questionnaire shape: 1-8 dimensions of 1-6 statements, weights 0.1-5. */
export const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .array(fc.record({ weight: fc.double({ min: 0.1, max: 5, noNaN: true }), statements: fc.integer({ min: 1, max: 6 }) }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((dims) => ({ ...Q, dimensions: dims.map((d, i) => dim(`d${i}`, d.weight, d.statements)) }));

/** Any answers to `q`, including "don't know" and unanswered statements. */
export function answersArb(q: Questionnaire): fc.Arbitrary<AssessmentAnswers> {
  const ratings = fc.tuple(...q.dimensions.map((d) => fc.tuple(...d.statements.map(() => answerArb))));
  const pyramid = fc.tuple(
    ...q.pyramid.map(() => fc.constantFrom<'yes' | 'no' | 'dontKnow' | undefined>('yes', 'no', 'dontKnow', undefined)),
  );
  return fc.tuple(ratings, pyramid).map(([r, p]) => {
    const answers: AssessmentAnswers = { ratings: {}, pyramid: {} };
    q.dimensions.forEach((d, i) =>
      d.statements.forEach((s, j) => {
        const a = r[i]![j];
        if (a !== undefined) (answers.ratings[d.id] ??= {})[s.id] = a;
      }),
    );
    q.pyramid.forEach((x, i) => {
      const a = p[i];
      if (a !== undefined) answers.pyramid[x.level] = a;
    });
    return answers;
  });
}

/** A questionnaire together with answers to it. */
export const caseArb = questionnaireArb.chain((q) => answersArb(q).map((answers) => ({ q, answers })));
