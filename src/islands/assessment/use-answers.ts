// The respondent's answers: kept in the browser so closing the page loses nothing, replaced by a
// share link's answers when the page is opened from one (without overwriting the reader's own
// until they change an answer), and every outside value checked before use.
import { z } from 'astro/zod';
import { useCallback, useEffect, useState } from 'react';
import {
  checkAnswersIn,
  emptyAnswers,
  savedVersionNoticeIn,
  type AssessmentAnswers,
  type PyramidAnswer,
  type StatementAnswer,
} from '../../calculators/assessment/answers.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import { decodeShareIn } from '../../calculators/assessment/share.ts';
import { isStateHash } from '../../lib/browser/url-fragment.ts';
import { readStored, storageKey, writeStored } from '../../lib/browser/storage.ts';

export const ANSWERS_KEY = storageKey('assessment:answers');
const Stored = z.object({ version: z.number(), answers: z.unknown() });

/** The notices' words (a link's problems among them). */
type NoticeWords = AssessmentWords;

/** A message shown above the questionnaire; errors are announced. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

function loadOwn(q: Questionnaire, w: NoticeWords): { answers: AssessmentAnswers; notices: Notice[] } {
  const stored = readStored(ANSWERS_KEY, Stored);
  if (!stored) return { answers: emptyAnswers(), notices: [] };
  const { answers, problems } = checkAnswersIn(w, q, stored.answers);
  const notices: Notice[] = [];
  const changed = savedVersionNoticeIn(w, stored.version, q.version);
  if (changed) notices.push({ kind: 'info', text: changed });
  if (problems.length) notices.push({ kind: 'info', text: fill(w.savedProblems, { problems: problems.join('; ') }) });
  return { answers, notices };
}

export function useAnswers(q: Questionnaire, w: NoticeWords) {
  const [answers, setAnswers] = useState<AssessmentAnswers>(emptyAnswers);
  const [fromLink, setFromLink] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  // False until stored answers are read, so the empty first render never overwrites them.
  const [loaded, setLoaded] = useState(false);

  const readLink = useCallback(() => {
    if (!isStateHash(location.hash)) return false;
    const decoded = decodeShareIn(w, q, location.hash);
    if (decoded.ok) {
      setAnswers(decoded.answers);
      setFromLink(true);
      setNotices([
        {
          kind: 'info',
          text: w.linkNotice,
        },
      ]);
    } else {
      setNotices([{ kind: 'error', text: fill(w.linkError, { error: decoded.error }) }]);
    }
    return decoded.ok;
  }, [q, w]);

  useEffect(() => {
    const own = loadOwn(q, w);
    setAnswers(own.answers);
    setNotices(own.notices);
    readLink();
    setLoaded(true);
    const onHash = () => readLink();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [q, w, readLink]);

  useEffect(() => {
    if (loaded && !fromLink) writeStored(ANSWERS_KEY, { version: q.version, answers });
  }, [answers, fromLink, loaded, q.version]);

  const adopt = useCallback(() => {
    if (!fromLink) return;
    setFromLink(false);
    setNotices([]);
    history.replaceState(null, '', location.pathname + location.search);
  }, [fromLink]);

  const setRating = useCallback(
    (dimId: string, stId: string, value: StatementAnswer) => {
      adopt();
      setAnswers((a) => ({ ...a, ratings: { ...a.ratings, [dimId]: { ...a.ratings[dimId], [stId]: value } } }));
    },
    [adopt],
  );

  const setPyramid = useCallback(
    (level: string, value: PyramidAnswer) => {
      adopt();
      setAnswers((a) => ({ ...a, pyramid: { ...a.pyramid, [level]: value } }));
    },
    [adopt],
  );

  /** Leaves a shared link's answers and shows the reader's own again. */
  const backToOwn = useCallback(() => {
    history.replaceState(null, '', location.pathname + location.search);
    const own = loadOwn(q, w);
    setFromLink(false);
    setAnswers(own.answers);
    setNotices(own.notices);
  }, [q, w]);

  /** Starts over: every answer cleared (earlier results stay in the history). */
  const clear = useCallback(() => {
    adopt();
    setAnswers(emptyAnswers());
  }, [adopt]);

  return { answers, fromLink, notices, setRating, setPyramid, backToOwn, clear };
}
