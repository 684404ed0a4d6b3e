// The session's details and the answers gathered: the facilitator names the session, then pastes
// each person's share link (or reads them from a file: a saved chat, a CSV, the tool's JSON
// exports). Only the answers are kept, as share fragments; names in a file are never read.
import { useEffect, useState, type ChangeEvent } from 'react';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { WorkshopSession } from '../../calculators/assessment/session.ts';
import { encodeAnswers, findShareLinks } from '../../calculators/assessment/share.ts';
import { readTeamLinksIn } from '../../calculators/assessment/team.ts';
import { LinkReport } from './LinkReport.tsx';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import { aroundLink } from './words.ts';

interface Props {
  q: Questionnaire;
  session: WorkshopSession;
  onChange: (patch: Partial<WorkshopSession>) => void;
  toolHref: string;
  w: AssessmentWords;
}

export function WorkshopGather({ q, session, onChange, toolHref, w }: Props) {
  // The text as typed; the session keeps only the answers read from it.
  const [text, setText] = useState(session.answers.join('\n'));
  const [fileNote, setFileNote] = useState('');
  const [toolUrl, setToolUrl] = useState(toolHref);
  useEffect(() => setText(session.answers.join('\n')), [session.id]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => setToolUrl(`${location.origin}${toolHref}`), [toolHref]);
  const lines = readTeamLinksIn(w, q, text);

  const read = (next: string) => {
    setText(next);
    const answers = readTeamLinksIn(w, q, next).flatMap((l) => (l.status === 'read' ? [encodeAnswers(q, l.answers)] : []));
    if (answers.join('\n') !== session.answers.join('\n')) onChange({ answers });
  };
  const fromFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.currentTarget.files ?? [])];
    e.currentTarget.value = '';
    const found: string[] = [];
    for (const f of files) found.push(...findShareLinks(await f.text()));
    const names = files.map((f) => f.name).join(', ');
    setFileNote(fill(found.length ? w.wsFileRead : w.wsFileNone, { count: found.length, files: names }));
    if (found.length) read([text.trim(), ...found].filter(Boolean).join('\n'));
  };

  const [introBefore, introAfter] = aroundLink(w.wsGatherIntro);
  return (
    <>
      <section className="ws-section" aria-labelledby="ws-session-title">
        <h2 id="ws-session-title">{w.wsSession}</h2>
        <div className="ws-fields">
          <div>
            <label htmlFor="ws-name">{w.wsSessionName}</label>
            <input id="ws-name" type="text" value={session.name} onChange={(e) => onChange({ name: e.target.value })} />
          </div>
          <div>
            <label htmlFor="ws-date">{w.wsDate}</label>
            <input id="ws-date" type="date" value={session.date} onChange={(e) => e.target.value && onChange({ date: e.target.value })} />
          </div>
          <div>
            <label htmlFor="ws-team">{w.wsTeam}</label>
            <input id="ws-team" type="text" value={session.team} onChange={(e) => onChange({ team: e.target.value })} />
          </div>
        </div>
      </section>

      <section className="ws-section" aria-labelledby="ws-gather-title">
        <h2 id="ws-gather-title">{w.wsGather}</h2>
        <p>
          {introBefore}
          <a className="ws-url" href={toolHref}>
            {toolUrl}
          </a>
          {introAfter}
        </p>
        <p>{w.wsGatherPrivacy}</p>
        <label htmlFor="as-team-links">{w.linksLabel}</label>
        <textarea
          id="as-team-links"
          rows={5}
          value={text}
          onChange={(e) => read(e.target.value)}
          spellCheck={false}
          aria-describedby="ws-links-read"
        />
        <div className="ws-file">
          <label htmlFor="ws-file">{w.wsFile}</label>
          <input id="ws-file" type="file" accept=".txt,.csv,.json,.md,text/plain,text/csv,application/json" multiple onChange={fromFile} />
          <p role="status" className="as-muted" data-testid="file-note">
            {fileNote}
          </p>
        </div>
        <LinkReport lines={lines} id="ws-links-read" w={w} />
      </section>
    </>
  );
}
