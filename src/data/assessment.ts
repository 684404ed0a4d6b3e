// The assessment's content as the islands receive it, read once at build time. Shared by the
// tool page and the team view. The types below are the islands' props: plain data, so Astro can
// serialise it; the islands import them as types only (nothing of src/data/ runs in the browser).
import { getCollection, getEntry } from './checked.ts';
import { buildQuestionnaire, type Questionnaire } from '../calculators/assessment/questionnaire.ts';
import { getFailuresById, getLevels } from './content';
import { site } from './site';
import { withBase } from '../lib/build/url';
import type { AssessmentWords } from '../calculators/assessment/words.ts';
import type { ChartWords } from '../lib/browser/calculator-words.ts';
import { chartWordsIn, fallbackLang, localize, localizeAll, pageLanguage, pageLocale, wordsUnder } from './i18n';

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
  /** The language of its title and plays when it is not the page's (no translation yet), for `lang`. */
  lang?: string | undefined;
}

/** Props shared by the assessment tool and the team view. */
export interface AssessmentContent {
  /**
   * True when the questionnaire (the model or a dimension) has no translation in the page's
   * language and the default language's text stands in; the page shows the fallback notice.
   */
  fallback: boolean;
  questionnaire: Questionnaire;
  /** Pyramid levels 1 to 5, in order. */
  levels: LevelInfo[];
  /** Every failure pattern a dimension names, by id. */
  failures: Record<string, FailureInfo>;
  /** BCP 47 locale for numbers and dates (the page's). */
  locale: string;
  /** The interface words in the page's language (`assessment.*` of content/strings/). */
  words: AssessmentWords;
  /** The radar chart's PNG words in the page's language (`calculator.png*`). */
  chartWords: Pick<ChartWords, 'pngDownload' | 'pngCopy' | 'pngCopied' | 'pngCopyRefused' | 'pngSaved' | 'pngFailed'>;
  /** Absolute path of the assessment tool page, base path included, e.g. /tools/assessment/. */
  toolHref: string;
  /** Absolute path of the team workshop page, base path included. */
  workshopHref: string;
}

/**
 * Words the self-assessment's own page never shows (the team view's and the workshop's, their
 * files', and the page frames' that Astro writes itself), left out of its islands' props so its
 * HTML does not carry them: keys starting with one of these.
 */
export const NOT_ON_TOOL_PAGE = ['ws', 'csv', 'ics', 'team', 'method', 'page', 'take', 'workshopCard', 'breadcrumb', 'toolIntro'] as const;

/**
 * The props of the assessment tool and the team view, from content/assessment/, the pyramid and
 * the failure patterns; words and number style in the page's language (Astro's `currentLocale`).
 */
export async function getAssessmentContent(currentLocale?: string, omit: readonly string[] = []): Promise<AssessmentContent> {
  const source = await getEntry('assessment', 'model');
  if (!source) throw new Error('content/assessment/model.yaml is missing; run npm run check:content');
  // Everything in the page's language where a translation exists. Translations keep their source's
  // ids, weights and order (the content check's `kept` fields), so the questionnaire has the same
  // shape in every language and a share link or a saved result opens in any of them.
  const { language, href } = pageLanguage(currentLocale);
  const code = language.code;
  const [model, sourceDimensions, sourceLevels] = await Promise.all([
    localize('assessment', source, code),
    getCollection('dimensions'),
    getLevels(),
  ]);
  const dimensions = await Promise.all(sourceDimensions.map((d) => localize('dimensions', d, code)));
  const levels = await localizeAll('pyramid', sourceLevels, code);
  const questionnaire = buildQuestionnaire(
    model.entry.data,
    dimensions.map((d) => d.entry),
    Object.fromEntries(levels.map((l) => [l.id, l.data.level])),
  );
  const failureIds = [...new Set(questionnaire.dimensions.flatMap((d) => d.failures))];
  const failures = await localizeAll('failures', await getFailuresById(failureIds), code);
  // Links in the page's language: the islands draw some of them only in the browser, where the
  // build's link rewriting (src/middleware.ts) does not reach.
  const link = (path: string) => withBase(href(path));
  return {
    fallback: model.fallback || dimensions.some((d) => d.fallback),
    questionnaire,
    levels: levels.map((l) => ({
      id: l.id,
      level: l.data.level,
      title: l.data.title,
      shortTitle: l.data.shortTitle,
      href: link(`/pyramid/${l.id}/`),
    })),
    failures: Object.fromEntries(
      failures.map((f): [string, FailureInfo] => [
        f.id,
        {
          title: f.data.title,
          href: link(`/failures/${f.id}/`),
          plays: f.data.plays.map((p) => p.text),
          lang: fallbackLang(f, code),
        },
      ]),
    ),
    locale: pageLocale(currentLocale),
    words: Object.fromEntries(
      Object.entries(wordsUnder<keyof AssessmentWords>('assessment.', currentLocale)).filter(([k]) => !omit.some((p) => k.startsWith(p))),
    ) as AssessmentWords,
    chartWords: (({ pngDownload, pngCopy, pngCopied, pngCopyRefused, pngSaved, pngFailed }) => ({
      pngDownload,
      pngCopy,
      pngCopied,
      pngCopyRefused,
      pngSaved,
      pngFailed,
    }))(chartWordsIn(currentLocale)),
    toolHref: link('/tools/assessment/'),
    workshopHref: link('/assessment/workshop/'),
  };
}

/** Props of the workshop page: the assessment's, plus what a discussion needs. */
export interface WorkshopContent extends AssessmentContent {
  /** The key questions of every failure pattern a dimension names, by pattern id: what to ask in the room. */
  questions: Record<string, string[]>;
  /** The internal-communication failure pattern, linked from every dimension people disagree on. */
  communication: FailureInfo;
  /** The site's name, for the calendar file. */
  siteName: string;
}

/** The workshop page's props. */
export async function getWorkshopContent(currentLocale?: string): Promise<WorkshopContent> {
  const content = await getAssessmentContent(currentLocale);
  const failures = await localizeAll(
    'failures',
    await getFailuresById(Object.keys(content.failures)),
    pageLanguage(currentLocale).language.code,
  );
  const communication = content.failures['poor-internal-communication'];
  if (!communication) throw new Error('no dimension names the failure pattern "poor-internal-communication", which the workshop links to');
  return {
    ...content,
    questions: Object.fromEntries(failures.map((f) => [f.id, f.data.questions])),
    communication,
    siteName: site.title,
  };
}
