// The workshop sessions kept in this browser: the one being run, and the earlier ones (for the
// actions to check and the trend). Each change is stored at once; a session with nothing in it
// is not stored, so opening the page leaves no trace. The team's means are worked out from the
// answers whenever they change and kept with the session, for the trend.
import { z } from 'astro/zod';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AssessmentAnswers } from '../../calculators/assessment/answers.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import { checkSessionsIn, newSession, sortSessions, type WorkshopSession } from '../../calculators/assessment/session.ts';
import { decodeShareIn } from '../../calculators/assessment/share.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { sessionScores, summariseWorkshop } from '../../calculators/assessment/workshop.ts';
import { readStored, storageKey, writeStored } from '../../lib/browser/storage.ts';
import { today } from '../../lib/browser/today.ts';
import { SESSIONS_KEY } from './use-stored-sessions.ts';

const CURRENT_KEY = storageKey('assessment:workshop-current');

/** A new id, unique enough for sessions and actions kept in one browser. */
export const makeId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Whether anything has been put in a session (an empty one is not stored). */
const hasContent = (s: WorkshopSession) => Boolean(s.name || s.team || s.answers.length || s.actions.length || s.nextReview);

/** The answers of a session, read back from its share fragments (any that no longer fit are left out). */
export function sessionAnswers(q: Questionnaire, s: WorkshopSession, w: AssessmentWords): AssessmentAnswers[] {
  return s.answers.flatMap((f) => {
    const d = decodeShareIn(w, q, f);
    return d.ok ? [d.answers] : [];
  });
}

export function useWorkshop(q: Questionnaire, w: AssessmentWords) {
  const [sessions, setSessions] = useState<WorkshopSession[]>([]);
  const [currentId, setCurrentId] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const store = useCallback((list: WorkshopSession[], id: string) => {
    setSessions(list);
    setCurrentId(id);
    writeStored(SESSIONS_KEY, list.filter(hasContent));
    writeStored(CURRENT_KEY, id);
  }, []);

  useEffect(() => {
    const read = checkSessionsIn(w, readStored(SESSIONS_KEY, z.unknown()));
    setProblems(read.problems);
    const id = readStored(CURRENT_KEY, z.string());
    if (id && read.sessions.some((s) => s.id === id)) {
      setSessions(read.sessions);
      setCurrentId(id);
    } else {
      const fresh = newSession(makeId(), today(), q.version);
      setSessions([...read.sessions, fresh]);
      setCurrentId(fresh.id);
    }
  }, [q.version, w]);

  const current = useMemo(() => sessions.find((s) => s.id === currentId) ?? null, [sessions, currentId]);

  /** Changes the current session; new answers bring new means for the trend. */
  const update = useCallback(
    (patch: Partial<WorkshopSession>) => {
      if (!current) return;
      let next = { ...current, ...patch };
      if (patch.answers) {
        const summary = summariseWorkshop(q, sessionAnswers(q, next, w));
        next = { ...next, ...sessionScores(summary), people: summary.people };
      }
      store(sortSessions(sessions.map((s) => (s.id === next.id ? next : s))), next.id);
    },
    [current, q, w, sessions, store],
  );

  /** Changes an earlier session (its actions' status, checked at this one). */
  const updateOther = useCallback(
    (id: string, patch: Partial<WorkshopSession>) =>
      store(
        sessions.map((s) => (s.id === id ? { ...s, ...patch } : s)),
        currentId,
      ),
    [currentId, sessions, store],
  );

  /** Starts a new session dated today; the current one stays among the earlier sessions. */
  const start = useCallback(() => {
    const fresh = newSession(makeId(), today(), q.version);
    store([...sessions.filter(hasContent), fresh], fresh.id);
  }, [q.version, sessions, store]);

  const open = useCallback(
    (id: string) =>
      store(
        sessions.filter((s) => hasContent(s) || s.id === id),
        id,
      ),
    [sessions, store],
  );

  /** Deletes a session; deleting the current one starts a new one. */
  const remove = useCallback(
    (id: string) => {
      const rest = sessions.filter((s) => s.id !== id);
      if (id !== currentId) return store(rest, currentId);
      const fresh = newSession(makeId(), today(), q.version);
      store([...rest, fresh], fresh.id);
    },
    [currentId, q.version, sessions, store],
  );

  const earlier = useMemo(() => sessions.filter((s) => s.id !== currentId && hasContent(s)), [sessions, currentId]);

  return { current, sessions, earlier, problems, update, updateOther, start, open, remove };
}
