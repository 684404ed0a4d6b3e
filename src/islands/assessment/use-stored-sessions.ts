// The workshop sessions kept in this browser, read for pages that only show them (the history's
// trend); the workshop page itself edits them through use-workshop.ts.
import { z } from 'astro/zod';
import { useEffect, useState } from 'react';
import { checkSessions, type WorkshopSession } from '../../calculators/assessment/session.ts';
import { readStored, storageKey } from '../../lib/browser/storage.ts';

export const SESSIONS_KEY = storageKey('assessment:workshops');

/** The sessions kept in this browser, read once after the page loads. */
export function useStoredSessions(): WorkshopSession[] {
  const [sessions, setSessions] = useState<WorkshopSession[]>([]);
  useEffect(() => setSessions(checkSessions(readStored(SESSIONS_KEY, z.unknown())).sessions), []);
  return sessions;
}
