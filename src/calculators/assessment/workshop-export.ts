// What a workshop session is exported as: a JSON document, the rows of a CSV file (written out by
// the shared CSV writer, src/lib/browser/csv.ts), and the words of the next review's calendar
// event. No export holds a participant's name: people are counted, and their positions are only
// the sorted scores of each dimension. The CSV's and the event's words are the page's
// (`assessment.csv*`, `assessment.ics*`): the `…In` functions take them; the plain ones write
// the default language's, for tests and code without a page.
import type { Questionnaire } from './questionnaire.ts';
import type { WorkshopAction, WorkshopSession } from './session.ts';
import type { WorkshopSummary } from './workshop.ts';
import { fillWords as fill } from '../shared/words.ts';
import { ASSESSMENT_WORDS, type AssessmentWords } from './words.ts';

/** A CSV cell as the shared writer takes it. */
type Cell = string | number | null;

const STATUS_WORDS = { open: 'statusOpen', done: 'statusDone', dropped: 'statusDropped' } as const satisfies Record<
  WorkshopAction['status'],
  keyof AssessmentWords
>;

/** Scores are written with one decimal, as on the page; null stays an empty cell. */
const points = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/** The dimension's title for an action, or "" when it names none (or one no longer in the questionnaire). */
const dimensionTitle = (q: Questionnaire, id: string) => q.dimensions.find((d) => d.id === id)?.title ?? '';

/**
 * The session as CSV rows: the session's details, then one row per dimension in the order of
 * discussion, the overall row, the pyramid counts, and the actions. Sections are separated by an
 * empty row and each starts with its own header row; scores are points 0-100 with one decimal.
 */
export function workshopCsvRowsIn(w: AssessmentWords, q: Questionnaire, session: WorkshopSession, summary: WorkshopSummary): Cell[][] {
  const rows: Cell[][] = [
    [w.csvSession, session.name],
    [w.csvDate, session.date],
    [w.csvTeam, session.team],
    [w.csvPeople, summary.people],
    [w.csvNextReview, session.nextReview],
    [],
    [w.csvDimension, w.csvCounted, w.csvMean, w.csvSpread, w.csvLowest, w.csvHighest, w.csvWide],
    ...summary.dimensions.map((d): Cell[] => [
      d.title,
      d.n,
      points(d.mean),
      points(d.sd),
      points(d.min),
      points(d.max),
      d.flagged ? w.csvYes : w.csvNo,
    ]),
    [
      w.csvOverall,
      summary.overall.n,
      points(summary.overall.mean),
      points(summary.overall.sd),
      points(summary.overall.min),
      points(summary.overall.max),
      '',
    ],
    [],
    [w.csvPyramid, w.csvMet, w.csvAnswerYes, w.csvAnswerNo, w.csvDontKnow, w.csvNoAnswer],
    ...summary.pyramid.map((p): Cell[] => [fill(w.csvLevel, { number: p.number }), p.met, p.yes, p.no, p.dontKnow, p.unanswered]),
    [],
    [w.csvAction, w.csvOwner, w.csvDue, w.csvDimension, w.csvStatus],
    ...session.actions.map((a): Cell[] => [a.text, a.owner, a.due, dimensionTitle(q, a.dimension), w[STATUS_WORDS[a.status]]]),
  ];
  return rows;
}

/** The CSV rows in the default language's words. */
export const workshopCsvRows = (q: Questionnaire, session: WorkshopSession, summary: WorkshopSummary): Cell[][] =>
  workshopCsvRowsIn(ASSESSMENT_WORDS, q, session, summary);

/** The JSON export: the session as kept, with the summary worked out from its answers (unrounded). */
export function workshopJson(q: Questionnaire, session: WorkshopSession, summary: WorkshopSummary, exported: Date) {
  return {
    tool: 'cx-maturity-workshop' as const,
    questionnaireVersion: q.version,
    exported: exported.toISOString(),
    session: { name: session.name, date: session.date, team: session.team, nextReview: session.nextReview },
    people: summary.people,
    overall: summary.overall,
    dimensions: summary.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      people: d.n,
      mean: d.mean,
      sd: d.sd,
      min: d.min,
      max: d.max,
      flagged: d.flagged,
      /** Each counted person's score, lowest first. */
      scores: d.scores,
    })),
    pyramid: summary.pyramid,
    actions: session.actions.map((a) => ({ ...a, dimensionTitle: dimensionTitle(q, a.dimension) })),
    /** The answers, as share fragments, so the session can be read again by the workshop page. */
    answers: session.answers,
  };
}

/** One action as a line of the calendar event: "- Name an owner (Dana, due 2026-04-30)". */
const actionLine = (w: AssessmentWords, a: WorkshopAction) => {
  const detail = [a.owner, a.due ? fill(w.trendDue, { date: a.due }) : ''].filter(Boolean).join(', ');
  return detail ? fill(w.icsActionDetail, { text: a.text, detail }) : fill(w.icsAction, { text: a.text });
};

/** The words of the next review's calendar event (ics.ts writes the file); `pageUrl` is the workshop page. */
export function reviewEventTextIn(w: AssessmentWords, session: WorkshopSession, pageUrl: string): { summary: string; description: string } {
  const open = session.actions.filter((a) => a.status === 'open');
  const lines = [
    session.name ? fill(w.icsNextAfter, { name: session.name, date: session.date }) : fill(w.icsNext, { date: session.date }),
    w.icsPrivately,
    ...(open.length ? ['', w.icsCheck, ...open.map((a) => actionLine(w, a))] : []),
    '',
    fill(w.icsPage, { url: pageUrl }),
  ];
  const title = session.name ? fill(w.icsTitleName, { name: session.name }) : w.icsTitle;
  return {
    summary: session.team ? fill(w.icsTitleTeam, { title, team: session.team }) : title,
    description: lines.join('\n'),
  };
}

/** The event's words in the default language. */
export const reviewEventText = (session: WorkshopSession, pageUrl: string): { summary: string; description: string } =>
  reviewEventTextIn(ASSESSMENT_WORDS, session, pageUrl);
