// The questionnaire as the scoring model and the island see it: the content of
// content/assessment/ put in questionnaire order. Built once at build time and passed to the
// island as props, so editors change the questionnaire without touching code. The model knows
// content only by the fields it reads (QuestionnaireSource, DimensionSource below), not by its
// schemas: src/schemas/assessment.ts checks the files, and its types fit these.

/** One statement, rated 1 (strongly disagree) to 5 (strongly agree). */
export interface QuestionnaireStatement {
  /** Id unique inside its dimension. */
  id: string;
  text: string;
}

/** One dimension with its statements, in questionnaire order. */
export interface QuestionnaireDimension {
  /** The file name of `content/assessment/dimensions/<id>.yaml`. */
  id: string;
  title: string;
  description: string;
  /** Relative weight in the overall score (greater than 0). */
  weight: number;
  /** Failure pattern ids (`/failures/<id>/`). */
  failures: string[];
  statements: QuestionnaireStatement[];
}

/** A maturity stage: overall scores from `min` (0-100, inclusive) up to the next stage's min. */
export interface Stage {
  name: string;
  min: number;
  description: string;
}

/** One yes/no question about a pyramid level, in level order (index 0 = level 1). */
export interface PyramidQuestion {
  /** Pyramid level id (`/pyramid/<level>/`). */
  level: string;
  question: string;
}

/** Everything the scoring, the share links and the island need from content. */
export interface Questionnaire {
  /** The model's `version`; share links carry it. */
  version: number;
  /** Agreement labels for answers 1 to 5. */
  scale: string[];
  /** Label of the "don't know" answer. */
  dontKnow: string;
  /** Stages in ascending order of `min`, the first at 0. */
  stages: Stage[];
  /** Five questions, levels 1 to 5. */
  pyramid: PyramidQuestion[];
  /** Team spread (population SD, score points) above which a dimension is flagged. */
  disagreementThreshold: number;
  dimensions: QuestionnaireDimension[];
}

/** What the questionnaire is built from: content/assessment/model.yaml, once its schema has passed it. */
export interface QuestionnaireSource {
  version: number;
  scale: readonly string[];
  dontKnow: string;
  stages: readonly Stage[];
  pyramid: readonly PyramidQuestion[];
  disagreementThreshold: number;
}

/** One content/assessment/dimensions/<id>.yaml, once its schema has passed it. */
export interface DimensionSource {
  title: string;
  /** Position in the questionnaire. */
  order: number;
  description: string;
  weight: number;
  failures: readonly string[];
  statements: readonly QuestionnaireStatement[];
}

/**
 * Puts validated content in questionnaire order: dimensions by `order`, pyramid questions by
 * level number when `levelNumbers` (pyramid id -> 1..5) is given, else in the file's order.
 */
export function buildQuestionnaire(
  model: QuestionnaireSource,
  dimensions: readonly { id: string; data: DimensionSource }[],
  levelNumbers?: Readonly<Record<string, number>>,
): Questionnaire {
  const pyramid = model.pyramid.map((q) => ({ level: q.level, question: q.question }));
  if (levelNumbers) pyramid.sort((a, b) => (levelNumbers[a.level] ?? 99) - (levelNumbers[b.level] ?? 99));
  return {
    version: model.version,
    scale: [...model.scale],
    dontKnow: model.dontKnow,
    stages: model.stages.map((s) => ({ ...s })),
    pyramid,
    disagreementThreshold: model.disagreementThreshold,
    dimensions: [...dimensions]
      .sort((a, b) => a.data.order - b.data.order)
      .map(({ id, data }) => ({
        id,
        title: data.title,
        description: data.description,
        weight: data.weight,
        failures: [...data.failures],
        statements: data.statements.map((s) => ({ id: s.id, text: s.text })),
      })),
  };
}
