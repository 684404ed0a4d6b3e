// A workshop session as the facilitator's browser keeps it: its name, date and team, the answers
// gathered (as share fragments: no names), the team's means at the time (for the trend), the
// actions agreed with owner, due date and status, and the next review date. Stored sessions are
// checked entry by entry when read back, like the history.
import { z } from 'astro/zod';
import { fillWords } from '../shared/words.ts';
import { ASSESSMENT_WORDS, type AssessmentWords } from './words.ts';

/** A calendar date, YYYY-MM-DD. */
const IsoDate = z.iso.date();
const Points = z.number().min(0).max(100).nullable();

/** Where an agreed action stands; checked at the next session. */
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One action agreed in a session. */
export const WorkshopActionSchema = z
  .object({
    /** Unique in the session. */
    id: z.string().min(1).max(64),
    /** What will be done. */
    text: z.string().trim().min(1).max(500),
    /** Who will do it (a name or a role); may be empty. */
    owner: z.string().trim().max(120),
    /** By when, YYYY-MM-DD; empty when no date was agreed. */
    due: IsoDate.or(z.literal('')),
    /** The dimension it addresses (a dimension id), or empty. */
    dimension: z.string().max(120),
    status: z.enum(ACTION_STATUSES),
  })
  .strict();
export type WorkshopAction = z.infer<typeof WorkshopActionSchema>;

/** One session. */
export const WorkshopSessionSchema = z
  .object({
    /** Unique among the sessions kept in this browser. */
    id: z.string().min(1).max(64),
    /** E.g. "Q3 CX review". */
    name: z.string().max(200),
    /** When the session takes place, YYYY-MM-DD. */
    date: IsoDate,
    /** Which team or organisation. */
    team: z.string().max(200),
    /** Questionnaire version the answers were given to. */
    version: z.number().int().min(1),
    /** Each person's answers as a share fragment (v=…&a=…&p=…), repeats removed. */
    answers: z.array(z.string().max(1000)).max(500),
    /** Team mean per dimension id at the time, points 0-100; null = nobody's score held. */
    scores: z.record(z.string(), Points),
    /** Team mean of the overall scores that held, points 0-100. */
    overall: Points,
    /** People counted. */
    people: z.number().int().min(0),
    actions: z.array(WorkshopActionSchema).max(200),
    /** The next review, YYYY-MM-DD, or empty. */
    nextReview: IsoDate.or(z.literal('')),
  })
  .strict();
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;

/** A session with nothing in it yet. */
export function newSession(id: string, date: string, version: number): WorkshopSession {
  return { id, name: '', date, team: '', version, answers: [], scores: {}, overall: null, people: 0, actions: [], nextReview: '' };
}

/** Keeps the readable stored sessions, earliest date first, and says how many it dropped. */
export function checkSessionsIn(w: AssessmentWords, data: unknown): { sessions: WorkshopSession[]; problems: string[] } {
  if (data === undefined || data === null) return { sessions: [], problems: [] };
  if (!Array.isArray(data)) return { sessions: [], problems: [w.storedSessionsNotList] };
  const sessions: WorkshopSession[] = [];
  let dropped = 0;
  for (const item of data) {
    const parsed = WorkshopSessionSchema.safeParse(item);
    if (parsed.success && !sessions.some((s) => s.id === parsed.data.id)) sessions.push(parsed.data);
    else dropped++;
  }
  return {
    sessions: sortSessions(sessions),
    problems: dropped ? [fillWords(dropped === 1 ? w.storedSessionDropped : w.storedSessionsDropped, { count: dropped })] : [],
  };
}

/** The same check with the default language's messages. */
export const checkSessions = (data: unknown): { sessions: WorkshopSession[]; problems: string[] } =>
  checkSessionsIn(ASSESSMENT_WORDS, data);

/** Sessions by date, earliest first; the same date keeps the order given. */
export const sortSessions = (sessions: readonly WorkshopSession[]): WorkshopSession[] =>
  [...sessions].sort((a, b) => a.date.localeCompare(b.date));

/** The session before `session` (by date) that has actions, for checking them at this one; null when there is none. */
export function previousWithActions(sessions: readonly WorkshopSession[], session: WorkshopSession): WorkshopSession | null {
  const earlier = sortSessions(sessions).filter((s) => s.id !== session.id && s.date <= session.date && s.actions.length > 0);
  return earlier.at(-1) ?? null;
}

/** Whether an open action's due date has passed by `today` (YYYY-MM-DD). */
export const isOverdue = (a: WorkshopAction, today: string): boolean => a.status === 'open' && a.due !== '' && a.due < today;
