// Saved results, kept in this browser only and checked entry by entry when read back.
import { z } from 'astro/zod';
import { useCallback, useEffect, useState } from 'react';
import { checkHistoryIn, type HistoryEntry } from '../../calculators/assessment/history.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { readStored, storageKey, writeStored } from '../../lib/browser/storage.ts';

export const HISTORY_KEY = storageKey('assessment:history');

export function useHistory(w: AssessmentWords) {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    const read = checkHistoryIn(w, readStored(HISTORY_KEY, z.unknown()));
    setEntries(read.entries);
    setProblems(read.problems);
  }, [w]);

  const store = useCallback((next: HistoryEntry[]) => {
    setEntries(next);
    writeStored(HISTORY_KEY, next);
  }, []);

  const add = useCallback(
    (entry: HistoryEntry) => store([...entries, entry].sort((a, b) => a.date.localeCompare(b.date))),
    [entries, store],
  );
  const remove = useCallback((date: string) => store(entries.filter((e) => e.date !== date)), [entries, store]);
  return { entries, problems, add, remove };
}
