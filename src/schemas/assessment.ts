import { z } from 'astro/zod';
import { idList, idRef, order, text } from './common.ts';

/** One statement a respondent rates from 1 (strongly disagree) to 5 (strongly agree). */
const StatementSchema = z
  .object({
    /** Id unique inside the dimension; kept stable so share links and history survive edits. */
    id: idRef(),
    /** The statement, written so that agreeing means more mature. */
    text: text(),
  })
  .strict();

/** One dimension of the maturity self-assessment (`content/assessment/dimensions/<id>.yaml`). */
export const DimensionSchema = z
  .object({
    /** Name of the dimension, e.g. "Ownership". */
    title: text(),
    /** Position in the questionnaire (unique). */
    order: order(),
    /** One sentence saying what the dimension covers. */
    description: text(),
    /** Weight in the overall score, relative to the other dimensions (greater than 0). */
    weight: z.number().positive().default(1),
    /** Failure patterns this dimension detects (ids in `content/failures/`); at least one. */
    failures: idList().min(1),
    /** The statements rated for this dimension; at least one. */
    statements: z.array(StatementSchema).min(1),
  })
  .strict();

/** A maturity stage: a band of the overall score (0-100). */
const StageSchema = z
  .object({
    /** Name of the stage, e.g. "Emerging". */
    name: text(),
    /** Lowest overall score (0-100, inclusive) that falls in this stage. */
    min: z.number().min(0).max(100),
    /** What this stage means, in a sentence; what to do next comes from the weakest dimensions, not from the stage. */
    description: text(),
  })
  .strict();

/** One yes/no question about a pyramid level. */
const PyramidQuestionSchema = z
  .object({
    /** The pyramid level asked about (id in `content/pyramid/`). */
    level: idRef(),
    /** The question; "yes" means the level is met. */
    question: text(),
  })
  .strict();

/** The questionnaire's frame (`content/assessment/model.yaml`): scale, stages, pyramid questions. */
export const AssessmentModelSchema = z
  .object({
    /** Version of the questionnaire; bump it when statements change meaning, so old share links are recognised. */
    version: z.number().int().min(1),
    /** Labels of the agreement scale, from 1 (strongly disagree) to 5 (strongly agree). */
    scale: z.array(text()).length(5),
    /** Label of the "don't know" answer, which leaves a statement unanswered. */
    dontKnow: text(),
    /** Stages in ascending order of `min`; the first starts at 0. */
    stages: z.array(StageSchema).min(2),
    /** One question per pyramid level, levels 1 to 5. */
    pyramid: z.array(PyramidQuestionSchema).length(5),
    /** Spread (standard deviation, in score points) above which the team view flags disagreement. */
    disagreementThreshold: z.number().positive().default(20),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.stages[0] && m.stages[0].min !== 0)
      ctx.addIssue({ code: 'custom', path: ['stages', 0, 'min'], message: 'the first stage must start at 0' });
    m.stages.forEach((s, i) => {
      const prev = m.stages[i - 1];
      if (prev && s.min <= prev.min)
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'min'],
          message: `must be greater than the previous stage's min (${prev.min})`,
        });
    });
  });

export type Dimension = z.infer<typeof DimensionSchema>;
export type AssessmentModel = z.infer<typeof AssessmentModelSchema>;
