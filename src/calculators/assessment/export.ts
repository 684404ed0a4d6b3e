// The JSON export of a result: everything needed to read it later without the site, with the
// wording of every statement and answer as they were when it was exported.
import type { AssessmentAnswers } from './answers.ts';
import type { Questionnaire } from './questionnaire.ts';
import type { AssessmentResult } from './score.ts';

/** The exported document; scores are points 0-100 (null = unscored), unrounded. */
export interface AssessmentExport {
  tool: 'cx-maturity-self-assessment';
  questionnaireVersion: number;
  /** When it was exported (ISO 8601). */
  date: string;
  overall: number | null;
  /** True while the overall score does not hold yet (the minimum-answers rule): then there is no stage and no advice. */
  provisional: boolean;
  stage: string | null;
  pyramidLevel: number;
  weakest: string[];
  dimensions: {
    id: string;
    title: string;
    weight: number;
    score: number | null;
    /** Whether the dimension's score holds (more than half its statements rated). */
    holds: boolean;
    statements: { id: string; text: string; answer: number | 'dontKnow' | null; label: string | null }[];
  }[];
  pyramid: { level: string; question: string; answer: 'yes' | 'no' | 'dontKnow' | null }[];
}

export function buildExport(q: Questionnaire, answers: AssessmentAnswers, result: AssessmentResult, date: Date): AssessmentExport {
  return {
    tool: 'cx-maturity-self-assessment',
    questionnaireVersion: q.version,
    date: date.toISOString(),
    overall: result.overall,
    provisional: !result.holds,
    stage: result.stage?.name ?? null,
    pyramidLevel: result.pyramidLevel,
    weakest: result.weakest.map((d) => d.id),
    dimensions: q.dimensions.map((d, i) => ({
      id: d.id,
      title: d.title,
      weight: d.weight,
      score: result.dimensions[i]!.score,
      holds: result.dimensions[i]!.holds,
      statements: d.statements.map((s) => {
        const a = answers.ratings[d.id]?.[s.id] ?? null;
        return { id: s.id, text: s.text, answer: a, label: a === null ? null : a === 'dontKnow' ? q.dontKnow : q.scale[a - 1]! };
      }),
    })),
    pyramid: q.pyramid.map((p) => ({ level: p.level, question: p.question, answer: answers.pyramid[p.level] ?? null })),
  };
}
