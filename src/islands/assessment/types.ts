// What the assessment islands receive from the page at build time: the questionnaire and the
// words and links around it, all from content. Plain data, so Astro can serialise it.
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';

/** A pyramid level as the result shows it. */
export interface LevelInfo {
  id: string;
  /** 1 (base) to 5. */
  level: number;
  title: string;
  shortTitle: string;
  /** Link to the level's page, base path included. */
  href: string;
}

/** A failure pattern as the priorities list shows it. */
export interface FailureInfo {
  title: string;
  /** Link to the pattern's page, base path included. */
  href: string;
  /** The pattern's checklist of plays. */
  plays: string[];
}

/** Props shared by the assessment tool and the team view. */
export interface AssessmentContent {
  questionnaire: Questionnaire;
  /** Pyramid levels 1 to 5, in order. */
  levels: LevelInfo[];
  /** Every failure pattern a dimension names, by id. */
  failures: Record<string, FailureInfo>;
  /** BCP 47 locale for numbers and dates (the site's). */
  locale: string;
  /** Absolute path of the assessment tool page, base path included, e.g. /tools/assessment/. */
  toolHref: string;
}
