// What a workshop session is exported as: a JSON document, the rows of a CSV file (written out by
// the shared CSV writer, src/lib/browser/csv.ts), and the words of the next review's calendar
// event. No export holds a participant's name: people are counted, and their positions are only
// the sorted scores of each dimension.
import type { Questionnaire } from './questionnaire.ts';
import type { WorkshopAction, WorkshopSession } from './session.ts';
import type { WorkshopSummary } from './workshop.ts';

/** A CSV cell as the shared writer takes it. */
type Cell = string | number | null;

const STATUS_WORDS: Record<WorkshopAction['status'], string> = { open: 'open', done: 'done', dropped: 'dropped' };

/** Scores are written with one decimal, as on the page; null stays an empty cell. */
const points = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/** The dimension's title for an action, or "" when it names none (or one no longer in the questionnaire). */
const dimensionTitle = (q: Questionnaire, id: string) => q.dimensions.find((d) => d.id === id)?.title ?? '';

/**
 * The session as CSV rows: the session's details, then one row per dimension in the order of
 * discussion, the overall row, the pyramid counts, and the actions. Sections are separated by an
 * empty row and each starts with its own header row; scores are points 0-100 with one decimal.
 */
export function workshopCsvRows(q: Questionnaire, session: WorkshopSession, summary: WorkshopSummary): Cell[][] {
  const rows: Cell[][] = [
    ['Session', session.name],
    ['Date', session.date],
    ['Team', session.team],
    ['People', summary.people],
    ['Next review', session.nextReview],
    [],
    ['Dimension', 'People counted', 'Mean (points)', 'Spread (SD, points)', 'Lowest', 'Highest', 'Wide disagreement'],
    ...summary.dimensions.map((d): Cell[] => [
      d.title,
      d.n,
      points(d.mean),
      points(d.sd),
      points(d.min),
      points(d.max),
      d.flagged ? 'yes' : 'no',
    ]),
    [
      'Overall',
      summary.overall.n,
      points(summary.overall.mean),
      points(summary.overall.sd),
      points(summary.overall.min),
      points(summary.overall.max),
      '',
    ],
    [],
    ['Pyramid level', 'Met (yes here and below)', 'Yes', 'No', "Don't know", 'No answer'],
    ...summary.pyramid.map((p): Cell[] => [`Level ${p.number}`, p.met, p.yes, p.no, p.dontKnow, p.unanswered]),
    [],
    ['Action', 'Owner', 'Due', 'Dimension', 'Status'],
    ...session.actions.map((a): Cell[] => [a.text, a.owner, a.due, dimensionTitle(q, a.dimension), STATUS_WORDS[a.status]]),
  ];
  return rows;
}

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
const actionLine = (a: WorkshopAction) => {
  const detail = [a.owner, a.due ? `due ${a.due}` : ''].filter(Boolean).join(', ');
  return `- ${a.text}${detail ? ` (${detail})` : ''}`;
};

/** The words of the next review's calendar event (ics.ts writes the file); `pageUrl` is the workshop page. */
export function reviewEventText(session: WorkshopSession, pageUrl: string): { summary: string; description: string } {
  const open = session.actions.filter((a) => a.status === 'open');
  const lines = [
    `Next run of the CX maturity self-assessment${session.name ? ` after “${session.name}”` : ''}, held on ${session.date}.`,
    'Everyone answers privately first and sends their share link; then check the actions below.',
    ...(open.length ? ['', 'Actions to check:', ...open.map(actionLine)] : []),
    '',
    `Workshop page: ${pageUrl}`,
  ];
  return {
    summary: `CX maturity review${session.name ? `: ${session.name}` : ''}${session.team ? ` (${session.team})` : ''}`,
    description: lines.join('\n'),
  };
}
