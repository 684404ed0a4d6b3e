// The workshop sessions kept in this browser, read for pages that only show them (the history's
// trend); the workshop page itself edits them through use-workshop.ts.
import { z } from 'astro/zod';
import { useEffect, useState } from 'react';
import { checkSessionsIn, type WorkshopSession } from '../../calculators/assessment/session.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { readStored, storageKey } from '../../lib/browser/storage.ts';

export const SESSIONS_KEY = storageKey('assessment:workshops');

/** The sessions kept in this browser, read once after the page loads. */
export function useStoredSessions(w: AssessmentWords): WorkshopSession[] {
  const [sessions, setSessions] = useState<WorkshopSession[]>([]);
  useEffect(() => setSessions(checkSessionsIn(w, readStored(SESSIONS_KEY, z.unknown())).sessions), [w]);
  return sessions;
}
